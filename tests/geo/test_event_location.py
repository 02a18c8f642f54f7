"""event_loc: the place an event's sentence names with a locative, and none rather than a guess.

The place is chosen by marsad.geo.eventloc.event_location for a trigger offset; these tests
call it on a doc that went through the stages up to places (and one test through the coder).
"""

from __future__ import annotations

from marsad.geo.eventloc import event_location
from marsad.model import Doc
from marsad.pipeline import DEFAULT_STAGES, Pipeline, load_pipeline, make_article

UP_TO_PLACES = Pipeline(DEFAULT_STAGES[:5])


def where(text: str, trigger: str, nth: int = 0) -> tuple[str, str] | None:
    """(name, country) of the event_loc for the ``nth`` occurrence of ``trigger``."""
    doc = UP_TO_PLACES(make_article(text))
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(trigger, pos + 1)
    si = doc.sentence_of(pos)
    loc = event_location(doc, si, pos)
    return (loc.name, loc.country) if loc else None


def test_locative_place_of_the_sentence() -> None:
    text = "تظاهر آلاف السودانيين في الخرطوم للمطالبة بحكم مدني."
    assert where(text, "تظاهر") == ("Khartoum", "SDN")


def test_place_after_the_trigger_beats_one_in_a_relative_clause_before_it() -> None:
    text = "وقال إن التحالف الذي تقوده السعودية في اليمن شن ضربات على الحوثيين في العاصمة اليمنية صنعاء."
    assert where(text, "ضربات") == ("Sanaa", "YEM")


def test_same_clause_first() -> None:
    text = "قتل خمسة مدنيين في قصف على حلب، بينما تظاهر المئات في إدلب."
    assert where(text, "قصف") == ("Aleppo", "SYR")
    assert where(text, "تظاهر") == ("Idlib", "SYR")


def test_the_city_refers_back_to_the_city_named_before() -> None:
    text = (
        "شن التحالف غارات جوية على الحوثيين في صنعاء. "
        "وقال مسؤول إن الغارات استهدفت مواقع عسكرية في المدينة."
    )
    assert where(text, "الغارات") == ("Sanaa", "YEM")


def test_attack_target_and_move_goal() -> None:
    assert where("أطلق الحوثيون صواريخ على مطار أبها السعودي.", "أطلق") == ("Abha", "SAU")
    assert where("قال زيلينسكي إن قوات روسية تسللت إلى كييف.", "تسللت") == ("Kyiv", "UKR")


def test_capital_acting_as_government_is_listed_but_never_a_where() -> None:
    text = "قالت واشنطن إنها ستفرض عقوبات على موسكو."
    doc = UP_TO_PLACES(make_article(text))
    assert {p.name: p.locative for p in doc.places} == {"Washington": False, "Moscow": False}
    assert where(text, "عقوبات") is None


def test_no_place_named_no_guess() -> None:
    text = "تظاهر آلاف في الخرطوم. واعتقلت الشرطة عشرة أشخاص بعد اشتباكات عنيفة."
    assert where(text, "اعتقلت") is None


def test_coded_events_carry_the_place_with_offsets() -> None:
    text = "قصفت الطائرات الروسية مواقع للمعارضة في ريف إدلب."
    doc: Doc = load_pipeline()(make_article(text))
    (event,) = [e for e in doc.events if e.event == "ASSAULT"]
    loc = event.event_loc
    assert loc is not None and loc.country == "SYR"
    assert text[loc.span[0] : loc.span[1]] == loc.raw_text == "ريف إدلب"


def test_opening_locative_clause_sets_the_scene() -> None:
    text = "تتواصل المعارك في عدن. وفي حي التواهي، قالت مصادر إن 17 مسلحا قتلوا خلال مواجهات عنيفة."
    assert where(text, "قتلوا") == ("At Tawāhī", "YEM")


def test_the_state_refers_back_to_a_region_only() -> None:
    text = "وصل الوزير إلى نيودلهي. وقال متحدث عسكري إن اشتباكا وقع في الولاية."
    assert where(text, "اشتباكا") is None


def test_place_governed_by_an_event_noun() -> None:
    assert where("حددت السلطات مشتبها به في هجوم سروج الانتحاري.", "هجوم") == ("Suruc", "TUR")
    assert where("كان الغزو الأميركي للعراق سببا للأزمة.", "الغزو") == ("Iraq", "IRQ")
    assert where("ندد الوزير بهجوم إيران على السفن.", "بهجوم") is None  # Iran attacks


def test_subject_of_subjected_to_is_the_place() -> None:
    text = "وتعرض مطار عدن الدولي أمس لقصف صاروخي."
    assert where(text, "لقصف") == ("Aden airport", "YEM")


def test_where_an_attack_lands_beats_the_scene_of_the_clause() -> None:
    # rockets fired at a country from a place named as the scene: the target is the where
    text = "تصاعد التوتر في غزة بعدما ردت الفصائل بإطلاق صواريخ على إسرائيل."
    assert where(text, "بإطلاق") == ("Israel", "ISR")
    text = "أطلقت الفصائل المسلحة في جنوب لبنان قذائف على حيفا."
    assert where(text, "أطلقت") == ("Haifa", "ISR")


def test_attack_on_a_site_beats_the_city_referred_back_to() -> None:
    text = (
        "قصف الجيش مواقع في إدلب. وقال مصدر إن القصف دمر مخازن في المدينة "
        "بعد ساعات من هجوم صاروخي شنه المسلحون على مطار دمشق الدولي."
    )
    assert where(text, "هجوم") == ("Damascus", "SYR")
    assert where(text, "القصف") == ("Idlib", "SYR")


def test_attack_on_a_place_noun_lands_on_the_place_it_refers_to() -> None:
    text = "تظاهر الآلاف في غزة أمس. وشنت الطائرات غارات على القطاع فجر اليوم."
    assert where(text, "غارات") == ("Gaza", "PSE")


def test_a_country_clock_places_an_event_that_names_no_other_place() -> None:
    text = "وقال المتحدث إن القوات استأنفت عملياتها العسكرية في الخامسة صباحا بتوقيت سوريا."
    assert where(text, "عملياتها") == ("Syria", "SYR")


def test_a_city_time_zone_is_no_place() -> None:
    # Moscow time is used for announcements about events far from Moscow
    text = "وقال المتحدث إن القوات استأنفت عملياتها العسكرية في الخامسة صباحا بتوقيت موسكو."
    assert where(text, "عملياتها") is None


def test_a_named_place_beats_the_clock() -> None:
    text = "قصفت الطائرات مواقع في الموصل في الثالثة فجرا بتوقيت العراق."
    assert where(text, "قصفت") == ("Mosul", "IRQ")


def test_a_visit_that_names_its_city_keeps_it_over_a_later_goal() -> None:
    text = "وتأتي زيارة الوزير للعاصمة عمان ضمن جولته الرسمية إلى الأردن ولبنان."
    assert where(text, "زيارة") == ("Amman", "JOR")


def test_a_place_that_overlooks_is_not_the_target() -> None:
    text = "وصلت التعزيزات إلى تعز. وطال القصف قرى في جبل صبر المطل على المدينة."
    assert where(text, "القصف") == ("Jabal Sabir", "YEM")


def test_the_city_referred_back_to_is_never_a_capital_acting_as_government() -> None:
    text = (
        'تتواصل المعارك في تعز. وقالت مصادر محلية ل"الرياض" إن مقاتلين فجروا دبابة '
        "في هجوم وسط المدينة."
    )
    assert where(text, "هجوم") == ("Taiz", "YEM")


def test_the_visit_is_no_village() -> None:
    text = "قصفت الطائرات مواقع في حمص. وقال متحدث يرافق الوزير في الزيارة إن الغارات ستستمر."
    doc = UP_TO_PLACES(make_article(text))
    assert [p.name for p in doc.places] == ["Homs"]
