"""find_actors on whole documents: grouping into actors, offsets, invariants, throughput."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.actors import explain, find_actors, prepare
from marsad.model import Doc

TEXT = (
    "قال وزير الخارجية الأمريكي “مايك بومبيو”؛ إن الحل في ليبيا سياسي.\n\n"
    "وأكد بومبيو أن واشنطن تدرس فرض عقوبات على موسكو بسبب مرتزقة فاغنر.\n\n"
    "وقال المتحدث باسم الكرملين ديمتري بيسكوف إن روسيا على اتصال بجميع الأطراف، "
    "وقال ديمتري إن بلاده ترحب بالمبادرات.\n"
    "وأكد أن الرئيس الروسي فلادمير بوتين ونظيره التركي رجب طيب أردوغان دعوا إلى وقف إطلاق النار."
)


def _doc(text: str = TEXT, date: dt.date | None = None) -> Doc:
    doc = prepare(text, date)
    find_actors(doc)
    return doc


def _actor(doc: Doc, name: str) -> dict[str, object]:
    hits = [a.to_dict() for a in doc.actors if a.entity_name == name]
    assert len(hits) == 1, [a.entity_name for a in doc.actors]
    return hits[0]


def test_one_actor_per_real_world_actor_with_its_surface_forms() -> None:
    doc = _doc()
    assert _actor(doc, "Mike Pompeo")["raw_text"] == ["مايك بومبيو", "بومبيو"]
    assert _actor(doc, "United States")["raw_text"] == ["واشنطن"]
    assert _actor(doc, "Russia")["raw_text"] == ["موسكو", "روسيا", "بلاده"]
    assert _actor(doc, "Dmitry Peskov")["raw_text"] == ["ديمتري بيسكوف", "ديمتري"]
    assert _actor(doc, "Recep Tayyip Erdogan")["country"] == "TUR"
    assert _actor(doc, "Wagner Group")["sector_code"] == "PRM"
    assert _actor(doc, "Kremlin")["kind"] == "ORG"
    assert _actor(doc, "Russia")["kind"] == "GPE"
    assert _actor(doc, "Mike Pompeo")["kind"] == "PER"


def test_libya_named_only_as_a_place_is_not_an_actor() -> None:
    doc = _doc()
    assert "Libya" not in [a.entity_name for a in doc.actors]
    assert not [m for m in doc.mentions if m.text == "ليبيا"]


def test_mentions_point_at_their_actor_and_their_characters() -> None:
    doc = _doc()
    assert doc.mentions == sorted(doc.mentions, key=lambda m: m.span[0])
    for m in doc.mentions:
        assert doc.text[m.span[0] : m.span[1]] == m.text
        assert m.rule
        if m.entity >= 0:
            actor = doc.actors[m.entity]
            assert actor.key == m.actor.key
            if m.rule != "nationality-adj":
                assert m.span in actor.mentions and m.text in actor.raw_text


def test_surface_forms_are_without_clitics() -> None:
    doc = _doc("وأكد بومبيو أن ولروسيا دورا. وقال وللرئيس الأمريكي دونالد ترامب رأي")
    texts = [m.text for m in doc.mentions]
    assert "روسيا" in texts and "دونالد ترامب" in texts


def test_explain_names_the_rule_and_entry() -> None:
    doc = _doc()
    line = explain(next(m for m in doc.mentions if m.text == "واشنطن"))
    assert "rule=capital-metonymy" in line and "key=gpe:USA" in line


WORDS = [
    "قال",
    "وزير",
    "الخارجية",
    "الأمريكي",
    "روسيا",
    "واشنطن",
    "في",
    "الجيش",
    "السوري",
    "بوتين",
    "ونظيره",
    "التركي",
    "“",
    "”",
    "،",
    ".",
    "الرئيس",
    "الشرطة",
    "حماس",
    "بلاده",
    "ماس",
    "هايكو",
    "للرئيس",
    "بواشنطن",
    "السعودية",
    "مالي",
    "المتحدث",
    "باسم",
    "الكرملين",
    "إن",
    "\n",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40), st.booleans())
def test_invariants_on_arbitrary_word_salad(words: list[str], dated: bool) -> None:
    text = " ".join(words)
    doc = _doc(text, dt.date(2020, 1, 1) if dated else None)
    starts = [m.span[0] for m in doc.mentions]
    assert starts == sorted(starts)
    for m in doc.mentions:
        assert 0 <= m.span[0] < m.span[1] <= len(text)
        assert text[m.span[0] : m.span[1]] == m.text
        assert -1 <= m.entity < len(doc.actors)
        assert m.actor.kind in ("PER", "ORG", "GPE")
    for a in doc.actors:
        assert a.raw_text and a.mentions


def test_a_long_article_codes_in_one_pass() -> None:
    # Throughput is measured in bench/, not asserted here; this checks a long input stays linear
    # in behaviour: every repeated sentence yields the same mentions.
    doc = _doc("\n".join([TEXT] * 40))
    assert len(doc.mentions) == 40 * len(_doc().mentions)
