from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from marsad.text.normalize import norm, normalize

ARABIC_RICH = st.text(
    alphabet=st.sampled_from(
        [
            *"أإآٱاىيةهكکیوؤئءبتثجحخدذرزسشصضطظعغفقلمنه ،؛؟.«»“”\n",
            *("\u064e", "\u0651", "\u0640", "\u200f", "\ufefb", "\ufe8e", "٣", "۴", "\u00a0", "a", "1"),
        ]
    ),
    max_size=80,
)
ANY_TEXT = st.one_of(ARABIC_RICH, st.text(max_size=80))


def test_normalize_unifies_letter_variants_and_drops_marks() -> None:
    assert norm("أَكّد إبراهيم آمال ٱلسلام") == "اكد ابراهيم امال السلام"
    assert norm("مصطفى الحكومة") == "مصطفي الحكومه"
    assert norm("الـــرئيس\u200f") == "الرئيس"
    assert norm("٢٠١٩") == "2019"


def test_normalize_expands_presentation_forms() -> None:
    assert norm("\ufefb") == "لا"  # the lam-alef ligature


def test_span_maps_back_to_its_source_characters() -> None:
    text = "قالَ الرّئيسُ: «السلام»"
    nt = normalize(text)
    start = nt.text.index("الرئيس")
    span = nt.to_orig((start, start + len("الرئيس")))
    assert text[span[0] : span[1]] == "الرّئيسُ"  # with its shadda and final damma


@given(ANY_TEXT)
def test_normalising_twice_changes_nothing(text: str) -> None:
    once = normalize(text).text
    assert normalize(once).text == once


@given(ANY_TEXT, st.data())
def test_every_span_maps_back_to_the_same_characters(text: str, data: st.DataObject) -> None:
    nt = normalize(text)
    assert len(nt.starts) == len(nt.text) == len(nt.ends)
    n = len(nt.text)
    # spans that do not cut through one source character's expansion
    bounds = [i for i in range(n + 1) if i in (0, n) or nt.starts[i] != nt.starts[i - 1]]
    a = data.draw(st.sampled_from(bounds))
    b = data.draw(st.sampled_from([x for x in bounds if x >= a]))
    s, e = nt.to_orig((a, b))
    assert 0 <= s <= e <= len(text)
    assert norm(text[s:e]) == nt.text[a:b]


@given(ANY_TEXT)
def test_original_spans_map_to_normalised_spans_inside_them(text: str) -> None:
    nt = normalize(text)
    a, b = nt.to_norm((0, len(text)))
    assert (a, b) == (0, len(nt.text))
