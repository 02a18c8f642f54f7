"""Decoding article bytes: every supported encoding round-trips; junk is refused with a reason."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.errors import BadInput, EncodingError
from marsad.ingest.encodings import decode, detect

ARTICLE = "قال وزير الخارجية الأمريكي “مايك بومبيو”؛ إن الحل في ليبيا سياسي، بحسب وصفه.\nوأكد 2019."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ARTICLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "utf-16-be"),
        (ARTICLE.encode("utf-16-le"), "utf-16"),
        (ARTICLE.encode("utf-16-be"), "utf-16"),
        (ARTICLE.replace("“", '"').replace("”", '"').encode("cp1256"), "cp1256"),
    ],
)
def test_encodings_detects_each_supported_encoding(data: bytes, encoding: str) -> None:
    text, found = detect(data)
    assert found == encoding
    assert text == ARTICLE or text == ARTICLE.replace("“", '"').replace("”", '"')


def test_encodings_utf16_without_bom_and_without_spaces() -> None:
    """Pure Arabic UTF-16 is valid ASCII byte by byte; its 0x06 high bytes must give it away."""
    word = "السلام"
    assert decode(word.encode("utf-16-le")) == word
    assert decode(word.encode("utf-16-be")) == word


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 4,
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),
        b"\x00\x01\x02\xff\xfe\x00garbage",
    ],
)
def test_encodings_binary_is_rejected_with_a_reason(data: bytes) -> None:
    with pytest.raises(BadInput, match="binary data"):
        decode(data)


def test_encodings_non_arabic_8bit_text_is_an_unknown_encoding() -> None:
    with pytest.raises(EncodingError, match="re-save the file as UTF-8"):
        decode("Ein schöner Tag in München, grüße aus Köln".encode("cp1252"))


def test_encodings_empty_input_is_rejected() -> None:
    with pytest.raises(BadInput, match="empty"):
        decode(b"  \n\t ")


def test_encodings_bad_bytes_after_a_bom_are_reported() -> None:
    with pytest.raises(EncodingError, match="byte-order mark"):
        decode(codecs.BOM_UTF8 + b"\xff\xfe\xfd abc")


_ARABIC = "".join(chr(c) for c in range(0x0621, 0x063B)) + "".join(
    chr(c) for c in range(0x0641, 0x064B)
)
_TEXT = st.text(alphabet=_ARABIC + " ،؛؟.\n0123456789abcXYZ", min_size=1, max_size=200).filter(
    lambda s: s.strip() != ""
)
_MOSTLY_ARABIC = st.text(alphabet=_ARABIC, min_size=3, max_size=60).flatmap(
    lambda core: st.text(alphabet=" ،.\n0123456789", max_size=len(core)).map(
        lambda extra: core[: len(core) // 2] + extra + core[len(core) // 2 :]
    )
)


@given(_TEXT, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"]))
def test_encodings_unicode_round_trip(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding)) == text


@given(_MOSTLY_ARABIC)
def test_encodings_cp1256_round_trip(text: str) -> None:
    assert decode(text.encode("cp1256")) == text
