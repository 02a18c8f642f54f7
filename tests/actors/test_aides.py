"""A name before a title's aide (كمال الدباغ مستشار الرئيس العراقي) is the aide: of the office
holder's state, and never the office holder himself. (Sentences written for these tests.)"""

from __future__ import annotations

from marsad.actors import lookup


def test_the_aide_is_not_the_president() -> None:
    text = "وقال كمال الدباغ مستشار الرئيس العراقي إن الحكومة ستجتمع غدا."
    found = {m.text: (m.actor.entity_name, m.actor.country) for m in lookup(text, None)}
    assert found["كمال الدباغ"] == ("Kamal al-Dabagh", "IRQ")
    assert found["الرئيس العراقي"][0] != "Kamal al-Dabagh"


def test_a_name_before_the_title_itself_is_its_holder() -> None:
    text = "وقال جوناثان هوفمان المتحدث باسم البنتاغون إن القصف توقف."
    found = {m.text: (m.actor.entity_name, m.actor.country) for m in lookup(text, None)}
    assert found["جوناثان هوفمان"] == ("Jonathan Hofman", "USA")
