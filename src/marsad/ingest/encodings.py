"""Turn the bytes of an article into text, whatever encoding Arabic news arrives in.

Order of trust: a byte-order mark; UTF-16 without a mark (recognised by its NUL and 0x06 high
bytes, which no 8-bit Arabic text contains); strict UTF-8; Windows-1256 when that reads as
Arabic. Anything else is refused with a reason, never guessed into mojibake.
"""

from __future__ import annotations

import codecs
import unicodedata

from marsad.errors import BadInput, EncodingError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control bytes that never occur in 8-bit or UTF-8 text but are everywhere in UTF-16 and binaries.
_LOW_CONTROLS = frozenset(range(0x00, 0x09)) | {0x0E, 0x0F} | frozenset(range(0x10, 0x1A))
_TEXT_CONTROLS = frozenset("\t\n\r\f\v")
_BINARY = "binary data, not text; give a .txt, .jsonl or .html article"
_COMMON_PUNCT = frozenset("“”‘’«»–—…•€£°·×÷")  # frequent in news whatever the language


def _is_arabic_letter(char: str) -> bool:
    return "\u0621" <= char <= "\u064a" or "\u0671" <= char <= "\u06d3"


def _plausible(char: str) -> bool:
    """Characters that real news text is made of; mojibake is rich in everything else."""
    if char.isascii():
        return char.isprintable() or char in _TEXT_CONTROLS
    if "\u0600" <= char <= "\u06ff" or char in _COMMON_PUNCT:
        return True
    return char in "\u00a0\u200c\u200d\u200e\u200f\ufeff"


def plausibility(text: str) -> float:
    """Share of characters that look like news text (1.0 for clean Arabic or English)."""
    if not text:
        return 0.0
    return sum(1 for c in text if _plausible(c)) / len(text)


def arabic_share(text: str) -> float:
    """Share of Arabic among the letters of ``text`` (0.0 when it has no letters)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if _is_arabic_letter(c)) / len(letters)


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(
        1
        for c in text
        if c not in _TEXT_CONTROLS and unicodedata.category(c) in ("Cc", "Cs", "Co", "Cn")
    )
    return bad / len(text)


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 LE or BE, whichever decodes into text that reads as text (or None)."""
    if len(data) % 2:
        return None
    best: tuple[float, str] | None = None
    for encoding in ("utf-16-le", "utf-16-be"):
        text = _try(data, encoding)
        if text is None:
            continue
        score = plausibility(text)
        if best is None or score > best[0]:
            best = (score, text)
    if best is None or best[0] < 0.9:
        return None
    return best[1]


def detect(data: bytes) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding name)``; raise ``BadInput`` if impossible."""
    if not data.strip():
        raise BadInput("the file is empty; give an article with a body text")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _try(data[len(bom) :], encoding)
            if text is None:
                raise EncodingError(
                    f"the file starts with a {encoding} byte-order mark but is not valid "
                    f"{encoding}; re-save it as UTF-8"
                )
            return _checked(text), encoding
    if any(b in _LOW_CONTROLS for b in data[:4096]):
        text16 = _utf16_without_bom(data)
        if text16 is not None:
            return _checked(text16), "utf-16"
        if b"\x00" in data:  # NUL never occurs in 8-bit or UTF-8 text
            raise BadInput(_BINARY)
        # else a stray control character in 8-bit text, or a binary file (caught below)
    text8 = _try(data, "utf-8")
    if text8 is None:
        text8 = _damaged_utf8(data)
    if text8 is not None and (text8.isascii() or plausibility(text8) >= 0.98):
        return _checked(text8), "utf-8"
    # Windows-1256 maps nearly every byte, so only accept it when it reads as Arabic and reads
    # better than UTF-8 (a few short cp1256 strings are also valid UTF-8).
    text1256 = _try(data, "cp1256")
    if (
        text1256 is not None
        and arabic_share(text1256) >= 0.5
        and (text8 is None or plausibility(text1256) > plausibility(text8))
    ):
        return _checked(text1256), "cp1256"
    if text8 is not None:
        return _checked(text8), "utf-8"
    raise EncodingError(
        "unknown text encoding (not UTF-8, UTF-16 or Windows-1256 Arabic); "
        "re-save the file as UTF-8"
    )


def _damaged_utf8(data: bytes) -> str | None:
    """UTF-8 cut off inside its last character (a truncated file): the text before the cut.

    UTF-8 Arabic read as Windows-1256 is still Arabic letters (ط and ظ in turn), so UTF-8 that is
    damaged elsewhere, or mixed with another encoding, is refused here rather than misread.
    """
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        if err.reason == "unexpected end of data" and err.end == len(data):
            return data[: err.start].decode("utf-8", errors="replace")
        high = sum(1 for b in data if b >= 0x80)
        arabic = sum(map(_is_arabic_letter, data.decode("utf-8", errors="replace")))
        if arabic >= 3 and 2 * arabic >= 0.2 * high:
            line = data.count(b"\n", 0, err.start) + 1
            raise EncodingError(
                f"the file mixes UTF-8 with another encoding, or is damaged (line {line} is "
                "not UTF-8); re-save it as UTF-8"
            ) from None
    return None


def _checked(text: str) -> str:
    if _control_share(text) > 0.01:
        raise BadInput(_BINARY)
    return text


def decode(data: bytes) -> str:
    """Decode the bytes of an article; raise ``BadInput``/``EncodingError`` with a reason."""
    return detect(data)[0]
