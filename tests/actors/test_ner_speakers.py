"""Speakers the knowledge base does not know, named right after a speech verb (ner_hook).

Invented sentences; each test asserts what a user sees: the quote's speaker.
"""

from __future__ import annotations

import pytest

from marsad.actors import ner_hook
from marsad.model import Article, Doc
from marsad.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _code(pipeline: Pipeline, text: str) -> Doc:
    return pipeline(Article(doc_id="t", text=text, title=None, published=None))


def _speakers(doc: Doc) -> list[str | None]:
    return [q.speaker for q in doc.quotes]


def test_an_unknown_name_after_said_speaks(pipeline: Pipeline) -> None:
    doc = _code(pipeline, "وأكد كمال الدباغ أن الجيش سيواصل عملياته في المنطقة.")
    assert _speakers(doc) == ["Kamal al-Dabagh"]
    person = next(a for a in doc.actors if a.entity_name == "Kamal al-Dabagh")
    assert (person.kind, person.country) == ("PER", None)  # nothing in the text places him


def test_the_surname_alone_later_is_the_same_speaker(pipeline: Pipeline) -> None:
    doc = _code(
        pipeline,
        "وقال سامر الخطيب إن الحكومة ستعقد اجتماعا مع المعارضة الأسبوع المقبل. "
        "وأضاف الخطيب أن المفاوضات ستستمر حتى التوصل إلى اتفاق.",
    )
    assert _speakers(doc) == ["Samer al-Khatib", "Samer al-Khatib"]
    assert [a.entity_name for a in doc.actors if a.kind == "PER"] == ["Samer al-Khatib"]


def test_a_full_name_wikidata_knows_is_named_and_placed_as_wikidata_says(
    pipeline: Pipeline,
) -> None:
    doc = _code(pipeline, "وقال إبراهيم حسين برو إن الحكومة لن تستقيل.")
    assert _speakers(doc) == ["Ibrahim Hussein Berro"]
    assert next(a for a in doc.actors if a.kind == "PER").country == "LBN"


def test_a_nationality_adjective_after_the_name_places_the_speaker(pipeline: Pipeline) -> None:
    doc = _code(pipeline, "وقال ميخائيل كوزنتسوف الروسي إن موسكو مستعدة للحوار.")
    assert len(_speakers(doc)) == 1
    person = next(a for a in doc.actors if a.kind == "PER")
    assert person.country == "RUS"
    assert person.entity_name == _speakers(doc)[0]


def test_a_known_person_keeps_the_knowledge_base_name(pipeline: Pipeline) -> None:
    doc = _code(pipeline, "وقال الرئيس الروسي فلاديمير بوتين إن بلاده تدعم الحل السياسي.")
    assert _speakers(doc) == ["Vladimir Putin"]
    assert not any(m.rule.startswith("ner-speaker") for m in doc.mentions)


def test_a_noun_for_anybody_is_no_speaker(pipeline: Pipeline) -> None:
    doc = _code(pipeline, "وقال كادر من الحركة إن القيادة منقسمة.")
    assert not any(m.rule.startswith("ner-speaker") for m in doc.mentions)
    assert "Kader" not in _speakers(doc)


def test_an_adverb_after_said_is_no_speaker(pipeline: Pipeline) -> None:
    doc = _code(pipeline, "ثم التفت إلى مرافقه وقال هامساً: إن الوضع خطير جدا.")
    assert not any(m.rule.startswith("ner-speaker") for m in doc.mentions)


def test_the_speaker_window_can_be_turned_off(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ner_hook, "GATE", ner_hook.NerGate(speakers=False))
    doc = _code(pipeline, "وأكد كمال الدباغ أن الجيش سيواصل عملياته في المنطقة.")
    assert "Kamal al-Dabagh" not in _speakers(doc)


def test_an_office_in_apposition_places_the_speaker_and_is_the_same_person(
    pipeline: Pipeline,
) -> None:
    doc = _code(
        pipeline,
        "وقالت جيهان الصافي -وهي متحدثة باسم منظمة أطباء بلا حدود- إن المستشفى تعرض للقصف.",
    )
    assert _speakers(doc) == ["Jihan al-Safi"]
    people = [a for a in doc.actors if a.kind == "PER"]
    assert [(a.entity_name, a.country, a.sector_code) for a in people] == [
        ("Jihan al-Safi", "NGO", "NGO")
    ]


def test_the_medium_a_speaker_talks_to_does_not_place_him(pipeline: Pipeline) -> None:
    doc = _code(
        pipeline, "وقال كمال الدباغ، في تصريح لوكالة رويترز، إن الحكومة ستجري انتخابات مبكرة."
    )
    assert _speakers(doc) == ["Kamal al-Dabagh"]
    assert next(a for a in doc.actors if a.kind == "PER").country is None
