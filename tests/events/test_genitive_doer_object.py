"""An armed body named right after a verbal noun, with the thing it acts on after it
(اقتحام ميليشيا الحوثي منزل القيادي، غارات التحالف مواقع الحوثيين), is the doer; a place
word after the name (قصف قوات الدعم السريع شرق الجسر) leaves it the target. (Sentences written for these tests.)"""

from __future__ import annotations

import pytest

from event_parts import events


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "وقالت الشرطة إن اقتحام الميليشيات الحوثية منزل القيادي جرى فجرا في صنعاء.",
            "Houthis (Ansar Allah)",
        ),
        (
            "وأكد الناطق أن اقتحام الجيش العراقي مصفاة بيجي تم بعد معارك عنيفة.",
            "Iraqi Armed Forces",
        ),
    ],
)
def test_the_armed_body_before_the_object_does_it(text: str, doer: str) -> None:
    assert [a.entity_name for e in events(text) for a in e.actor][:1] == [doer]


def test_a_place_word_after_the_name_leaves_it_the_target() -> None:
    text = "وأكد الجيش السوداني في بيان قصف قوات الدعم السريع شرق جسر المنشية في الخرطوم."
    doers = {a.entity_name for e in events(text) if e.event == "ASSAULT" for a in e.actor}
    assert "Rapid Support Forces" not in doers
