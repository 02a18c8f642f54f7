"""A state's adjective after an event noun names the doer even past the noun's own adjectives
(الحصار البحري والجوي الإسرائيلي). (Sentences written for these tests.)"""

from __future__ import annotations

import pytest

import marsad


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("وقال المسؤول إن الحصار البحري والجوي الإسرائيلي على غزة مستمر منذ سنوات.", "Israel"),
        ("وأدان البيان العدوان العسكري الروسي على أوكرانيا.", "Russia"),
    ],
)
def test_the_states_adjective_past_other_adjectives_is_the_doer(text: str, doer: str) -> None:
    doc = marsad.code(text)
    assert [a.entity_name for e in doc.events for a in e.actor] == [doer]
