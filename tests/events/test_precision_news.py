"""Precision on unseen news: verbal nouns that name a kind of act rather than one that
happened (judged, averted, faced as charges, the cognate object of a verb), names that own a
verbal noun's object, an unnamed plural doer reported by a sayer, and a co-host after مع
who is not the one called on. Whole pipeline; sentences written for these tests."""

from __future__ import annotations

import pytest

import marsad
from marsad.model import Event

PUB = "2021-03-10"


def events(text: str) -> list[Event]:
    return marsad.code(text, published=PUB).events


def of_type(text: str, kind: str) -> list[Event]:
    return [e for e in events(text) if e.event == kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a verbal noun judged by a nominal predicate: a norm, not a reported act
        ("وأكد المتحدث باسم الجيش العراقي أن قصف الأحياء السكنية جريمة حرب.", "ASSAULT"),
        ("وقال وزير الخارجية الإيراني إن استهداف السفارات بات أمرا مرفوضا.", "ASSAULT"),
        ("وقال رئيس الوزراء الأردني إن اقتحام المسجد الأقصى يشكل انتهاكا للقانون الدولي.",
         "COERCE"),
        # an act avoided or prevented
        ("وقال وزير الدفاع التركي إن أنقرة تسعى إلى تجنب الاشتباكات مع القوات السورية.",
         "ASSAULT"),
        ("وقال وزير الدفاع التركي إن أنقرة تريد منع الاشتباكات مع القوات السورية.", "ASSAULT"),
        # facing charges is no confrontation
        ("وأوضح زعيم المعارضة الهندية أن وزيرة الخارجية الهندية تأخرت بسبب مواجهتها لتهم فساد.",
         "ASSAULT"),
    ],
)
def test_generic_verbal_noun_is_no_event(text: str, kind: str) -> None:
    assert of_type(text, kind) == []


def test_judged_act_with_article_stays_an_event() -> None:
    # الهجوم with the article is the attack that happened; the judgement does not undo it
    found = of_type("وشن الجيش الإسرائيلي هجوما على غزة، وقالت مصر إن الهجوم جريمة.", "ASSAULT")
    assert [e.actor[0].country for e in found][:1] == ["ISR"]


def test_cognate_object_takes_no_actor_of_its_own() -> None:
    # تركيا is accused here, not the accuser
    found = events("وأصدرت فصائل المعارضة بيانا يتهمون فيها تركيا باتهامات خطيرة.")
    assert not any(a.country == "TUR" for e in found if e.event == "ACCUSE" for a in e.actor)


def test_owner_of_the_object_is_not_the_doer() -> None:
    found = of_type(
        "وقالت الشرطة العراقية إن مجهولين نفذوا عملية تفجير أنبوب نفط إقليم كردستان قرب كركوك.",
        "ASSAULT",
    )
    assert len(found) == 1
    assert found[0].actor[0].sector_code == "UAF"  # unknown men, not the KRG nor the police


def test_unnamed_plural_doer_is_not_the_sayer() -> None:
    found = of_type("وقالت الشرطة العراقية إن مسلحين نفذوا هجوما على حاجز قرب كركوك.", "ASSAULT")
    assert [e.actor[0].sector_code for e in found] == ["UAF"]


def test_named_doer_after_an_is_kept() -> None:
    found = of_type("وقالت الشرطة العراقية إن الحوثيين نفذوا هجوما على حاجز في مأرب.", "ASSAULT")
    assert [e.actor[0].country for e in found] == ["YEM"]


def test_verb_chain_with_adjective_keeps_its_subject() -> None:
    found = of_type("ونفذ هجوما انتحاريا تنظيم داعش في بغداد.", "ASSAULT")
    assert [e.actor[0].entity_name for e in found] == ["Islamic State"]


def test_co_host_after_ma_is_not_called_on() -> None:
    found = of_type(
        "ودعا وزير الخارجية الأردني في مؤتمر صحفي مشترك مع نظيره العراقي جميع الأطراف "
        "إلى الحوار.",
        "REQUEST",
    )
    assert len(found) == 1
    assert found[0].actor[0].country == "JOR"
    assert not any(r.country == "IRQ" for r in found[0].recipient)


@pytest.mark.parametrize(
    "text",
    [
        "ودعت الحكومة العراقية المحتجين إلى الحوار، غير أنهم رفضوا الدعوة بشدة.",
        "وتعثرت المفاوضات طويلا، غير أن مصر تعهدت بمواصلة الوساطة.",
    ],
)
def test_ghayr_anna_is_however_not_a_negation(text: str) -> None:
    found = [e for e in events(text) if e.event in ("REJECT", "AGREE")]
    assert found
    assert not any(e.negated for e in found)


def test_sayer_of_deaths_is_not_the_attacker() -> None:
    found = of_type(
        "وقال المتحدث باسم الجيش الأمريكي إن ثلاثة جنود قتلوا في الهجوم على القاعدة.", "ASSAULT"
    )
    # no one is named as the attacker: at most an unattributed attack, never the spokesman's
    assert not any(a.country == "USA" for e in found for a in e.actor)


def test_attacker_named_inside_the_report_is_kept() -> None:
    found = of_type(
        "وأعلن الرئيس الأوكراني أن عشرين جنديا قتلوا في الهجوم الروسي، وأن آخرين أصيبوا "
        "في المعارك.",
        "ASSAULT",
    )
    assert any(a.country == "RUS" for e in found for a in e.actor)
