"""The event stage on hand-built Docs: type, mode, actor, recipient and modality."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from marsad.events import code_events, explain
from marsad.model import Doc, Event, Quote

MakeDoc = Callable[..., Doc]

ACTORS = [
    ("الجيش الإسرائيلي", "ISR", "MIL"),
    ("قوات الاحتلال", "ISR", "MIL"),
    ("حركة حماس", "PSE", "REB"),
    ("الشرطة العراقية", "IRQ", "COP"),
    ("الحكومة الأردنية", "JOR", "GOV"),
    ("وزير الخارجية الفرنسي", "FRA", "GOV"),
    ("نظيره الألماني", "DEU", "GOV"),
    ("الرئيس المصري", "EGY", "GOV"),
    ("الأمين العام للأمم المتحدة", "UNO", "UNO"),
    ("المتظاهرون", "LBN", "CVL"),
    ("روسيا", "RUS", "GOV"),
    ("الصين", "CHN", "GOV"),
    ("اليابان", "JPN", "GOV"),
    ("كوريا الشمالية", "PRK", "GOV"),
    ("الاتحاد الأوروبي", "EUR", "IGO"),
    ("إيران", "IRN", "GOV"),
    ("الجيش السوداني", "SDN", "MIL"),
    ("قوات المعارضة", "SYR", "REB"),
    ("المتمردين", "SYR", "REB"),
]


def code(make_doc: MakeDoc, text: str, **kw: object) -> list[Event]:
    doc = make_doc(text, ACTORS, **kw)
    code_events(doc)
    return doc.events


def summary(ev: Event) -> tuple[str, list[str | None], list[str | None]]:
    return ev.event, [a.country for a in ev.actor], [r.country for r in ev.recipient]


def only(events: list[Event], etype: str) -> Event:
    found = [e for e in events if e.event == etype]
    assert len(found) == 1, [summary(e) for e in events]
    return found[0]


@pytest.mark.parametrize(
    ("text", "etype", "actor", "recipient"),
    [
        # verb first: the subject follows the verb
        ("قصف الجيش الإسرائيلي مواقع حركة حماس في غزة.", "ASSAULT", ["ISR"], ["PSE"]),
        ("اعتقلت قوات الاحتلال عشرة شبان.", "COERCE", ["ISR"], ["ISR"]),
        ("أدانت الحكومة الأردنية الهجوم على المسجد.", "ACCUSE", ["JOR"], []),
        ("اتهمت روسيا الاتحاد الأوروبي بالتدخل في شؤونها.", "ACCUSE", ["RUS"], ["EUR"]),
        ("فرض الاتحاد الأوروبي عقوبات جديدة على إيران.", "SANCTION", ["EUR"], ["IRN"]),
        ("دعا الأمين العام للأمم المتحدة إلى وقف إطلاق النار.", "REQUEST", ["UNO"], []),
        ("رحبت الصين بالاتفاق الجديد.", "SUPPORT", ["CHN"], []),
        ("هددت كوريا الشمالية اليابان بضربة عسكرية.", "THREATEN", ["PRK"], ["JPN"]),
        ("رفضت إيران الاتهامات الأوروبية.", "REJECT", ["IRN"], []),
        # subject first
        ("روسيا تقصف مواقع المتمردين.", "ASSAULT", ["RUS"], ["SYR"]),
        ("وكانت الصين أعلنت انسحاب قواتها من المنطقة.", "RETREAT", ["CHN"], []),
        # verbal nouns
        ("وجاءت الغارات بعد هجوم شنته حركة حماس على الجيش الإسرائيلي.", "ASSAULT", ["PSE"],
         ["ISR"]),
        ("وقدمت الصين مساعدات إنسانية إلى إيران.", "AID", ["CHN"], ["IRN"]),
    ],
)
def test_type_actor_recipient(
    make_doc: MakeDoc, text: str, etype: str, actor: list[str], recipient: list[str]
) -> None:
    ev = only(code(make_doc, text), etype)
    assert [a.country for a in ev.actor] == actor
    assert [r.country for r in ev.recipient] == recipient
    assert not ev.negated


def test_compound_actor_is_one_event(make_doc: MakeDoc) -> None:
    ev = only(code(make_doc, "دعت روسيا والصين إلى ضبط النفس."), "REQUEST")
    assert [a.country for a in ev.actor] == ["RUS", "CHN"]


def test_consult_lists_all_participants(make_doc: MakeDoc) -> None:
    text = "التقى وزير الخارجية الفرنسي نظيره الألماني في برلين."
    ev = only(code(make_doc, text), "CONSULT")
    assert {a.country for a in ev.actor} == {"FRA", "DEU"}
    assert ev.recipient == []


def test_phone_call_mode(make_doc: MakeDoc) -> None:
    text = "أجرى الرئيس المصري اتصالا هاتفيا مع وزير الخارجية الفرنسي."
    ev = only(code(make_doc, text), "CONSULT")
    assert ev.mode == "phone"
    assert {a.country for a in ev.actor} == {"EGY", "FRA"}


@pytest.mark.parametrize(
    "text",
    [
        "لم تقصف روسيا المدينة.",
        "نفت روسيا أنها قصفت المدينة.",
        "فشلت روسيا في التوصل إلى اتفاق مع الصين.",
    ],
)
def test_negation(make_doc: MakeDoc, text: str) -> None:
    events = code(make_doc, text)
    assert events and all(e.negated for e in events if e.event != "REJECT")


def test_future_cooperation_is_agree(make_doc: MakeDoc) -> None:
    ev = only(code(make_doc, "سيلتقي وزير الخارجية الفرنسي نظيره الألماني غدا."), "AGREE")
    assert [a.country for a in ev.actor] == ["FRA"]
    assert [r.country for r in ev.recipient] == ["DEU"]


def test_future_sanction_is_threat(make_doc: MakeDoc) -> None:
    ev = only(code(make_doc, "وقال إن الاتحاد الأوروبي سيفرض عقوبات على إيران."), "THREATEN")
    assert ev.mode == "restrict"
    assert [r.country for r in ev.recipient] == ["IRN"]


def test_weighing_sanctions_is_threat(make_doc: MakeDoc) -> None:
    ev = only(code(make_doc, "الاتحاد الأوروبي يدرس فرض عقوبات على روسيا."), "THREATEN")
    assert [a.country for a in ev.actor] == ["EUR"]


def test_conditional_is_hypothetical(make_doc: MakeDoc) -> None:
    events = code(make_doc, "إذا هاجمت إيران اليابان فإن الصين سترد.")
    ev = next(e for e in events if e.event == "ASSAULT")
    assert ev.auxiliary == "hypothetical"


def test_call_absorbs_the_act_called_for(make_doc: MakeDoc) -> None:
    events = code(make_doc, "وطالبت الصين بوقف إطلاق النار وانسحاب القوات.")
    assert [e.event for e in events] == ["REQUEST"]
    assert events[0].mode == "yield"


def test_reported_speech_codes_the_act(make_doc: MakeDoc) -> None:
    text = "وقال الرئيس المصري إن قوات الاحتلال اقتحمت المخيم."
    ev = only(code(make_doc, text), "COERCE")
    assert [a.country for a in ev.actor] == ["ISR"]


def test_two_actors_same_type_get_their_clauses(make_doc: MakeDoc) -> None:
    text = "قصف الجيش الإسرائيلي مواقع في غزة، وقصفت روسيا مواقع المتمردين."
    events = [e for e in code(make_doc, text) if e.event == "ASSAULT"]
    assert {a.country for e in events for a in e.actor} == {"ISR", "RUS"}
    assert len(events) == 2
    assert all(e.text != text.rstrip(".") for e in events)


def test_protest_with_domestic_target(make_doc: MakeDoc) -> None:
    ev = only(code(make_doc, "وخرج المتظاهرون في بيروت.", places=[("بيروت", "LBN")]),
              "PROTEST")
    assert [a.country for a in ev.actor] == ["LBN"]
    assert [r.country for r in ev.recipient] == ["LBN"]
    assert ev.event_loc is not None and ev.event_loc.name == "بيروت"


def test_unattributed_attack_uses_place_country(make_doc: MakeDoc) -> None:
    ev = only(code(make_doc, "وقع هجوم انتحاري في بغداد.", places=[("بغداد", "IRQ")]),
              "ASSAULT")
    assert ev.actor[0].country == "IRQ" and ev.actor[0].sector_code == "UAF"
    assert ev.mode == "suicide-attack"


def test_instrument_mode(make_doc: MakeDoc) -> None:
    ev = only(code(make_doc, "استهدف الجيش الإسرائيلي بطائرة مسيرة سيارة في غزة."), "ASSAULT")
    assert ev.mode == "drone"


def test_spans_point_into_text(make_doc: MakeDoc) -> None:
    text = "تمهيد.\nقصف الجيش الإسرائيلي مواقع حركة حماس."
    doc = make_doc(text, ACTORS)
    code_events(doc)
    ev = only(doc.events, "ASSAULT")
    assert text[ev.event_span[0] : ev.event_span[1]] == ev.event_text == "قصف"
    assert text[ev.text_span[0] : ev.text_span[1]] == ev.text
    assert ev.actor[0].raw_text == text[ev.actor[0].span[0] : ev.actor[0].span[1]]
    assert 0 < ev.confidence <= 1
    assert ev.rule.startswith("lex:")


def test_date_resolution(make_doc: MakeDoc) -> None:
    published = dt.date(2024, 3, 6)  # a Wednesday
    doc = make_doc("قصف الجيش الإسرائيلي أمس مواقع حركة حماس. واعتقلت قوات الاحتلال يوم "
                   "الاثنين عشرة شبان.", ACTORS, published=published)
    code_events(doc)
    dates = {e.event: e.date for e in doc.events}
    assert dates["ASSAULT"] == dt.date(2024, 3, 5)
    assert dates["COERCE"] == dt.date(2024, 3, 4)


def test_context_is_document_level(make_doc: MakeDoc) -> None:
    text = "قصف الجيش الإسرائيلي مواقع عسكرية. وقالت القوات إن الجنود أصيبوا."
    events = code(make_doc, text)
    assert "military" in events[0].context


def test_no_trigger_no_event(make_doc: MakeDoc) -> None:
    assert code(make_doc, "قال الرئيس المصري إن الطقس جميل اليوم.") == []


def test_no_actor_no_event(make_doc: MakeDoc) -> None:
    assert code(make_doc, "وجرى اعتقال عدد من الأشخاص.") == []


def test_explain_gives_reasons(make_doc: MakeDoc) -> None:
    doc = make_doc("فرض الاتحاد الأوروبي عقوبات جديدة على إيران.", ACTORS)
    lines = explain(doc, 0)
    assert len(lines) == 1
    assert lines[0].startswith("SANCTION")
    assert "actor:" in lines[0] and "recipient:" in lines[0] and "conf=" in lines[0]


def test_rerun_replaces_events(make_doc: MakeDoc) -> None:
    doc = make_doc("قصف الجيش الإسرائيلي مواقع حركة حماس.", ACTORS)
    code_events(doc)
    code_events(doc)
    assert len(doc.events) == 1


def test_his_country_is_the_speakers_state(make_doc: MakeDoc) -> None:
    text = "وقال الرئيس المصري إن بلاده ستقدم مساعدات إلى اليابان."
    ev = only(code(make_doc, text), "AGREE")
    assert [a.country for a in ev.actor] == ["EGY"]


def test_circumstantial_participle_takes_main_subject(make_doc: MakeDoc) -> None:
    text = "أمهل الرئيس المصري الجيش السوداني أسبوعا، مهددا بشن عملية عسكرية."
    ev = only(code(make_doc, text), "THREATEN")
    assert [a.country for a in ev.actor] == ["EGY"]
    assert ev.mode == "violence"


def test_event_noun_named_again_keeps_its_actor(make_doc: MakeDoc) -> None:
    text = "شن الجيش الإسرائيلي غارات على غزة. وقالت مصادر إن الغارات استهدفت منازل."
    events = [e for e in code(make_doc, text) if e.sentence == 1]
    assert [summary(e)[:2] for e in events] == [("ASSAULT", ["ISR"])]


def test_fire_origin_is_the_actor(make_doc: MakeDoc) -> None:
    text = "وجاء ذلك بعد إطلاق صواريخ من إيران على اليابان."
    ev = only(code(make_doc, text), "ASSAULT")
    assert [a.country for a in ev.actor] == ["IRN"]
    assert [r.country for r in ev.recipient] == ["JPN"]


def test_receiving_verb_swaps_giver_and_receiver(make_doc: MakeDoc) -> None:
    text = "وتسلم الجيش السوداني مساعدات عسكرية من الصين."
    ev = only(code(make_doc, text), "AID")
    assert [a.country for a in ev.actor] == ["CHN"]
    assert [r.country for r in ev.recipient] == ["SDN"]


@pytest.mark.parametrize(
    "text",
    [
        "وتسعى الصين للتوصل إلى اتفاق.",  # an aim, not an act
        "وجاء ذلك رغم انسحاب روسيا.",  # background to the news
        "قصف روسي",  # a sub-heading
    ],
)
def test_not_an_event(make_doc: MakeDoc, text: str) -> None:
    assert code(make_doc, text) == []


def test_news_agency_is_not_the_attacker(make_doc: MakeDoc) -> None:
    actors = [*ACTORS, ("وكالة رويترز", "GBR", "JRN")]
    doc = make_doc("وقالت وكالة رويترز إن غارة استهدفت القرية.", actors)
    code_events(doc)
    assert all(a.country != "GBR" for e in doc.events for a in e.actor)


def test_reported_verbal_noun_takes_the_reporters_subject(make_doc: MakeDoc) -> None:
    text = "وأكد الجيش السوداني، في بيان، قصف قوات المعارضة شرق المدينة."
    ev = only(code(make_doc, text), "ASSAULT")
    assert [a.country for a in ev.actor] == ["SDN"]
    assert [r.country for r in ev.recipient] == ["SYR"]


def test_charge_in_reported_words_is_the_speakers_accusation(make_doc: MakeDoc) -> None:
    text = "وقال الرئيس المصري إن إيران تهدد أمن المنطقة."
    ev = only(code(make_doc, text), "ACCUSE")
    assert [a.country for a in ev.actor] == ["EGY"]
    assert [r.country for r in ev.recipient] == ["IRN"]


def test_object_of_concern_is_not_the_speakers_act(make_doc: MakeDoc) -> None:
    text = "وأعرب الرئيس المصري عن قلقه إزاء استمرار الاشتباكات في المدينة."
    assert [e.event for e in code(make_doc, text)] == []


def test_hope_for_an_act_is_a_request(make_doc: MakeDoc) -> None:
    events = code(make_doc, "وأعرب الرئيس المصري عن أمله في التوصل إلى اتفاق مع إيران.")
    assert [(e.event, e.mode) for e in events] == [("REQUEST", "meet")]
    assert [a.country for a in events[0].actor] == ["EGY"]


def test_charge_needs_someone_who_makes_it(make_doc: MakeDoc) -> None:
    assert code(make_doc, "وتواصلت الانتهاكات في المدينة.") == []
    ev = only(code(make_doc, "وقال الرئيس المصري إن إيران انتهكت الاتفاق."), "ACCUSE")
    assert [a.country for a in ev.actor] == ["EGY"]
    assert [r.country for r in ev.recipient] == ["IRN"]


def test_joint_drill_is_cooperation(make_doc: MakeDoc) -> None:
    text = "وتجري الصين وروسيا مناورات بحرية في البحر."
    ev = only(code(make_doc, text), "COOPERATE")
    assert [a.country for a in ev.actor] == ["CHN"]
    assert [r.country for r in ev.recipient] == ["RUS"]


def test_protester_as_object_is_no_protest(make_doc: MakeDoc) -> None:
    events = code(make_doc, "وقتلت الشرطة العراقية محتجا في البصرة.")
    assert [e.event for e in events] == ["ASSAULT"]


def test_place_name_is_not_a_trigger(make_doc: MakeDoc) -> None:
    doc = make_doc("وقتل عشرة في بعقوبة أمس.", ACTORS, places=[("بعقوبة", "IRQ")])
    code_events(doc)
    assert all(e.event != "SANCTION" for e in doc.events)


def test_training_is_not_shooting(make_doc: MakeDoc) -> None:
    events = code(make_doc, "وشاهد الرئيس المصري تدريبهم على إطلاق النار.")
    assert [e.event for e in events] == []


def test_fire_from_a_place_is_that_countrys(make_doc: MakeDoc) -> None:
    text = "وجاء ذلك بعد إطلاق صاروخ من لبنان على الجيش الإسرائيلي."
    doc = make_doc(text, ACTORS, places=[("لبنان", "LBN")])
    code_events(doc)
    ev = only(doc.events, "ASSAULT")
    assert [a.country for a in ev.actor] == ["LBN"]
    assert [r.country for r in ev.recipient] == ["ISR"]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("قصفت الطائرات الروسية مدينة إدلب.", "aerial"),
        ("قصفت روسيا المدينة بالمدفعية.", "heavy-weapons"),
        ("قصفت روسيا المدينة.", "heavy-weapons"),  # the verb's default
    ],
)
def test_shelling_mode_follows_the_instrument(make_doc: MakeDoc, text: str, mode: str) -> None:
    actors = [*ACTORS, ("الطائرات الروسية", "RUS", "MIL")]
    doc = make_doc(text, actors)
    code_events(doc)
    assert only(doc.events, "ASSAULT").mode == mode


def test_pronoun_subject_skips_the_object(make_doc: MakeDoc) -> None:
    text = "أبلغت روسيا الصين أنها بدأت شن غارات على المتمردين."
    ev = only(code(make_doc, text), "ASSAULT")
    assert [a.country for a in ev.actor] == ["RUS"]


def test_expected_attack_is_hypothetical(make_doc: MakeDoc) -> None:
    events = code(make_doc, "وتوقع الرئيس المصري تنفيذ حركة حماس هجمات على الجيش الإسرائيلي.")
    assert all(e.auxiliary == "hypothetical" for e in events if e.event == "ASSAULT")


def test_malformed_inputs_do_not_break_the_stage(make_doc: MakeDoc) -> None:
    doc = make_doc("وقال الرئيس المصري إن روسيا قصفت المدينة.", ACTORS)
    doc.mentions[0].tokens = (500, 501)  # out of range: ignored
    doc.quotes.append(
        Quote(None, None, "قال", (0, 0), "روسيا قصفت المدينة", (22, 40), 0, speaker_mention=99)
    )
    code_events(doc)
    assert [e.event for e in doc.events] == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "وقال الملك – أيده الله – إن الطقس جميل.",  # an honorific, not support
        "وقال الأمين العام لمجلس التعاون الخليجي إن الوضع هادئ.",  # a name, not cooperation
        "ولم يتسن الاتصال بالحكومة الأردنية للتعليق.",  # a reporter's failed call
    ],
)
def test_formulas_and_names_are_not_events(make_doc: MakeDoc, text: str) -> None:
    actors = [*ACTORS, ("مجلس التعاون الخليجي", "IGO", "IGO"), ("الملك", "SAU", "GOV")]
    doc = make_doc(text, actors)
    code_events(doc)
    assert [e for e in doc.events if not e.negated] == []


def test_any_attack_is_hypothetical(make_doc: MakeDoc) -> None:
    events = code(make_doc, "وقال إن الصين سترد على أي هجوم تشنه اليابان.")
    assert all(e.auxiliary == "hypothetical" for e in events if e.event == "ASSAULT")


def test_like_particle_is_not_a_proclitic_for_triggers(make_doc: MakeDoc) -> None:
    assert code(make_doc, "وقال الرئيس المصري إن السلطة كاملة بيد الحكومة.") == []


def test_refusing_to_recognise_is_reject(make_doc: MakeDoc) -> None:
    text = "وقال الرئيس المصري: “ولن نعترف بأي سلطة انقلابية”."
    doc = make_doc(text, ACTORS, quotes=[("الرئيس المصري", "ولن نعترف بأي سلطة انقلابية")])
    code_events(doc)
    ev = only(doc.events, "REJECT")
    assert not ev.negated and [a.country for a in ev.actor] == ["EGY"]


def test_relative_clause_describes_the_event_it_follows(make_doc: MakeDoc) -> None:
    doc = make_doc("وخرج المتظاهرون في احتجاجات حاشدة، التي تطالب برحيل الحكومة.", ACTORS,
                   places=[("بيروت", "LBN")])
    code_events(doc)
    assert [e.event for e in doc.events] == ["PROTEST"]


def test_bare_verb_form_after_a_preposition_is_a_noun(make_doc: MakeDoc) -> None:
    text = "وتتدخل روسيا عن طريق دعم المتمردين بالسلاح."
    ev = only(code(make_doc, text), "AID")
    assert [a.country for a in ev.actor] == ["RUS"]
    assert [r.country for r in ev.recipient] == ["SYR"]


def test_support_received_is_given_by_the_genitive(make_doc: MakeDoc) -> None:
    text = "وحصل الرئيس المصري، في وقت سابق، على دعم الاتحاد الأوروبي."
    ev = only(code(make_doc, text), "SUPPORT")
    assert [a.country for a in ev.actor] == ["EUR"]
    assert [r.country for r in ev.recipient] == ["EGY"]


def test_casualties_before_the_attack_are_its_target(make_doc: MakeDoc) -> None:
    text = "وقتل عشرة من المتمردين بغارة شنها الجيش الإسرائيلي."
    ev = only(code(make_doc, text), "ASSAULT")
    assert [a.country for a in ev.actor] == ["ISR"]
    assert [r.country for r in ev.recipient] == ["SYR"]


def test_explain_text_is_readable(make_doc: MakeDoc) -> None:
    from marsad.events import explain_text

    doc = make_doc("اعتقلت الشرطة العراقية عشرة شبان أمس. لم تقصف روسيا أي مواقع.", ACTORS,
                   published=dt.date(2024, 3, 6))
    text = explain_text(doc)
    assert "sentence 0:" in text and "sentence 1:" in text
    assert "COERCE/arrest" in text and "rule:" in text and "confidence" in text
    assert "actor:     «الشرطة العراقية»" in text
    assert "↳ actor: subject after the verb" in text
    assert "date:      2024-03-05" in text
    assert "[negated]" in text
    assert doc.events == []  # explaining does not code the doc
