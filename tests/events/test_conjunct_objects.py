"""The targets of the last sentence's attacks (على الشرطة والجيش) are not its subject: a light
verb that opens the next sentence (وبدأت الهجمات) does not make them the attackers.
(Sentences written for these tests.)"""

from __future__ import annotations

import marsad


def test_targets_joined_by_wa_are_not_carried_as_attackers() -> None:
    text = (
        "قتلت موجة من الهجمات على الشرطة والجيش الأفغاني في كابول 50 شخصا. "
        "وبدأت الهجمات أمس بتفجير شاحنة ملغومة في العاصمة."
    )
    doc = marsad.code(text)
    attackers = {a.entity_name for e in doc.events for a in e.actor}
    assert "Afghan police" not in attackers and "Afghan Armed Forces" not in attackers
