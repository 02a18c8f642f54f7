"""The quote-cue lexicon (data/quotes/cues.tsv), inflected by rule and loaded once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from marsad.text.normalize import norm

# no ن of the feminine plural (قلن): rare in news, and وعدن is و + عدن (Aden)
_PAST_SUFFIXES = ("", "ت", "ا", "تا", "وا", "نا")
_PRESENT_PREFIXES = ("ي", "ت", "ن", "ا")
_PRESENT_SUFFIXES = ("", "ون", "ان", "ن", "ين")
_OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما", "هن")


@dataclass(frozen=True, slots=True)
class Cue:
    lemma: str  # the past 3rd-person masculine form as written in the lexicon
    kind: str  # "say" or "according"
    pos: str = "verb"  # "verb", "participle" (مضيفا) or "noun" (إعلان)
    needs: tuple[str, ...] = ()  # prepositions that must open the words (طالب بـ)
    homograph: bool = False  # the bare form is also a noun (طالب "student")
    obj: bool = False  # this form carries an object pronoun (تصنفها): its subject follows
    present: bool = False  # an imperfect form (يقول، تدعو)


def _past_forms(stem: str) -> set[str]:
    forms = {stem + s for s in _PAST_SUFFIXES}
    if stem.endswith(("ى", "ا")):  # نفى → نفت، نفوا; دعا → دعت، دعوا
        base = stem[:-1]
        forms |= {base + "ت", base + "وا", base + "يا", base + "تا"}
    return forms


def _present_forms(stem: str) -> set[str]:
    if not stem:
        return set()
    if stem[0] not in _PRESENT_PREFIXES:
        return {stem}
    body = stem[1:]
    # ين is the 2nd person feminine (تقولين) only: ساريين is no future of يرى
    forms = {
        p + body + s for p in _PRESENT_PREFIXES for s in _PRESENT_SUFFIXES if p == "ت" or s != "ين"
    }
    if body.endswith(("ي", "و")):  # ينفي → ينفون; يدعو → يدعون
        forms |= {p + body[:-1] + s for p in _PRESENT_PREFIXES for s in ("ون", "ان")}
    return forms | {"س" + f for f in forms}


@cache
def cue_lexicon() -> dict[str, Cue]:
    """Normalised word form → cue."""
    table: dict[str, Cue] = {}
    text = resources.files("marsad").joinpath("data/quotes/cues.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        kind, past = cols[0], cols[1]
        present = cols[2] if len(cols) > 2 else ""
        participles = cols[3].split() if len(cols) > 3 else []
        nouns = cols[4].split() if len(cols) > 4 else []
        flags = cols[5].split() if len(cols) > 5 else []
        needs = tuple(norm(p) for f in flags if f.startswith("needs=") for p in f[6:].split(","))
        homograph = "homograph" in flags
        presents: set[str] = set()
        if kind == "according":
            verbs = {past, present, *nouns}
            participles, nouns = [], []
        else:
            presents = _present_forms(present) - _past_forms(past)
            verbs = _past_forms(past)
        for pos, forms in (
            ("verb", verbs),
            ("present", presents),
            ("participle", participles),
            ("noun", nouns),
        ):
            is_present = pos == "present"
            cue = Cue(
                past, kind, "verb" if is_present else pos, needs, homograph, present=is_present
            )
            for form in forms:
                if form:
                    table.setdefault(norm(form), cue)
        verbs |= presents
        if "obj" in flags:
            # تعتبرها، يصنفونهم: the verb with its object pronoun (the thing considered)
            with_obj = Cue(past, kind, "verb", needs, homograph, obj=True)
            for form in verbs:
                for pron in _OBJECT_PRONOUNS:
                    suffix = "و" if form.endswith("وا") else ""  # اعتبروا → اعتبروها
                    table.setdefault(norm(form[: len(form) - len(suffix)] + pron), with_obj)
    return table
