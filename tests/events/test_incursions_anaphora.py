"""Counted rockets, relative clauses, armed incursions and attack nouns that refer back.

Sentences are written for these tests (not taken from the gold)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from events_docs import build_doc

from marsad.events import code_events, explain
from marsad.events.lexicon import LexiconError, find_hits, parse_lexicon
from marsad.model import Event
from marsad.pipeline import prepare

ACTORS = [
    ("الجيش الإسرائيلي", "ISR", "MIL"),
    ("حركة حماس", "PSE", "REB"),
    ("قوات المعارضة", "SYR", "REB"),
    ("الجيش السوري", "SYR", "MIL"),
    ("الجيش التركي", "TUR", "MIL"),
    ("الحكومة الأوكرانية", "UKR", "GOV"),
    ("القوات الروسية", "RUS", "MIL"),
    ("روسيا", "RUS", "GOV"),
    ("الصين", "CHN", "GOV"),
    ("اليابان", "JPN", "GOV"),
    ("الحكومة الأردنية", "JOR", "GOV"),
]
PLACES = [("حلب", "SYR"), ("خاركيف", "UKR"), ("غزة", "PSE"), ("عسقلان", "ISR")]


def events(text: str) -> list[Event]:
    doc = build_doc(text, ACTORS, PLACES)
    code_events(doc)
    return doc.events


def assaults(text: str) -> list[Event]:
    return [e for e in events(text) if e.event == "ASSAULT"]


def actor_countries(ev: Event) -> set[str | None]:
    return {a.country for a in ev.actor}


@pytest.mark.parametrize(
    "text",
    [
        "ردت الفصائل بإطلاق عشرات الصواريخ على البلدات",
        "أعلن الجيش إطلاق أكثر من 200 صاروخ منذ الصباح",
        "تواصل إطلاق المزيد من القذائف على الحي",
        "جرى إطلاق عدد من الصواريخ من جنوب لبنان",
    ],
)
def test_rockets_may_be_counted(text: str) -> None:
    doc = prepare(text)
    hits = find_hits(doc.tokens, 0, len(doc.tokens))
    assert [(h.entry.type, h.entry.mode) for h in hits] == [("ASSAULT", "heavy-weapons")]


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت الوكالة إطلاق قمر صناعي على متن صاروخ روسي",
        "طالبت العائلات بإطلاق سراح عشرات المعتقلين في قضية الصواريخ",
    ],
)
def test_only_counts_fill_the_gap(text: str) -> None:
    doc = prepare(text)
    hits = find_hits(doc.tokens, 0, len(doc.tokens))
    assert all(h.entry.type != "ASSAULT" for h in hits)


def test_a_pattern_cannot_end_with_a_count_gap() -> None:
    with pytest.raises(LexiconError):
        parse_lexicon("N\tاطلاق ~\tASSAULT\t-\t-")


def test_relative_pronoun_takes_the_group_just_named_as_its_subject() -> None:
    # التي is feminine: it passes over the man named last to the movement he belongs to
    text = (
        "قصف الجيش الإسرائيلي منزلا في غزة وقتل قائدا في حركة حماس يدعى سامي الأحمد "
        "التي ردت بإطلاق عشرات الصواريخ على عسقلان."
    )
    doc = build_doc(text, [*ACTORS, ("سامي الأحمد", "PSE", "REB")], PLACES)
    for m in doc.mentions:
        if m.text == "سامي الأحمد":
            m.actor = replace(m.actor, kind="PER")
    code_events(doc)
    found = [e for e in doc.events if e.event == "ASSAULT"]
    assert {"ISR"} in [actor_countries(e) for e in found]
    rockets = [e for e in found if actor_countries(e) == {"PSE"}]
    assert len(rockets) == 1
    assert rockets[0].actor[0].raw_text == "حركة حماس"
    assert rockets[0].event_loc is not None and rockets[0].event_loc.country == "ISR"


def test_masculine_relative_pronoun_takes_the_army_just_named() -> None:
    text = "هاجمت قوات المعارضة مواقع الجيش التركي الذي رد بإطلاق عشرات القذائف على حلب."
    assert {"TUR"} in [actor_countries(e) for e in assaults(text)]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # التي refers to القرية, which names no actor: the opposition is not hitting back
        ("هاجمت قوات المعارضة القرية التي ردت بإطلاق عشرات القذائف.", "القذائف"),
        # ... to خطة (in construct with السلام), not to روسيا
        ("انتقدت الصين في روسيا خطة السلام التي تدعو إلى انسحاب القوات.", "تدعو"),
    ],
)
def test_relative_pronoun_after_a_plain_noun_does_not_reach_back_to_an_actor(
    text: str, trigger: str
) -> None:
    lines = explain(build_doc(text, ACTORS), 0)
    assert any(trigger in line for line in lines)
    assert not any("antecedent of the relative pronoun" in line for line in lines)


@pytest.mark.parametrize(
    ("text", "actor", "where"),
    [
        ("دخلت قوات المعارضة مدينة حلب فجر اليوم.", "SYR", "SYR"),
        ("أعلنت الحكومة الأوكرانية أن القوات الروسية دخلت خاركيف.", "RUS", "UKR"),
        ("اجتاحت القوات الروسية ضواحي خاركيف الشرقية.", "RUS", "UKR"),
    ],
)
def test_armed_forces_entering_a_place_is_an_assault(text: str, actor: str, where: str) -> None:
    found = assaults(text)
    assert len(found) == 1
    assert actor_countries(found[0]) == {actor}
    assert found[0].event_loc is not None and found[0].event_loc.country == where


def test_unnamed_armed_group_entering_after_an_attack_is_that_attacker() -> None:
    text = (
        "قصفت القوات الروسية أحياء خاركيف طوال الليل. "
        "وقالت الحكومة الأوكرانية إن مجموعات التخريب التابعة للعدو دخلت خاركيف."
    )
    second = [e for e in assaults(text) if e.sentence == 1]
    assert len(second) == 1
    assert actor_countries(second[0]) == {"RUS"}
    assert second[0].event_loc is not None and second[0].event_loc.country == "UKR"


@pytest.mark.parametrize(
    "text",
    [
        "دخل الاتفاق بين روسيا والصين حيز التنفيذ.",
        "قالت الحكومة الأردنية إن القرار يدخل حيز التنفيذ غدا.",
        "دخلت قافلة مساعدات مدينة حلب.",
        "حذرت الصين من تدخل اليابان في الأزمة.",
        "دخلت الأزمة بين روسيا والصين مرحلة جديدة.",
        "دخل وفد الحكومة الأردنية القاعة.",
        "دخلت القوات الروسية في مفاوضات مع الحكومة الأوكرانية.",
    ],
)
def test_entering_without_an_armed_subject_and_a_place_is_no_event(text: str) -> None:
    assert assaults(text) == []


def test_definite_attack_noun_refers_back_to_the_previous_sentence() -> None:
    text = (
        "شن الجيش الإسرائيلي ضربات جوية على مواقع حركة حماس في غزة. "
        "وقال متحدث عسكري إن الضربات استهدفت مخازن أسلحة في المدينة."
    )
    second = [e for e in assaults(text) if e.sentence == 1]
    assert len(second) == 1
    ev = second[0]
    assert actor_countries(ev) == {"ISR"}
    assert {r.country for r in ev.recipient} == {"PSE"}
    assert ev.mode == "aerial"


def test_an_ambiguous_attack_noun_does_not_reach_two_sentences_back() -> None:
    text = (
        "شن الجيش الإسرائيلي ضربات جوية على مواقع حركة حماس في غزة. "
        "وأعلنت الحكومة الأردنية موقفها من التصعيد. "
        "وقال محللون إن الضربات أضرت بالاقتصاد."
    )
    assert all(actor_countries(e) != {"ISR"} for e in assaults(text) if e.sentence == 2)


def test_qad_before_a_past_verb_reports_a_done_attack() -> None:
    # قد + past is "has (done)"; قد + present (قد تقصف) is what may come
    done = events("قالت الحكومة الأردنية إن قوات المعارضة قد قصفت مواقع الجيش السوري.")
    assert [e.event for e in done if e.event in ("ASSAULT", "THREATEN")] == ["ASSAULT"]
    weighed = events("قالت الحكومة الأردنية إن قوات المعارضة قد تقصف مواقع الجيش السوري.")
    assert [e.event for e in weighed if e.event in ("ASSAULT", "THREATEN")] == ["THREATEN"]
