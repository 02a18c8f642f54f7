"""Coreference within an article, date-aware roles and metonymy: what a user of `marsad.code` sees.

One test (or more) per pattern the actor stage must handle: a surname or first name after the
full name, نظيره + nationality, بلاده/حكومته of the last speaker, the omitted subject of a cue
verb (the quote stage attributes it; the actor stage resolves what the quote says), the same
title on two dates naming two people, and a capital acting as its government versus a place.
"""

from __future__ import annotations

import datetime as dt

import pytest

import marsad
from marsad.actors import lookup
from marsad.model import Doc, Mention


def _mention(doc: Doc, surface: str) -> Mention:
    hits = [m for m in doc.mentions if m.text == surface]
    assert len(hits) == 1, [(m.text, m.rule) for m in doc.mentions]
    return hits[0]


def _lookup(text: str, surface: str, date: dt.date | None = None) -> Mention:
    hits = [m for m in lookup(text, date) if m.text == surface]
    assert len(hits) == 1, [(m.text, m.rule) for m in lookup(text, date)]
    return hits[0]


# ---------------------------------------------------------------- surname / first name
@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        # surname alone after the full name (no stand-alone short form in the knowledge base)
        (
            "قال رئيس الوزراء المصري هشام قنديل إن الحكومة ستدعم المزارعين. وأضاف قنديل أن",
            "قنديل",
            "Hesham Qandil",
        ),
        # first name alone after the full name
        (
            "التقى الرئيس الفرنسي إيمانويل ماكرون بالوفد. وقال إيمانويل إن فرنسا ملتزمة",
            "إيمانويل",
            "Emmanuel Macron",
        ),
    ],
)
def test_a_name_part_refers_back_to_the_full_name(text: str, surface: str, name: str) -> None:
    m = _mention(marsad.code(text, dt.date(2013, 1, 10)), surface)
    assert (m.actor.entity_name, m.rule) == (name, "coref-name")


def test_a_name_part_with_a_clitic_refers_back_too() -> None:
    text = "وصل وزير الخارجية القطري خالد بن محمد العطية إلى الرياض. ورحب الملك بالعطية"
    m = _mention(marsad.code(text, dt.date(2014, 5, 1)), "العطية")
    assert (m.actor.entity_name, m.rule) == ("Khalid bin Mohammad Al Attiyah", "coref-name")


def test_two_people_sharing_a_surname_leave_it_unresolved() -> None:
    text = "قال سعد الحريري ورفيق الحريري إن لبنان أولا. وأكد الحريري ذلك"
    doc = marsad.code(text)
    assert not [m for m in doc.mentions if m.text == "الحريري" and m.rule == "coref-name"]


# ---------------------------------------------------------------- نظيره + nationality
def test_counterpart_with_a_name_is_that_person() -> None:
    text = "بحث وزير الخارجية المصري سامح شكري مع نظيره الأردني أيمن الصفدي الأوضاع في غزة"
    m = _mention(marsad.code(text, dt.date(2019, 12, 10)), "أيمن الصفدي")
    assert (m.actor.entity_name, m.actor.country, m.rule) == (
        "Ayman Safadi",
        "JOR",
        "counterpart-name",
    )


@pytest.mark.parametrize(
    ("date", "name"),
    [
        (dt.date(2019, 12, 10), "Mohammad Javad Zarif"),
        (dt.date(2022, 6, 1), "Hossein Amir-Abdollahian"),
    ],
)
def test_counterpart_alone_is_the_office_holder_at_the_date(date: dt.date, name: str) -> None:
    text = "استقبل وزير الخارجية العماني نظيره الإيراني في مسقط"
    m = _mention(marsad.code(text, date), "نظيره الإيراني")
    assert (m.actor.entity_name, m.rule) == (name, "counterpart-date")


# ---------------------------------------------------------------- بلاده / حكومته
@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("وقال الرئيس التركي رجب طيب أردوغان إن حكومته لن تتراجع عن قرارها", "حكومته", "TUR"),
        ("وأكد وزير الخارجية الروسي سيرغي لافروف أن بلاده لن تقبل بذلك", "بلاده", "RUS"),
        ("قالت المستشارة الألمانية أنجيلا ميركل إن حكومتها تدعم الحل السياسي", "حكومتها", "DEU"),
    ],
)
def test_own_country_is_the_state_of_the_last_speaker(
    text: str, surface: str, country: str
) -> None:
    m = _mention(marsad.code(text, dt.date(2019, 12, 10)), surface)
    assert (m.actor.country, m.actor.sector_code, m.actor.kind, m.rule) == (
        country,
        "GOV",
        "GPE",
        "own-country",
    )


def test_own_country_follows_the_latest_speaker_not_the_first() -> None:
    text = (
        "وقال وزير الخارجية الأمريكي مايك بومبيو إن العقوبات ستستمر. "
        "ورد وزير الخارجية الإيراني محمد جواد ظريف بأن بلاده لن تخضع"
    )
    m = _mention(marsad.code(text, dt.date(2019, 12, 10)), "بلاده")
    assert m.actor.country == "IRN"


# ---------------------------------------------------------------- omitted subject of a cue verb
def test_omitted_subject_of_a_cue_verb_is_the_last_speaker() -> None:
    text = (
        "قال وزير الخارجية الروسي سيرغي لافروف إن المحادثات كانت مثمرة. "
        "وأضاف أن بلاده مستعدة لمواصلة الحوار مع تركيا."
    )
    doc = marsad.code(text, dt.date(2019, 12, 10))
    speakers = [q.speaker for q in doc.quotes]
    assert speakers == ["Sergey Lavrov", "Sergey Lavrov"]
    # what the second quote says about "his country" resolves to the speaker's state
    m = _mention(doc, "بلاده")
    assert (m.actor.country, m.rule) == ("RUS", "own-country")


# ---------------------------------------------------------------- date-aware roles
@pytest.mark.parametrize(
    ("text", "surface", "date", "name"),
    [
        ("وقال رئيس الوزراء البريطاني إن الاتفاق جيد", "رئيس الوزراء البريطاني", dt.date(2017, 1, 5), "Theresa May"),
        ("وقال رئيس الوزراء البريطاني إن الاتفاق جيد", "رئيس الوزراء البريطاني", dt.date(2020, 6, 1), "Boris Johnson"),
        ("وقال وزير الدفاع الإسرائيلي إن الجيش مستعد", "وزير الدفاع الإسرائيلي", dt.date(2023, 6, 1), "Yoav Gallant"),
        ("وقال وزير الدفاع الإسرائيلي إن الجيش مستعد", "وزير الدفاع الإسرائيلي", dt.date(2025, 1, 15), "Israel Katz"),
        ("وقال الرئيس الروسي إن بلاده مستعدة", "الرئيس الروسي", dt.date(2010, 3, 1), "Dmitry Medvedev"),
        ("وقال الرئيس الروسي إن بلاده مستعدة", "الرئيس الروسي", dt.date(2019, 3, 1), "Vladimir Putin"),
        ("وقال ولي العهد السعودي إن المملكة تدعم الحل", "ولي العهد السعودي", dt.date(2016, 3, 1), "Muhammad bin Nayef"),
        ("وقال ولي العهد السعودي إن المملكة تدعم الحل", "ولي العهد السعودي", dt.date(2020, 3, 1), "Mohammed bin Salman"),
    ],
)  # fmt: skip
def test_same_title_on_two_dates_names_two_people(
    text: str, surface: str, date: dt.date, name: str
) -> None:
    m = _lookup(text, surface, date)
    assert (m.actor.entity_name, m.rule) == (name, "title-date")


def test_title_outside_every_known_term_is_the_generic_office() -> None:
    m = _lookup("وقال الرئيس الروسي إن بلاده مستعدة", "الرئيس الروسي", dt.date(1995, 3, 1))
    assert (m.actor.entity_name, m.actor.country, m.rule) == (
        "Russian President",
        "RUS",
        "title-generic",
    )


# ---------------------------------------------------------------- metonymy vs place
@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("حذرت واشنطن من التصعيد في المنطقة", "واشنطن", "USA"),
        ("ردت طهران على العقوبات الجديدة", "طهران", "IRN"),
        ("وقالت موسكو إنها لن تقبل بذلك", "موسكو", "RUS"),
    ],
)
def test_a_capital_acting_is_its_government(text: str, surface: str, country: str) -> None:
    m = _lookup(text, surface)
    assert (m.actor.country, m.actor.sector_code, m.rule) == (country, "GOV", "capital-metonymy")


@pytest.mark.parametrize(
    "text",
    [
        "عقد الاجتماع في واشنطن أمس",
        "وصل الوفد الإيراني إلى موسكو صباحا",
        "التقى الوزيران بأنقرة",
        "عاد السفير من طهران",
    ],
)
def test_a_capital_as_a_place_is_no_actor(text: str) -> None:
    capitals = {"واشنطن", "موسكو", "أنقرة", "طهران"}
    assert not [m for m in lookup(text) if m.text in capitals or m.text.lstrip("ب") in capitals]


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("هاجمت الميليشيات المدعومة من إيران القاعدة", "إيران", "IRN"),
        ("تقدمت القوات الحكومية بدعم من روسيا نحو المدينة", "روسيا", "RUS"),
        ("أطلقت الحكومة سراح المعتقلين بطلب من قطر", "قطر", "QAT"),
        ("يحضر المؤتمر ممثلون من روسيا والصين", "روسيا", "RUS"),
    ],
)
def test_a_state_after_backed_by_is_an_actor_not_a_place(
    text: str, surface: str, country: str
) -> None:
    m = _lookup(text, surface)
    assert (m.actor.country, m.rule) == (country, "country")


# ---------------------------------------------------------------- nameless sources
def test_a_nameless_source_speaks_for_the_main_state() -> None:
    text = (
        "قصفت الطائرات الإسرائيلية مواقع قرب دمشق. وقالت وزارة الدفاع السورية إن الدفاعات "
        "الجوية السورية تصدت للصواريخ. وقال مصدر عسكري إن الأضرار مادية"
    )
    m = _mention(marsad.code(text), "مصدر عسكري")
    assert (m.actor.country, m.actor.sector_code, m.rule) == ("SYR", "MIL", "title-main-country")


def test_a_wikidata_id_is_given_only_where_the_knowledge_base_has_one() -> None:
    text = "التقى الرئيس الروسي فلاديمير بوتين وزير الخارجية المصري سامح شكري في موسكو"
    doc = marsad.code(text, dt.date(2019, 1, 1))
    ids = {a.entity_name: a.wikidata_id for a in doc.actors}
    assert ids["Vladimir Putin"] == "Q7747"
    assert ids["Sameh Shoukry"] is None


def test_a_nameless_source_stays_unplaced_when_no_state_dominates() -> None:
    text = "أجرت القوات المصرية والقوات السعودية مناورة مشتركة. وقال مصدر عسكري إن المناورة نجحت"
    assert not [m for m in marsad.code(text).mentions if m.text == "مصدر عسكري"]


def test_a_numbered_unit_is_not_the_unit_of_a_body_coordinated_with_it() -> None:
    text = "وقعت اشتباكات بين اللواء الرابع وميليشيات الحوثي"
    assert not [m for m in lookup(text) if m.rule == "numbered-unit"]


@pytest.mark.parametrize(
    ("text", "date", "name"),
    [
        ("وقال الأمين العام لجامعة الدول العربية إن", dt.date(2019, 5, 1), "Ahmed Aboul Gheit"),
        ("وقال الأمين العام لجامعة الدول العربية إن", dt.date(2008, 5, 1), "Amr Moussa"),
        ("وقال الأمين العام لحلف الناتو إن", dt.date(2019, 5, 1), "Jens Stoltenberg"),
        ("وقال الأمين العام لحلف الناتو إن", dt.date(2025, 5, 1), "Mark Rutte"),
    ],
)
def test_an_office_of_an_organisation_is_its_holder_at_the_date(
    text: str, date: dt.date, name: str
) -> None:
    m = next(m for m in lookup(text, date) if m.text.startswith("الأمين العام"))
    assert (m.actor.entity_name, m.rule) == (name, "title-date")
