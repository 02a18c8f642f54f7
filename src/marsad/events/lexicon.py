"""The event trigger lexicon: loading, inflection and matching on tokens.

Entries name a head word (a verb by its past and present stems, a verbal noun, or fixed
forms) and optionally words that must follow it. Verb inflections (person, number, the
future prefix س) and noun plurals/duals are generated once at load time; proclitics
(و ف ب ل ال) come from ``Token.forms`` and object/possessive pronouns from
``suffix_readings``, so matching a token is a few dictionary look-ups.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from marsad.events.plover import EVENT_TYPES
from marsad.text.normalize import norm
from marsad.text.tokens import Token, canonical, proclitic_readings, suffix_readings

GAP = "..."
COUNT_GAP = "~"  # a gap only counts may fill: إطلاق عشرات الصواريخ، إطلاق أكثر من 100 صاروخ
MAX_COUNT_GAP = 4
# a gap only named actors may fill, with the commas and brackets around them: تحدث رئيس
# المكتب السياسي لحركة حماس (إسماعيل هنية)، مع ...; a long subject, but never other words
# (تحدث عن التعاون مع إيران is no talk with Iran)
ACTOR_GAP = "@"
_ACTOR_GAP_PUNCT = frozenset("،,)")
# counts, quantifiers and the words that join them to the counted noun
_COUNTS = (
    "عشرات مئات آلاف ألف الاف الآلاف العشرات المئات عدد عددا مزيد المزيد وابل رشقة "
    "رشقات دفعة دفعات سلسلة سيل من نحو قرابة حوالي أكثر اكثر أقل ما يزيد يقارب عن "
    "اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة عشر أحد إحدى مئة مائة"
)
# matched on a token's normal form or its clitic-stripped forms (والمئات)
COUNT_WORDS = frozenset(norm(w) for w in _COUNTS.split())
QUOTE_MARKS = frozenset('"“”«»\'')
_GAP_MARKS = frozenset({COUNT_GAP, ACTOR_GAP})
MAX_GAP = 4
FLAGS = frozenset(
    {"speech", "joint", "weak", "recv", "host", "self", "hal", "charge", "armed"}
)
_PRESENT_PREFIXES = "يتنا"
NOT_ON_EVENTS = frozenset({"ي", "ك"})  # first/second person possessives: rare on news events


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon line."""

    line: int
    pos: str  # V, N, F, or X (a blocker: looks like a trigger, is not one)
    head: str  # the head word as written (first alternative), for explanations
    # following words, each a set of alternatives; () = gap, (COUNT_GAP,) = a gap of counts,
    # (ACTOR_GAP,) = a gap of actor mentions
    rest: tuple[tuple[str, ...], ...]
    type: str  # "" for a blocker
    mode: str | None
    flags: frozenset[str]
    mode_is_default: bool = False

    @property
    def rule(self) -> str:
        words = " ".join(GAP if not alts else "|".join(alts) for alts in self.rest)
        return f"lex:{self.line}:{self.head}{' ' + words if words else ''}"

    @property
    def length(self) -> int:
        return 1 + sum(1 for alts in self.rest if alts and alts[0] not in _GAP_MARKS)


@dataclass(frozen=True, slots=True)
class Hit:
    """A lexicon entry matched in text: head token and last matched token (global indices)."""

    entry: Entry
    head: int
    end: int  # one past the last matched token
    tense: str  # "past", "present", "noun" or "fixed"
    future: bool  # the future prefix س was on the verb
    key: str  # the lexicon key the head token matched


class LexiconError(ValueError):
    """A malformed line in a shipped lexicon file."""


def _key(word: str) -> str:
    return canonical(norm(word))


def _verb_forms(past: str, present: str | None) -> list[tuple[str, str]]:
    # "و" is وا before an object pronoun: اعتقلوه
    forms = [
        (past + s, "past")
        for s in ("", "ت", "ا", "تا", "وا", "و", "ن", "نا", "تم", "تما", "تن", "تمو")
    ]
    if present and present[0] == "ي" and len(present) > 2:
        base = present[1:]
        for p in _PRESENT_PREFIXES:
            for s in ("", "ون", "ان", "ين", "ن", "وا", "ا"):
                forms.append((p + base + s, "present"))
    elif present:
        forms.append((present, "present"))
    return forms


def _noun_forms(word: str) -> list[str]:
    stem = word[:-1] if word.endswith("ه") else word
    dual = stem + "ت" if word.endswith("ه") else stem
    return [word, stem + "ات", dual + "ان", dual + "ين"]


def _parse_line(lineno: int, line: str) -> tuple[Entry, list[tuple[str, str]]]:
    cols = line.split("\t")
    if len(cols) != 5:
        raise LexiconError(f"triggers.tsv:{lineno}: expected 5 tab-separated columns")
    pos, forms, etype, mode, flags = (c.strip() for c in cols)
    if pos not in ("V", "N", "F", "X"):
        raise LexiconError(f"triggers.tsv:{lineno}: unknown pos {pos!r}")
    if pos == "X":
        etype = ""
    elif etype not in EVENT_TYPES:
        raise LexiconError(f"triggers.tsv:{lineno}: unknown event type {etype!r}")
    default = mode.endswith("?")  # a default: instruments in the clause may override it
    mode = mode.rstrip("?")
    mode_v = None if mode == "-" else mode
    if mode_v is not None and (not etype or mode_v not in EVENT_TYPES[etype].modes):
        raise LexiconError(f"triggers.tsv:{lineno}: mode {mode!r} is not a mode of {etype}")
    flag_set = frozenset() if flags == "-" else frozenset(f.strip() for f in flags.split(","))
    if not flag_set <= FLAGS:
        raise LexiconError(f"triggers.tsv:{lineno}: unknown flags {sorted(flag_set - FLAGS)}")
    words = forms.split()
    if not words:
        raise LexiconError(f"triggers.tsv:{lineno}: no forms")
    heads = [norm(h) for h in words[0].split("|")]
    rest = tuple(
        () if w == GAP else (w,) if w in _GAP_MARKS else tuple(_key(a) for a in w.split("|"))
        for w in words[1:]
    )
    if rest and (not rest[-1] or rest[-1][0] in _GAP_MARKS):
        raise LexiconError(f"triggers.tsv:{lineno}: a pattern cannot end with a gap")
    entry = Entry(lineno, pos, words[0].split("|")[0], rest, etype, mode_v, flag_set, default)
    surfaces: list[tuple[str, str]] = []
    if pos == "V":
        if len(heads) > 2:
            raise LexiconError(f"triggers.tsv:{lineno}: a verb is 'past|present'")
        surfaces = _verb_forms(heads[0], heads[1] if len(heads) > 1 else None)
    elif pos == "N":
        surfaces = [(f, "noun") for h in heads for f in _noun_forms(canonical(h))]
    else:
        for h in heads:
            tense = "present" if h[0] in "يتن" and len(h) > 3 else "fixed"
            surfaces.append((canonical(h), tense))
    return entry, surfaces


@dataclass(frozen=True, slots=True)
class Lexicon:
    entries: tuple[Entry, ...]
    index: dict[str, tuple[tuple[Entry, str], ...]]  # surface key -> (entry, tense)


def parse_lexicon(text: str) -> Lexicon:
    """Build a lexicon from the text of a triggers.tsv file."""
    entries: list[Entry] = []
    index: dict[str, list[tuple[Entry, str]]] = {}
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        entry, surfaces = _parse_line(lineno, line)
        entries.append(entry)
        for surface, tense in surfaces:
            index.setdefault(surface, []).append((entry, tense))
    return Lexicon(tuple(entries), {k: tuple(v) for k, v in index.items()})


@cache
def lexicon() -> Lexicon:
    """The shipped trigger lexicon (loaded once)."""
    return parse_lexicon(read_data("triggers.tsv"))


def read_data(name: str) -> str:
    """The text of a shipped resource under marsad/data/events/."""
    return resources.files("marsad").joinpath("data", "events", name).read_text("utf-8")


@lru_cache(maxsize=100_000)
def word_keys(forms: tuple[str, ...]) -> tuple[str, ...]:
    """Lexicon keys a token may stand for: clitic-stripped forms, pronoun suffixes removed,
    accusative tanween alef dropped (هجوما → هجوم)."""
    seen: dict[str, None] = {}
    for form in forms:
        for stem, suffix in suffix_readings(form):
            if suffix in NOT_ON_EVENTS:
                continue  # الاجتماعي، أيدي: a nisba adjective or plural, not "my meeting"
            seen.setdefault(stem, None)
            if stem.endswith("ا") and len(stem) > 3:
                seen.setdefault(stem[:-1], None)
    return tuple(seen)


@lru_cache(maxsize=100_000)
def event_forms(word: str) -> tuple[str, ...]:
    """Clitic-stripped readings of ``word`` for trigger look-up: as ``Token.forms`` but never
    through the particle ك ("like"), which turns كاملة into ك + أمل."""
    seen: dict[str, None] = {}
    for pro, rest in proclitic_readings(word):
        if "ك" not in pro:
            seen.setdefault(canonical(rest), None)
    return tuple(seen)


@lru_cache(maxsize=200_000)
def _word_token_keys(word: str) -> tuple[str, ...]:
    return word_keys(event_forms(word))


def token_keys(token: Token) -> tuple[str, ...]:
    return _word_token_keys(token.norm) if token.kind == "word" else token.forms


def has_article(token: Token) -> bool:
    """Whether the token carries the definite article (الهجوم، والقصف، بالاعتقال)."""
    n = token.norm
    for pre in ("", "و", "ف", "ب", "وب", "فب", "ك"):
        if n.startswith(pre + "ال") and len(n) - len(pre) > 4:
            return True
    return n.startswith(("لل", "ولل", "فلل")) and len(n) > 4


# و/ف before a doubled verb written in two letters (وحث، فصد، وشن) leaves a three-letter
# word; most three-letter words that begin with و/ف are words of their own whose last two
# letters also spell a doubled verb (وعد not و + عد), so those are never split.
_WHOLE_WORDS_TEXT = (
    "وقد فقد وفق وضع وهم فهم وقع وصل وكل وفد ولد ورد فرد وصف فشل فرق ورق وعد فضل فكر وجد "
    "فصل وحل فحل وحد وفر وظل وجل وعي ولي وفى وحي وشك وطن وتر وزن وزع وسط وقف وقت فتح فجر "
    "فرض فرص فرع فور فوز فوق فعل فئه فقر فرج فحص فني فقه فرح فخر فسر فسد فلح فتن فزع فطر"
)
_WHOLE_WORDS = frozenset(norm(w) for w in _WHOLE_WORDS_TEXT.split())


def _conj_splits(word: str) -> bool:
    """Whether a leading و/ف may be read as a conjunction before a verb stem."""
    return len(word) > 3 or (len(word) == 3 and word not in _WHOLE_WORDS)


@lru_cache(maxsize=100_000)
def verb_keys(word: str) -> frozenset[str]:
    """Keys under which ``word`` may be a verb: only و/ف may precede a verb (never ب ل ك ال)."""
    bases = [word] + ([word[1:]] if word[0] in "وف" and _conj_splits(word) else [])
    stems = {stem for b in bases for stem, _ in suffix_readings(b)}
    return frozenset(stems | {canonical(stem) for stem in stems})


def purpose_l(token: Token, key: str) -> bool:
    """Whether ``key`` was read through a ل proclitic (للتوصل، لبحث): an aim, not an act."""
    base = token.norm[1:] if token.norm[0] in "وف" and len(token.norm) > 3 else token.norm
    if base.startswith("لل"):
        return True
    return base.startswith("ل") and key != canonical(base) and key in word_keys(
        (canonical(base[1:]),)
    )


def _candidates(lex: Lexicon, token: Token) -> list[tuple[Entry, str, bool, str]]:
    out: list[tuple[Entry, str, bool, str]] = []
    keys = token_keys(token)
    verbal = verb_keys(token.norm)
    for key in keys:
        for entry, tense in lex.index.get(key, ()):
            if tense in ("past", "present", "fixed") and key not in verbal:
                continue  # بقصف is a noun with ب, not the verb قصف
            out.append((entry, tense, False, key))
    # the future prefix س on a present verb: سيبحث، وستفرض
    for key in keys:
        if len(key) > 3 and key[0] == "س" and key[1] in _PRESENT_PREFIXES:
            for entry, tense in lex.index.get(key[1:], ()):
                if tense == "present":
                    out.append((entry, tense, True, key[1:]))
    return out


def _match_rest(
    entry: Entry, tokens: Sequence[Token], pos: int, limit: int, actors: Mapping[int, int]
) -> int | None:
    """Index one past the last token matched by ``entry.rest`` from ``pos``, or None."""
    i = pos
    gap = False
    for alts in entry.rest:
        if not alts:
            gap = True
            continue
        if alts == (COUNT_GAP,):
            i = _skip_counts(tokens, i, limit)
            continue
        if alts == (ACTOR_GAP,):
            i = _skip_actors(tokens, i, limit, actors)
            continue
        budget = MAX_GAP + 1 if gap else 1
        found = None
        j = i
        while j < limit and budget > 0:
            tok = tokens[j]
            if tok.kind == "punct" and tok.norm in "،؛.:!?؟":
                break
            if tok.kind == "punct" and tok.norm in QUOTE_MARKS:
                j += 1
                continue  # “عمل عدائي”: quote marks cost nothing
            budget -= 1
            if any(k in alts for k in token_keys(tok)) or tok.norm in alts:
                found = j
                break
            j += 1
        if found is None:
            return None
        i = found + 1
        gap = False
    return i


def _skip_actors(
    tokens: Sequence[Token], i: int, limit: int, actors: Mapping[int, int]
) -> int:
    """Index past the actor mentions from ``i`` and the commas and brackets between them; a
    short aside in brackets goes too (هنية (حماس)، مع: an acronym or alias)."""
    while i < limit:
        if i in actors:
            i = actors[i]
        elif tokens[i].norm == "(":
            stop = min(limit, i + 5)
            close = next((j for j in range(i + 1, stop) if tokens[j].norm == ")"), None)
            if close is None:
                break
            i = close + 1
        elif tokens[i].kind == "punct" and (
            tokens[i].norm in _ACTOR_GAP_PUNCT or tokens[i].norm in QUOTE_MARKS
        ):
            i += 1
        else:
            break
    return i


def _skip_counts(tokens: Sequence[Token], i: int, limit: int) -> int:
    """Index past up to MAX_COUNT_GAP count words or numbers from ``i``."""
    stop = min(limit, i + MAX_COUNT_GAP)
    while i < stop:
        tok = tokens[i]
        numeric = any(ch.isdigit() for ch in tok.norm)
        if not (numeric or tok.norm in COUNT_WORDS or any(k in COUNT_WORDS for k in tok.forms)):
            break
        i += 1
    return i


def find_hits(
    tokens: Sequence[Token],
    start: int,
    end: int,
    lex: Lexicon | None = None,
    actors: Mapping[int, int] | None = None,
) -> list[Hit]:
    """Non-overlapping trigger matches in ``tokens[start:end]``, in text order.

    At each token the longest matching entry wins (more words = more specific); a
    non-weak entry beats a weak one of the same length. ``actors`` maps the first token of
    each actor mention to one past its last, for the actor gap.
    """
    lex = lex or lexicon()
    actors = actors or {}
    hits: list[Hit] = []
    covered: set[int] = set()
    for i in range(start, end):
        tok = tokens[i]
        if tok.kind != "word" or i in covered:
            continue
        best: tuple[tuple[int, int, int], Hit] | None = None
        article = has_article(tok)
        for entry, tense, future, key in _candidates(lex, tok):
            if article and tense in ("past", "present"):
                continue  # الهجوم is a noun, never a verb
            stop = _match_rest(entry, tokens, i + 1, end, actors) if entry.rest else i + 1
            if stop is None:
                continue
            strength = 2 if entry.pos == "X" else 0 if "weak" in entry.flags else 1
            rank = (entry.length, strength, -entry.line)
            if best is None or rank > best[0]:
                best = (rank, Hit(entry, i, stop, tense, future, key))
        if best is None:
            continue
        hit = best[1]
        if hit.entry.pos != "X":
            hits.append(hit)
        if not any(not alts or alts == (ACTOR_GAP,) for alts in hit.entry.rest):
            covered.update(range(hit.head, hit.end))
        else:  # gap patterns cover only the matched words
            covered.add(hit.end - 1)
    return hits
