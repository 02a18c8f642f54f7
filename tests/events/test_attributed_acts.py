"""An act attributed to a group (ونسب الهجوم إلى X، الهجوم المنسوب إلى X) is that group's.
(Sentences written for these tests.)"""

from __future__ import annotations

import pytest

from event_parts import events


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("ونسب الهجوم إلى حزب العمال الكردستاني.", "Kurdistan Workers' Party"),
        ("وقتل جنديان في الهجوم المنسوب إلى حركة الشباب المجاهدين في مقديشو.", "Al-Shabaab"),
        ("ونسبت السلطات التركية التفجير إلى تنظيم داعش.", "Islamic State"),
        ("وقال المسؤول إن الهجوم المنسوب لتنظيم داعش أوقع عشرة قتلى.", "Islamic State"),
    ],
)
def test_the_group_an_attack_is_attributed_to_did_it(text: str, doer: str) -> None:
    attacks = [e for e in events(text) if e.event == "ASSAULT"]
    assert [[a.entity_name for a in e.actor] for e in attacks] == [[doer]]
