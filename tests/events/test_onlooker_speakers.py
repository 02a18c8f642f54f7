"""The speaker of a quote who only tells of acts (an analyst, a writer, a stranger) is not
their doer; a body that speaks of its own raids is. (Sentences written for these tests.)"""

from __future__ import annotations

import marsad


def test_an_analyst_telling_of_raids_is_not_their_doer() -> None:
    doc = marsad.code("وقال المحلل السياسي سامر القيسي إن الغارات دمرت مواقع الحوثيين.")
    doers = {a.entity_name for e in doc.events for a in e.actor}
    assert "Samer al-Qisi" not in doers
    # an army that speaks of its own raids still does them
    doc = marsad.code("وقال الجيش الإسرائيلي إن الغارات استهدفت مواقع حماس في غزة.")
    assert [a.entity_name for e in doc.events for a in e.actor] == ["Israeli Armed Forces"]
