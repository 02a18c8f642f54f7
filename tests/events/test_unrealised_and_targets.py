"""Events that are only possible, planned, drafted, rehearsed or talked about; nouns that name
a charge or a site; responses, held positions, civilians, vetoes and ceasefire calls as
targets; who is not the doer (monitors, receivers, those who underwent an attack).

Sentences are written for these tests (not taken from the gold)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import pytest
from events_docs import build_doc

from marsad.events import code_events
from marsad.model import Doc, Event, EventActor

ACTORS = [
    ("الجيش الإسرائيلي", "ISR", "MIL"),
    ("حركة حماس", "PSE", "REB"),
    ("الجيش السوري", "SYR", "MIL"),
    ("الجيش التركي", "TUR", "MIL"),
    ("للجيش التركي", "TUR", "MIL"),
    ("القوات الروسية", "RUS", "MIL"),
    ("الشرطة العراقية", "IRQ", "COP"),
    ("المحتجون", "IRQ", "CVL"),
    ("روسيا", "RUS", "GOV"),
    ("الصين", "CHN", "GOV"),
    ("اليابان", "JPN", "GOV"),
    ("الحكومة الأردنية", "JOR", "GOV"),
    ("الرئيس المصري", "EGY", "GOV"),
    ("وزير الخارجية الفرنسي", "FRA", "GOV"),
    ("مجلس الأمن", "UNO", "IGO"),
    ("المرصد", "SYR", "NGO"),
]
PLACES = [("حلب", "SYR"), ("خاركيف", "UKR"), ("غزة", "PSE")]
COUNTRIES = [("ليبيا", "LBY"), ("اليمن", "YEM")]


def make(text: str, quotes: Sequence[tuple[str, str]] = ()) -> Doc:
    doc = build_doc(text, ACTORS, PLACES + COUNTRIES, quotes)
    names = {name for name, _ in COUNTRIES}
    doc.places = [replace(p, feature="country") if p.raw_text in names else p
                  for p in doc.places]
    return doc


def coded(doc: Doc) -> list[Event]:
    code_events(doc)
    return doc.events


def live(text: str, etype: str, quotes: Sequence[tuple[str, str]] = ()) -> list[Event]:
    """The events of type ``etype`` coded as having happened."""
    return [e for e in coded(make(text, quotes)) if e.event == etype and not e.negated
            and e.auxiliary != "hypothetical"]


def one(text: str, etype: str) -> Event:
    found = live(text, etype)
    assert len(found) == 1, [(e.event, e.event_text) for e in coded(make(text))]
    return found[0]


def countries(parties: Sequence[EventActor]) -> set[str | None]:
    return {p.country for p in parties}


# -- only possible, aimed at, provided for, drafted, rehearsed ---------------------------------


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("تستعد القوات الروسية لهجوم محتمل على خاركيف.", "ASSAULT"),
        ("حذر مسؤولون من هجوم وشيك للقوات الروسية على خاركيف.", "ASSAULT"),
        ("حشدت القوات الروسية دباباتها قرب الحدود لشن هجوم على خاركيف.", "ASSAULT"),
        ("وقد تدعم اليابان الحكومة الأردنية في المفاوضات.", "SUPPORT"),
        ("وينص الاتفاق الموقع بين الطرفين على انسحاب القوات الروسية من خاركيف.", "RETREAT"),
        ("ويقضي الاتفاق بانسحاب القوات الروسية من خاركيف.", "RETREAT"),
        ("قدمت اليابان مشروع قرار في مجلس الأمن يدين روسيا.", "ACCUSE"),
        ("أجرت الحكومة الأردنية تمرينا عسكريا شمل عمليات الاقتحام والهجوم على أهداف وهمية.",
         "ASSAULT"),
        ("أجرت الحكومة الأردنية تمرينا عسكريا شمل عمليات الاقتحام والهجوم على أهداف وهمية.",
         "COERCE"),
    ],
)
def test_an_event_that_is_only_possible_planned_or_rehearsed_is_not_coded_as_done(
    text: str, etype: str
) -> None:
    assert live(text, etype) == []


def test_a_provision_verb_whose_complement_is_a_clause_does_not_cover_a_later_noun() -> None:
    # يقضي بأن ...: the provision is the clause; the visit named after it did take place
    text = "وهو توجه يقضي بأن تكون روسيا الحليف الأول، وجاء بعد زيارة الرئيس المصري إلى روسيا."
    assert [e.event for e in live(text, "CONSULT")] == ["CONSULT"]


def test_an_attack_said_to_be_presumably_by_a_group_still_happened() -> None:
    ev = one("قتل عشرة أشخاص في هجمات مفترضة لحركة حماس في غزة.", "ASSAULT")
    assert ev.auxiliary is None


def test_withdrawing_approval_is_no_support() -> None:
    events = coded(make("سحبت الصين دعمها للحكومة الأردنية."))
    assert [e.event for e in events] == ["SANCTION"]
    assert events[0].mode == "withdraw"


# -- nouns that name a charge, a topic or a site -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("اعتقلت الشرطة العراقية ثلاثة أشخاص متهمين بدعم هجمات حركة حماس.", "SUPPORT"),
        ("اعتقلت الشرطة العراقية ثلاثة أشخاص متهمين بدعم هجمات حركة حماس.", "ASSAULT"),
        ("وقال وزير الخارجية الفرنسي إن الغرب يتحدث فقط عن دعمها.", "SUPPORT"),
        ("وكثر الحديث عن اتفاق بين روسيا والصين.", "AGREE"),
        ("ونصبت الشرطة العراقية حواجز حول ساحة الاعتصام.", "PROTEST"),
        ("حاولت الشرطة العراقية فض الاعتصام بالقوة.", "PROTEST"),
        ("ونقل الجرحى من موقع الهجوم إلى مستشفى في حلب.", "ASSAULT"),
    ],
)
def test_an_event_noun_that_names_a_charge_a_topic_or_a_site_is_no_event(
    text: str, etype: str
) -> None:
    assert live(text, etype) == []


def test_the_arrest_of_people_accused_of_an_act_is_still_an_arrest() -> None:
    text = "اعتقلت الشرطة العراقية ثلاثة أشخاص متهمين بدعم هجمات حركة حماس."
    assert countries(one(text, "COERCE").actor) == {"IRQ"}


# -- targets -----------------------------------------------------------------------------------


def test_a_response_targets_those_who_acted_just_before() -> None:
    text = "ألقى المحتجون الحجارة على الشرطة العراقية التي ردت بإطلاق قنابل الغاز المسيل للدموع."
    gas = next(e for e in live(text, "ASSAULT") if "الغاز" in e.event_text)
    assert countries(gas.actor) == {"IRQ"}
    assert [(r.country, r.sector_code) for r in gas.recipient] == [("IRQ", "CVL")]


def test_what_is_responded_to_is_not_itself_a_response() -> None:
    # ردا على قصف: the shelling is what is answered; its target is not the answerer's foe
    text = "هاجمت حركة حماس الجيش الإسرائيلي. وأعلن الجيش السوري ردا على قصف مواقعه."
    shelling = next(e for e in live(text, "ASSAULT") if e.event_text.startswith("قصف"))
    assert "PSE" not in countries(shelling.recipient)


def test_positions_held_by_a_group_make_it_the_target() -> None:
    ev = one("قصف الجيش الإسرائيلي مواقع للكتائب في حركة حماس شمال غزة.", "ASSAULT")
    assert countries(ev.recipient) >= {"PSE"}


def test_civilians_killed_in_an_attack_are_its_target() -> None:
    ev = one("شن الجيش السوري غارات على ريف حلب أسفرت عن مقتل 12 مدنيا.", "ASSAULT")
    assert ("SYR", "CVL") in [(r.country, r.sector_code) for r in ev.recipient]


def test_an_attack_noun_read_with_its_nationality_adjective_names_the_doer() -> None:
    doc = build_doc("وتسببت غارات روسية بمقتل 12 مدنيا في حلب.", [("غارات روسية", "RUS", "MIL")],
                    PLACES)
    doc.mentions = [replace(m, rule="institution-adj") for m in doc.mentions]
    (ev,) = coded(doc)
    assert (ev.event, countries(ev.actor)) == ("ASSAULT", {"RUS"})


def test_a_veto_in_a_un_vote_goes_against_the_security_council() -> None:
    ev = one("وصوتت 11 دولة لصالح مشروع القرار، في حين استخدمت روسيا حق النقض.", "REJECT")
    assert countries(ev.recipient) == {"UNO"}


def test_a_presidents_veto_of_a_law_is_not_cast_in_the_un() -> None:
    ev = one("واستخدم الرئيس المصري حق النقض ضد قانون الضرائب الجديد.", "REJECT")
    assert "UNO" not in countries(ev.recipient)


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("ودعت الصين إلى وقف فوري لإطلاق النار في ليبيا.", "LBY"),
        ("ودعت الصين أطراف النزاع في اليمن إلى الحوار.", "YEM"),
    ],
)
def test_a_ceasefire_call_is_aimed_at_the_parties_of_the_conflict(text: str, where: str) -> None:
    assert countries(one(text, "REQUEST").recipient) == {where}


def test_a_call_for_cooperation_is_not_aimed_at_the_country_named_as_its_place() -> None:
    ev = one("ودعت الصين إلى زيارة مسؤولين في ليبيا.", "REQUEST")
    assert "LBY" not in countries(ev.recipient)


# -- who is not the doer -----------------------------------------------------------------------


def test_a_monitor_that_reports_fighting_is_not_its_doer() -> None:
    quoted = "تجددت الاشتباكات في ريف حلب"
    for ev in live(f"وقال المرصد إن {quoted}.", "ASSAULT", [("المرصد", quoted)]):
        assert "NGO" not in {a.sector_code for a in ev.actor}


def test_a_receiver_with_no_giver_named_gives_no_aid() -> None:
    assert live("وتسلمت الحكومة الأردنية رسالة خطية.", "AID") == []


def test_who_reports_an_attack_that_a_place_underwent_is_not_its_attacker() -> None:
    text = "وقالت الحكومة الأردنية إن مطار العاصمة تعرض لهجوم صاروخي."
    for ev in live(text, "ASSAULT"):
        assert "JOR" not in {a.country for a in ev.actor if a.sector_code == "GOV"}


def test_units_belonging_to_an_army_act_as_that_army() -> None:
    text = "وشاركت وحدات عسكرية تابعة للجيش التركي في مناورة مشتركة مع الجيش السوري."
    ev = one(text, "COOPERATE")
    assert (countries(ev.actor), countries(ev.recipient)) == ({"TUR"}, {"SYR"})


def test_a_repelled_attack_is_the_attackers_and_targets_those_who_repel_it() -> None:
    text = "وصد الجيش السوري هجوما لقوات المعارضة على حلب."
    doc = build_doc(text, [*ACTORS, ("قوات المعارضة", "SYR", "REB")], PLACES)
    (ev,) = [e for e in coded(doc) if e.event == "ASSAULT"]
    assert [a.sector_code for a in ev.actor] == ["REB"]
    assert [r.sector_code for r in ev.recipient] == ["MIL"]


def test_repelling_raids_named_with_their_doer_codes_the_raids() -> None:
    text = "وتصدت الحكومة الأردنية بالمضادات الأرضية لغارات الجيش التركي."
    ev = one(text, "ASSAULT")
    assert countries(ev.actor) == {"TUR"}


def test_a_circumstantial_threat_is_aimed_at_the_object_of_the_main_verb() -> None:
    text = "وأمهل الرئيس المصري الجيش السوري أسبوعا للانسحاب، مهددا بشن عملية عسكرية."
    ev = one(text, "THREATEN")
    assert (countries(ev.actor), countries(ev.recipient)) == ({"EGY"}, {"SYR"})


@pytest.mark.parametrize(
    "text",
    [
        "وعلى وقع المعارك المستمرة، أعلنت الحكومة الأردنية إغلاق الحدود.",
        "ووصلت تعزيزات الجيش السوري إلى مناطق الاشتباكات شمال حلب.",
    ],
)
def test_fighting_named_as_a_backdrop_or_an_area_is_no_event(text: str) -> None:
    assert live(text, "ASSAULT") == []


def test_sanctions_aimed_at_a_sector_stop_at_the_clause_end() -> None:
    # تستهدف قطاع النفط الروسي ، وفرضت اليابان ...: the target is Russian, not the next doer
    text = ("وأعلن الاتحاد الأوروبي عن حزمة عقوبات جديدة تستهدف قطاع النفط الروسي ، "
            "وفرضت اليابان عقوبات على الصين.")
    doc = make(text)
    doc.mentions.extend(build_doc(text, [("الاتحاد الأوروبي", "EUR", "IGO"),
                                         ("الروسي", "RUS", "GOV")]).mentions)
    doc.mentions.sort(key=lambda m: m.span)
    first = next(e for e in coded(doc) if e.event == "SANCTION")
    assert (countries(first.actor), countries(first.recipient)) == ({"EUR"}, {"RUS"})


def test_withdrawing_from_the_agreement_just_named_is_leaving_it() -> None:
    text = "وتحاول اليابان إنقاذ الاتفاق النووي بعد انسحاب الصين منه."
    events = coded(make(text))
    assert [(e.event, e.mode) for e in events] == [("SANCTION", "withdraw")]


def test_withdrawing_from_a_town_just_named_is_still_a_retreat() -> None:
    events = coded(make("وسيطر الجيش السوري على حلب ثم أعلن انسحابه منها."))
    assert "RETREAT" in [e.event for e in events]
    assert "SANCTION" not in [e.event for e in events]


def test_people_counted_after_a_charge_are_its_target() -> None:
    text = "ووجهت الحكومة الأردنية الاتهام إلى 29 شخصا شاركوا في التظاهرة."
    ev = one(text, "ACCUSE")
    assert [(r.country, r.sector_code) for r in ev.recipient] == [("JOR", "CVL")]


def test_a_name_after_the_subjects_title_is_not_the_object_of_a_demand() -> None:
    text = "ويرى وزير الخارجية الفرنسي جان لودريان ذلك غير كاف، مطالبا بفرض عقوبات."
    doc = build_doc(text, [*ACTORS, ("جان لودريان", "FRA", "GOV")])
    ev = next(e for e in coded(doc) if e.event == "REQUEST")
    assert countries(ev.recipient) == set()


def test_a_veto_of_a_draft_bill_is_not_cast_in_the_un() -> None:
    text = "واستخدم الرئيس المصري حق النقض ضد مشروع قانون التعليم."
    ev = one(text, "REJECT")
    assert "UNO" not in countries(ev.recipient)


def test_people_named_as_victims_in_a_charge_are_not_its_target() -> None:
    text = "واتهمت الحكومة الأردنية روسيا باختطاف 12 صحفيا."
    ev = one(text, "ACCUSE")
    assert "CVL" not in {r.sector_code for r in ev.recipient}


def test_the_aim_of_a_protest_is_part_of_the_protest() -> None:
    text = "وتظاهر المحتجون في بغداد للتنديد بالغارات التي يشنها الجيش التركي."
    events = coded(make(text))
    assert "PROTEST" in [e.event for e in events]
    assert "ACCUSE" not in [e.event for e in events]


def test_a_condemnation_without_a_protest_is_still_coded() -> None:
    text = "وأصدرت الحكومة الأردنية بيانا للتنديد بالغارات التي يشنها الجيش التركي."
    assert "ACCUSE" in [e.event for e in coded(make(text))]


@pytest.mark.parametrize(
    ("text", "mobilised"),
    [
        ("وحشد الرئيس المصري شعبه بسلسلة من الخطابات.", False),
        ("وتسعى الحكومة الأردنية إلى حشد الدعم الدولي لخطتها.", False),
        ("وحشدت القوات الروسية آلاف الجنود قرب خاركيف.", True),
    ],
)
def test_rallying_support_is_no_mobilisation_of_forces(text: str, mobilised: bool) -> None:
    assert bool(live(text, "MOBILIZE")) is mobilised
