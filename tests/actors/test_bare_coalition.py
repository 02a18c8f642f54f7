""""The coalition" alone (طيران التحالف، قوات التحالف): the coalition named before it, else the
one fighting where the article's events are; never a bloc or a coalition a clause describes.
(Articles written for these tests.)"""

from __future__ import annotations

import marsad
from marsad.actors import lookup

YEMEN = (
    "عدن - قالت مصادر محلية إن طيران التحالف شن اليوم سلسلة غارات على مواقع للحوثيين في "
    "محافظة لحج جنوبي اليمن. وأضافت أن مقاتلات التحالف استهدفت مخزنا للأسلحة في مدينة الحوطة."
)
IRAQ = (
    "بغداد - أعلنت قيادة العمليات المشتركة في العراق أن طيران التحالف نفذ ثلاث ضربات جوية على "
    "مواقع لتنظيم داعش قرب الموصل. وقال متحدث عسكري إن قوات التحالف دمرت مستودعا للذخيرة في تلعفر."
)


def _coalitions(text: str) -> list[tuple[str, str | None]]:
    return [
        (m.text, m.actor.entity_name)
        for m in lookup(text, None)
        if "التحالف" in m.text and "coalition" in m.actor.entity_name.lower()
    ]


def test_in_yemen_the_coalition_is_the_saudi_led_one() -> None:
    assert _coalitions(YEMEN) == [
        ("التحالف", "Saudi-led coalition"),
        ("التحالف", "Saudi-led coalition"),
    ]


def test_in_iraq_the_coalition_is_the_one_against_isis() -> None:
    found = _coalitions(IRAQ)
    assert [name for _, name in found] == ["Global Coalition against ISIS"] * 2


def test_a_coalition_named_before_is_meant_and_the_span_is_its_own_mention() -> None:
    text = (
        "أعلن التحالف العربي بقيادة السعودية تدمير منصة صواريخ في صعدة. "
        "وقال التحالف إن طائراته رصدت المنصة قبل إطلاقها."
    )
    found = [(m.text, m.actor.entity_name, m.span) for m in lookup(text, None)]
    bare = [f for f in found if f[0] == "التحالف"]
    assert len(bare) == 1 and bare[0][1] == "Saudi-led coalition"
    start = text.index("وقال التحالف") + len("وقال ")
    assert bare[0][2] == (start, start + len("التحالف"))


def test_the_events_of_the_coalition_name_it() -> None:
    doc = marsad.code(YEMEN)
    doers = {a.entity_name for e in doc.events if "ASSAULT" in e.event for a in e.actor}
    assert doers == {"Saudi-led coalition"}


def test_a_political_bloc_called_a_coalition_is_not_a_military_one() -> None:
    text = (
        "بغداد - أعلن التحالف الوطني في العراق رفضه لمشروع قانون الموازنة. وقال التحالف في "
        "بيان إن الحكومة العراقية لم تستشر الكتل السياسية في بغداد."
    )
    assert _coalitions(text) == []


def test_a_coalition_a_clause_describes_is_not_assumed() -> None:
    text = (
        "قال وزير الخارجية الروسي إن التحالف الذي تقترحه موسكو سيضم دولا عدة لمحاربة داعش في "
        "سوريا والعراق."
    )
    assert _coalitions(text) == []


def test_without_a_war_to_place_it_no_coalition_is_assumed() -> None:
    text = "باريس - قال وزير الخارجية الفرنسي إن التحالف سيواصل دعمه للحكومة في مواجهة الأزمة."
    assert _coalitions(text) == []
