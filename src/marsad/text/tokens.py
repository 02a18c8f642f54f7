"""Tokenisation on the normalised text, with clitic analysis for dictionary matching.

Arabic attaches conjunctions (و ف), prepositions (ب ل ك), the future particle (س), the
article (ال) and object/possessive pronouns to words. Tokens keep the word whole (and its
offsets), and offer ``forms``: the readings with proclitics removed, most literal first, so
that a lexicon lookup can try ``ولروسيا`` as ``روسيا`` without ever splitting ``وزير``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from marsad.text.normalize import NormText

_TOKEN_RE = re.compile(
    r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]+"  # Arabic letters (normalised)
    r"|[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)?"  # Latin words
    r"|\d+(?:[.,/:]\d+)*"  # numbers, dates, times
    r"|\S"  # any other visible character on its own (punctuation, quotes, symbols)
)

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
ARTICLE = "ال"
MIN_STEM = 2
PRONOUN_SUFFIXES = ("هما", "كما", "هم", "هن", "كم", "كن", "ها", "نا", "ه", "ك", "ي")


@dataclass(frozen=True, slots=True)
class Token:
    start: int  # offsets in the original text
    end: int
    nstart: int  # offsets in the normalised text
    nend: int
    norm: str  # the normalised surface form
    kind: str  # "word", "latin", "num" or "punct"
    forms: tuple[str, ...]  # canonical readings with proclitics stripped, most literal first

    @property
    def is_word(self) -> bool:
        return self.kind in ("word", "latin")


def strip_article(word: str) -> str:
    """Drop a leading ال when a stem of two or more letters remains."""
    if word.startswith(ARTICLE) and len(word) - 2 >= MIN_STEM:
        return word[2:]
    return word


def canonical(word: str) -> str:
    """The form used as a lexicon key: normalised text without the definite article."""
    return strip_article(word)


@lru_cache(maxsize=200_000)
def proclitic_readings(word: str) -> tuple[tuple[str, str], ...]:
    """All (proclitics, rest) splits of ``word``, the unsplit reading first.

    ``لل`` is read as ``ل`` + ``ال`` (للرئيس → ل + الرئيس), as Arabic spelling requires.
    """
    readings: list[tuple[str, str]] = [("", word)]
    conj_options = [("", word)]
    if len(word) - 1 >= MIN_STEM and word[0] in CONJUNCTIONS:
        conj_options.append((word[0], word[1:]))
    for conj, rest in conj_options:
        if conj:
            readings.append((conj, rest))
        if len(rest) - 1 >= MIN_STEM and rest[0] in PREPOSITIONS:
            after = rest[1:]
            if rest[0] == "ل" and after.startswith("ل") and len(after) - 1 >= MIN_STEM:
                readings.append((conj + "ل", "ا" + after))  # لل → ل + ال
            else:
                readings.append((conj + rest[0], after))
        if len(rest) - 1 >= MIN_STEM and rest[0] == "س" and conj:
            readings.append((conj + "س", rest[1:]))
    return tuple(readings)


@lru_cache(maxsize=200_000)
def word_forms(word: str) -> tuple[str, ...]:
    """Canonical lexicon keys for ``word`` as it may stand in text, most literal first."""
    seen: dict[str, None] = {}
    for _, rest in proclitic_readings(word):
        seen.setdefault(canonical(rest), None)
    return tuple(seen)


@lru_cache(maxsize=200_000)
def suffix_readings(word: str) -> tuple[tuple[str, str], ...]:
    """(stem, pronoun suffix) splits of ``word``, the unsplit reading first."""
    readings = [(word, "")]
    for suffix in PRONOUN_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM + 1:
            stem = word[: -len(suffix)]
            readings.append((stem, suffix))
            if stem.endswith("ت") and suffix in ("ه", "ها", "هم", "هما"):
                # a ta marbuta becomes ت before a suffix: حكومته → حكومه (normalised ة)
                readings.append((stem[:-1] + "ه", suffix))
    return tuple(readings)


def _kind(text: str) -> str:
    c = text[0]
    if "\u0621" <= c <= "\u06ff":
        return "word"
    if c.isdigit():
        return "num"
    if c.isalpha():
        return "latin"
    return "punct"


def tokenize(norm: NormText) -> list[Token]:
    """Split the normalised text into tokens with original and normalised offsets."""
    tokens: list[Token] = []
    for m in _TOKEN_RE.finditer(norm.text):
        a, b = m.span()
        text = m.group()
        kind = _kind(text)
        start, end = norm.to_orig((a, b))
        forms = word_forms(text) if kind == "word" else (text.lower(),)
        tokens.append(Token(start, end, a, b, text, kind, forms))
    return tokens
