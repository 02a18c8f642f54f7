"""Analysts, experts, researchers and writers are titles: the person named after one is an
actor and the speaker of what he says. (Sentences written for these tests.)"""

from __future__ import annotations

import pytest

import marsad
from marsad.actors import lookup


@pytest.mark.parametrize(
    ("text", "name", "country", "sector"),
    [
        ("وقال الخبير العسكري الأردني فايز الدويري إن الهجوم فشل.", "فايز الدويري", "JOR", "CVL"),
        ("ورأى المحلل السياسي سامر القيسي أن الهدنة هشة.", "سامر القيسي", None, "CVL"),
        # two titles joined by و, and an honorific before the name
        ("توقع الكاتب والمحلل السياسي يوسف ناصيف أن تطول الأزمة.", "يوسف ناصيف", None, "CVL"),
        ("وقال الباحث اليمني الدكتور فيصل الحذيفي إن الهدنة لن تصمد.", "فيصل الحذيفي", "YEM", "CVL"),
        ("وكتب الكاتب الصحفي العراقي حامد الساعدي أن البرلمان منقسم.", "حامد الساعدي", "IRQ", "JRN"),
    ],
)
def test_the_person_after_the_title_is_an_actor(
    text: str, name: str, country: str | None, sector: str
) -> None:
    found = [(m.text, m.actor.country, m.actor.sector_code) for m in lookup(text, None)]
    assert (name, country, sector) in found


def test_an_academic_institution_is_no_person() -> None:
    text = "وأعلنت الجامعة عن برامج التأهيل الأكاديمي للمؤسسات الأكاديمية الإسرائيلية."
    assert [m for m in lookup(text, None) if m.actor.kind == "PER"] == []


def test_the_analysts_words_are_his_quote() -> None:
    doc = marsad.code(
        "وقال المحلل السياسي اللبناني سامر القيسي إن الحكومة لن تصمد أكثر من شهرين."
    )
    [quote] = doc.quotes
    assert quote.speaker_span is not None
    assert doc.text[slice(*quote.speaker_span)] == "سامر القيسي"
    assert quote.speaker == "Samer al-Qisi"  # romanised: the knowledge base does not know him
    assert quote.quote.startswith("الحكومة لن تصمد")
