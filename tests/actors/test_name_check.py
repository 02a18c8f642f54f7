"""Unknown names after a title are checked by the NER tagger: prose after a title is no name."""

from __future__ import annotations

import marsad


def _people(text: str) -> dict[str, str]:
    """Unknown people (not from the knowledge base): Arabic text -> English name."""
    doc = marsad.code(text, published="2015-08-01")
    assert not doc.errors
    return {
        raw: a.entity_name
        for a in doc.actors
        if a.kind == "PER" and (a.key or "").startswith("per:ar:")
        for raw in a.raw_text
    }


def test_words_after_a_title_that_are_no_name_make_no_person() -> None:
    for text in (
        "وأكد وزير الخارجية الإيراني ضرورة التوصل إلى حلول سياسية للأزمة.",
        "وقال إن الجنرال عون فقط يملك القرار في هذه المسألة.",
        "وكان الرئيس خاضت قواته اشتباكات عنيفة في المدينة.",
    ):
        assert _people(text) == {}, text


def test_an_unknown_name_ends_where_the_tagger_ends_it() -> None:
    people = _people("وقال رئيس الوزراء الإيطالي ماتيو رينتسي أفكارا جديدة للتعاون.")
    assert "ماتيو رينتسي" in people
    assert not any("أفكار" in raw for raw in people)


def test_an_unknown_officer_is_still_found() -> None:
    people = _people("وقال العقيد سالم المقرحي الناطق باسم الجيش إن القوات تقدمت.")
    assert "سالم المقرحي" in people
