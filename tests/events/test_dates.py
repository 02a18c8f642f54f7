"""Dates named in a sentence, resolved against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.events import code_events
from marsad.events.dates import WEEKDAYS, _tabular, date_in_words, hijri_to_gregorian
from marsad.pipeline import Pipeline, make_article
from marsad.text.normalize import norm

PUB = dt.date(2020, 1, 15)  # a Wednesday


def resolve(text: str, pub: dt.date = PUB) -> dt.date | None:
    found = date_in_words(norm(text).split(), pub)
    return found[0] if found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقع الهجوم أمس", dt.date(2020, 1, 14)),
        ("وقع الهجوم أول أمس", dt.date(2020, 1, 13)),
        ("أعلن اليوم", PUB),
        ("يعقد الاجتماع غدا", dt.date(2020, 1, 16)),
        ("قصفت الطائرات الثلاثاء مواقع", dt.date(2020, 1, 14)),
        ("يوم الثلاثاء", dt.date(2020, 1, 14)),
        ("الثلاثاء الماضي", dt.date(2020, 1, 14)),
        ("الأربعاء", PUB),  # the publication day itself
        ("الأربعاء الماضي", dt.date(2020, 1, 8)),
        ("الخميس المقبل", dt.date(2020, 1, 16)),
        ("الأربعاء المقبل", dt.date(2020, 1, 22)),
        ("السبت القادم", dt.date(2020, 1, 18)),
        ("في 10 ديسمبر", dt.date(2019, 12, 10)),
        ("في 10 ديسمبر 2018", dt.date(2018, 12, 10)),
        ("في 10 كانون الأول", dt.date(2019, 12, 10)),
        ("في 3 كانون الثاني الجاري", dt.date(2020, 1, 3)),
        ("في 14 تشرين الأول عام 2019", dt.date(2019, 10, 14)),
        ("في 20 شباط", dt.date(2020, 2, 20)),
        ("في العاشر من ديسمبر", dt.date(2019, 12, 10)),
        ("في الحادي عشر من نوفمبر", dt.date(2019, 11, 11)),
        ("في الثاني والعشرين من كانون الأول", dt.date(2019, 12, 22)),
        ("يوم 5 جانفي", dt.date(2020, 1, 5)),  # Maghreb month names
        ("يوم 12 دجنبر", dt.date(2019, 12, 12)),
        ("بيان قوى 14 آذار", None),
        ("في كانون الأول (ديسمبر) الماضي", None),  # a month, no day
        ("في تشرين الثاني الماضي", None),  # a movement's name, not a date
        ("في ذكرى ثورة 25 يناير", None),
        ("قال الوزير إن بلاده تدعم الحل", None),
    ],
)
def test_named_dates(text: str, expected: dt.date | None) -> None:
    assert resolve(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("في 15 جمادى الأولى 1441", dt.date(2020, 1, 10)),
        ("في 15 جمادى الأولى 1441هـ", dt.date(2020, 1, 10)),
        ("في 1 رمضان 1441", dt.date(2020, 4, 24)),
        ("في العاشر من ذي الحجة 1440", dt.date(2019, 8, 11)),
        ("في الخامس من ربيع الآخر", dt.date(2019, 12, 2)),
    ],
)
def test_hijri_dates_umm_al_qura(text: str, expected: dt.date) -> None:
    pytest.importorskip("hijridate", reason="Umm al-Qura table needs hijridate (pip install "
                        "hijridate==2.6.0); without it dates are tabular, a day or two off")
    assert resolve(text) == expected


def test_event_date_from_sentence_and_article() -> None:
    text = "قصفت الطائرات الروسية مدينة إدلب أمس. وكانت قد قصفت حلب في 10 كانون الأول."
    doc = Pipeline()(make_article(text, published=PUB, doc_id="d"))
    code_events(doc)
    dates = sorted(e.date for e in doc.events if e.date is not None)
    assert dt.date(2020, 1, 14) in dates


def test_no_published_date_gives_no_date() -> None:
    doc = Pipeline()(make_article("قصفت الطائرات الروسية مدينة إدلب أمس.", doc_id="d"))
    code_events(doc)
    assert all(e.date is None for e in doc.events)


dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31))


@given(pub=dates, day=st.sampled_from(sorted(WEEKDAYS)), after=st.sampled_from(["", "الماضي",
                                                                                "المقبل"]))
def test_weekdays_land_on_that_weekday_within_a_week(pub: dt.date, day: str, after: str) -> None:
    got = resolve(f"يوم ال{day} {after}".strip(), pub)
    assert got is not None
    assert got.weekday() == WEEKDAYS[day]
    delta = (got - pub).days
    assert (1 <= delta <= 7) if after == "المقبل" else (-7 <= delta <= 0)
    if after == "الماضي":
        assert delta < 0


@given(pub=dates, day=st.integers(1, 28), month=st.sampled_from(["يناير", "مايو", "ديسمبر",
                                                                  "آذار", "تشرين الأول"]))
def test_dates_without_year_are_the_nearest(pub: dt.date, day: int, month: str) -> None:
    got = resolve(f"في {day} {month}", pub)
    assert got is not None and got.day == day
    assert abs((got - pub).days) <= 184


@given(year=st.integers(1400, 1480), month=st.integers(1, 12), day=st.integers(1, 29))
def test_tabular_hijri_is_close_to_umm_al_qura(year: int, month: int, day: int) -> None:
    assert abs((_tabular(year, month, day) - hijri_to_gregorian(year, month, day)).days) <= 2
