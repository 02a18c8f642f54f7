"""Rebels, gunmen and militias alone (المتمردون، المسلحين، الميليشيات): the rebel or militia group
the article is about, named near them; never some of them (الميليشيات المتطرفة) or another body's
armed members (عناصرها المسلحين). (Articles written for these tests.)"""

from __future__ import annotations

import marsad
from marsad.actors import lookup

YEMEN = (
    "صنعاء - شن الحوثيون هجوما على مواقع الجيش في مأرب. وقال مصدر عسكري إن الحوثيين قصفوا "
    "القرى بالمدفعية. وأضاف أن المتمردين فروا من مواقعهم بعد ساعات، وأن الميليشيات تكبدت "
    "خسائر كبيرة."
)


def _bare(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.actor.entity_name) for m in lookup(text, None) if m.rule == "bare-armed"]


def test_bare_rebels_and_militias_are_the_group_the_article_is_about() -> None:
    assert _bare(YEMEN) == [
        ("المتمردين", "Houthis (Ansar Allah)"),
        ("الميليشيات", "Houthis (Ansar Allah)"),
    ]


def test_the_group_is_a_party_to_the_events_of_its_bare_name() -> None:
    text = (
        "كابول - قالت حركة طالبان إنها سيطرت على مديرية في ولاية غزني. وأكدت طالبان أنها "
        "لن تتوقف. وهاجم المسلحون مركزا للشرطة في المديرية ليلا."
    )
    doc = marsad.code(text)
    doers = {a.entity_name for e in doc.events if "ASSAULT" in e.event for a in e.actor}
    assert doers == {"Taliban"}


def test_two_groups_named_alike_leave_the_bare_word_unresolved() -> None:
    text = (
        "دمشق - هاجم تنظيم داعش مواقع لهيئة تحرير الشام قرب إدلب. وردت هيئة تحرير الشام "
        "بقصف مواقع داعش. وقال شهود إن المسلحين انسحبوا من القرية."
    )
    assert _bare(text) == []


def test_some_of_them_or_another_bodys_members_are_not_the_group() -> None:
    text = (
        "صنعاء - قاتل الحوثيون في تعز. وقال الحوثيون إنهم سيطروا على المدينة. وأرسلت القبيلة "
        "عناصرها المسلحين لدعم المقاومة، وتحدث التقرير عن الميليشيات المتطرفة في المنطقة."
    )
    assert _bare(text) == []


def test_a_group_named_only_far_away_is_not_assumed() -> None:
    far = " ".join(f"وقال المسؤول إن الاجتماع رقم {n} ناقش الميزانية." for n in range(8))
    text = (
        "قال الحوثيون إنهم سيطروا على المدينة. وأكد الحوثيون ذلك. "
        + far
        + " وفي بوروندي اشتبك المتمردون مع الجيش."
    )
    assert _bare(text) == []
