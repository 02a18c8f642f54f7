"""Gunmen of a group after a verb (اختطف مسلحون تابعون لجماعة الحوثي) are the group acting;
gunmen of no group stay unnamed. (Sentences written for these tests.)"""

from __future__ import annotations

import marsad


def _parties(text: str) -> list[tuple[str, list[str], list[str]]]:
    doc = marsad.code(text)
    return [
        (e.event, [a.entity_name for a in e.actor], [r.entity_name for r in e.recipient])
        for e in doc.events
    ]


def test_the_group_whose_gunmen_act_is_the_doer() -> None:
    text = "اختطف مسلحون تابعون لجماعة الحوثي عشرة من قياديي حزب الإصلاح في صنعاء."
    assert _parties(text) == [("ASSAULT", ["Houthis (Ansar Allah)"], ["Al-Islah"])]


def test_gunmen_of_no_group_are_unnamed() -> None:
    [(kind, actor, _)] = _parties("واغتال مسلحون مجهولون ضابطا في عدن.")
    assert kind == "ASSAULT" and actor == ["unattributed (UAF)"]
