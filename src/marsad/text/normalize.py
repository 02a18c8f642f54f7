"""Arabic orthographic normalisation that remembers where every character came from.

Matching works on the normalised copy (alef, yaa and ta-marbuta variants unified, diacritics,
tatweel and invisible controls removed, presentation forms expanded, Eastern digits made
Western); results are mapped back to the original text through ``NormText.starts``/``ends``,
so that a span found on the copy highlights exactly its source characters.
"""

from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass

from marsad.model import Span

# Characters dropped outright: harakat, Quranic marks, tatweel, zero-width and bidi controls.
_DROP = {
    *range(0x064B, 0x0660),  # fathatan .. wavy hamza below
    0x0670,  # superscript alef
    *range(0x06D6, 0x06DD),
    *range(0x06DF, 0x06E5),
    0x06E7,
    0x06E8,
    *range(0x06EA, 0x06EE),
    0x0640,  # tatweel
    0x061C,  # Arabic letter mark
    0x00AD,  # soft hyphen
    *range(0x200B, 0x2010),  # zero-width space/joiners, LRM, RLM
    *range(0x202A, 0x202F),  # bidi embeddings and overrides
    *range(0x2066, 0x206A),  # bidi isolates
    0xFEFF,  # byte-order mark / zero-width no-break space
}

_MAP: dict[int, str] = {
    0x0622: "ا",  # آ
    0x0623: "ا",  # أ
    0x0625: "ا",  # إ
    0x0671: "ا",  # ٱ
    0x0672: "ا",
    0x0673: "ا",
    0x0649: "ي",  # ى
    0x06CC: "ي",  # Persian yeh
    0x06D0: "ي",
    0x0629: "ه",  # ة
    0x06C0: "ه",
    0x06C3: "ه",
    0x06D5: "ه",
    0x06A9: "ك",  # Persian kaf
    0x00A0: " ",
    0x2007: " ",
    0x202F: " ",
}
_MAP.update({0x0660 + i: str(i) for i in range(10)})  # Arabic-Indic digits
_MAP.update({0x06F0 + i: str(i) for i in range(10)})  # Extended (Persian) digits


def _is_presentation_form(code: int) -> bool:
    return 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFC


def _fold(char: str) -> str:
    """Normalise one character to zero, one or more characters (a fixed point of itself)."""
    code = ord(char)
    if _is_presentation_form(code):
        return "".join(_fold(c) for c in unicodedata.normalize("NFKC", char) if c != char)
    if code in _DROP:
        return ""
    return _MAP.get(code, char)


@dataclass(frozen=True, slots=True)
class NormText:
    """A normalised copy of ``original`` with, for each of its characters, the source range."""

    original: str
    text: str
    starts: tuple[int, ...]  # starts[i]: index in original of the char that gave text[i]
    ends: tuple[int, ...]  # ends[i]: end (exclusive) of that source char

    def to_orig(self, span: Span) -> Span:
        """Map a span of the normalised text back to the original text."""
        start, end = span
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {span} outside normalised text of length {len(self.text)}")
        if start == end:
            pos = self.starts[start] if start < len(self.text) else len(self.original)
            return pos, pos
        # marks dropped after the last character (a final shadda, a bidi mark) belong to it
        follow = self.starts[end] if end < len(self.text) else len(self.original)
        return self.starts[start], max(self.ends[end - 1], follow)

    def to_norm(self, span: Span) -> Span:
        """Map a span of the original text to the smallest normalised span inside it."""
        start, end = span
        a = bisect.bisect_left(self.starts, start)
        b = bisect.bisect_right(self.ends, end)
        return a, max(a, b)


def normalize(text: str) -> NormText:
    """Normalise Arabic text, keeping an offset map back to ``text``."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, char in enumerate(text):
        folded = _fold(char)
        for c in folded:
            out.append(c)
            starts.append(i)
            ends.append(i + 1)
    return NormText(text, "".join(out), tuple(starts), tuple(ends))


def norm(text: str) -> str:
    """Just the normalised string (for lexicon keys and comparisons)."""
    return "".join(_fold(c) for c in text)
