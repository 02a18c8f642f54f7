"""The other side of a meeting named after the host's long chain of titles (واجتمع الأمير ...
ولي ولي العهد ... وزير الدفاع مع X) still takes part. (Sentences written for these tests.)"""

from __future__ import annotations

import marsad


def test_the_partner_after_the_titles_is_a_participant() -> None:
    text = (
        "واجتمع الأمير محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير "
        "الدفاع مع وزير الخارجية الأمريكي جون كيري في جدة أمس."
    )
    doc = marsad.code(text, "2015-07-20")
    [meeting] = [e for e in doc.events if e.event == "CONSULT"]
    assert {a.entity_name for a in meeting.actor} == {"Mohammed bin Salman", "John Kerry"}
