from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.text.sentences import split_sentences


def _texts(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "قال الوزير إن الحل سياسي. وأكد دعمه للحوار؟ نعم!",
            ["قال الوزير إن الحل سياسي.", "وأكد دعمه للحوار؟", "نعم!"],
        ),
        (
            "تذكير بحظر الأسلحة\nقال المتحدث إن الوضع هادئ.",
            ["تذكير بحظر الأسلحة", "قال المتحدث إن الوضع هادئ."],
        ),
        (
            "وقال: «الوضع صعب. لكننا سنواصل». ثم غادر.",
            ["وقال: «الوضع صعب. لكننا سنواصل».", "ثم غادر."],
        ),
        (
            "ارتفع المؤشر 3.5 بالمئة، وفق أ.ف.ب. وانتهى.",
            ["ارتفع المؤشر 3.5 بالمئة، وفق أ.ف.ب.", "وانتهى."],
        ),
        (
            "أعلن الجيش السيطرة؛ وقال إن المعارك انتهت، بحسب البيان.",
            ["أعلن الجيش السيطرة؛ وقال إن المعارك انتهت، بحسب البيان."],
        ),
    ],
)
def test_sentences_split_arabic_news(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_unclosed_quote_ends_with_its_line() -> None:
    assert _texts("قال «الوضع صعب.\nوغادر الوفد.") == ["قال «الوضع صعب.", "وغادر الوفد."]


@given(st.text(alphabet=st.sampled_from(list('ابت .؟!«»“”"\n،؛')), max_size=60))
def test_sentences_are_ordered_non_empty_and_trimmed(text: str) -> None:
    spans = split_sentences(text)
    last = 0
    for s, e in spans:
        assert last <= s < e <= len(text)
        assert not text[s].isspace() and not text[e - 1].isspace()
        last = e
    covered = "".join(text[s:e] for s, e in spans)
    assert "".join(covered.split()) == "".join(text.split())
