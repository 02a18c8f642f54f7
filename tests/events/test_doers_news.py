"""Doers on unseen news: a quoted genitive doer before a لـ-object (استهداف «X» لـY), a
quoted subject right after the verb, and a possessive pronoun owned by the light verb's
subject or the nearest agreeing actor. Whole pipeline; sentences written for these tests."""

from __future__ import annotations

import marsad
from marsad.model import Event

PUB = "2021-03-10"


def of_type(text: str, kind: str) -> list[Event]:
    return [e for e in marsad.code(text, published=PUB).events if e.event == kind]


def actors(ev: Event) -> list[str]:
    return [a.raw_text for a in ev.actor]


def recipients(ev: Event) -> list[str]:
    return [r.raw_text for r in ev.recipient]


def test_quoted_genitive_doer_before_lam_object_attacks() -> None:
    (ev,) = of_type("وندد البيان باستهداف «داعش» لمساجد الشيعة في المنطقة الشرقية.", "ASSAULT")
    assert actors(ev) == ["داعش"]
    assert "داعش" not in recipients(ev)


def test_genitive_doer_with_lam_target_after_condemnation() -> None:
    text = 'وأدان الوزير استهداف "حزب الله" للقوات الإسرائيلية في الجنوب.'
    (ev,) = of_type(text, "ASSAULT")
    assert actors(ev) == ["حزب الله"]
    assert recipients(ev) == ["للقوات الإسرائيلية"]
    # the condemner is not the party named in quotes several words after the verb
    assert all("حزب الله" not in actors(e) for e in of_type(text, "ACCUSE"))


def test_quoted_subject_right_after_verb() -> None:
    (ev,) = of_type("وتستهدف «داعش» الشباب العربي عبر الإنترنت.", "ASSAULT")
    assert actors(ev) == ["داعش"]


def test_possessive_owned_by_subject_of_light_verb_across_apposition() -> None:
    text = ("وأعربت قطر، الحليف الإقليمي الأبرز لتركيا، عن تضامنها الكامل مع "
            "الجمهورية التركية.")
    (ev,) = of_type(text, "SUPPORT")
    assert actors(ev) == ["قطر"]


def test_masculine_possessive_does_not_take_a_state() -> None:
    # ه (his) cannot point back to a state, which Arabic treats as feminine
    text = "وزار الرئيس الفرنسي مصر، وأعلن دعمه للحكومة اللبنانية."
    evs = of_type(text, "SUPPORT")
    assert evs
    assert all(actors(ev) != ["مصر"] for ev in evs)
