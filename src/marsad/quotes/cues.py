"""The quote-cue lexicon (data/quotes/cues.tsv), inflected by rule and loaded once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from marsad.text.normalize import norm

_PAST_SUFFIXES = ("", "ت", "ا", "تا", "وا", "ن", "نا")
_PRESENT_PREFIXES = ("ي", "ت", "ن", "ا")
_PRESENT_SUFFIXES = ("", "ون", "ان", "ن", "ين")


@dataclass(frozen=True, slots=True)
class Cue:
    lemma: str  # the past 3rd-person masculine form as written in the lexicon
    kind: str  # "say" or "according"
    pos: str = "verb"  # "verb", "participle" (مضيفا) or "noun" (إعلان)


def _past_forms(stem: str) -> set[str]:
    forms = {stem + s for s in _PAST_SUFFIXES}
    if stem.endswith("ى"):  # نفى → نفت، نفوا
        base = stem[:-1]
        forms |= {base + "ت", base + "وا", base + "يا", base + "تا"}
    return forms


def _present_forms(stem: str) -> set[str]:
    if not stem:
        return set()
    if stem[0] not in _PRESENT_PREFIXES:
        return {stem}
    body = stem[1:]
    forms = {p + body + s for p in _PRESENT_PREFIXES for s in _PRESENT_SUFFIXES}
    if body.endswith("ي"):  # ينفي → ينفون
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
        if kind == "according":
            verbs = {past, present, *nouns}
            participles, nouns = [], []
        else:
            verbs = _past_forms(past) | _present_forms(present)
        for pos, forms in (("verb", verbs), ("participle", participles), ("noun", nouns)):
            cue = Cue(past, kind, pos)
            for form in forms:
                if form:
                    table.setdefault(norm(form), cue)
    return table
