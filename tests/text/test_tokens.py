from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.text.normalize import normalize
from marsad.text.tokens import suffix_readings, tokenize, word_forms


@pytest.mark.parametrize(
    ("word", "form"),
    [
        ("ولروسيا", "روسيا"),
        ("بواشنطن", "واشنطن"),
        ("للرئيس", "رئيس"),
        ("والكرملين", "كرملين"),
        ("فالجيش", "جيش"),
        ("كالعادة", "عاده"),
        ("وسيبحث", "يبحث"),
    ],
)
def test_word_forms_strip_proclitics(word: str, form: str) -> None:
    from marsad.text.normalize import norm

    assert norm(form) in word_forms(norm(word))


@pytest.mark.parametrize("word", ["وزير", "لبنان", "فرنسا", "بلاد"])
def test_word_forms_keep_the_whole_word_first(word: str) -> None:
    assert word_forms(word)[0] == word


def test_suffix_readings_restore_ta_marbuta() -> None:
    readings = dict(suffix_readings("حكومته"))
    assert readings.get("حكومه") == "ه"


def test_tokens_separate_punctuation_and_keep_offsets() -> None:
    text = "قال وزير الخارجية الأمريكي “مايك بومبيو”؛ إن الحلّ سياسي."
    tokens = tokenize(normalize(text))
    surfaces = [text[t.start : t.end] for t in tokens]
    assert surfaces[:8] == ["قال", "وزير", "الخارجية", "الأمريكي", "“", "مايك", "بومبيو", "”"]
    assert "الحلّ" in surfaces  # the shadda stays inside the original span
    assert surfaces[-1] == "."


@given(st.text(max_size=60))
def test_token_offsets_are_ordered_and_inside_the_text(text: str) -> None:
    last = 0
    for tok in tokenize(normalize(text)):
        assert last <= tok.start < tok.end <= len(text)
        last = tok.end
