"""The line that links to the story in another paper and repeats its headline (رابط الخبر
بصحيفة X: ...) is a title: no event and no quote comes from it. (Article written for these
tests.)"""

from __future__ import annotations

import marsad

TEXT = (
    "قالت المعارضة السورية إن قوات النظام استهدفت بلدتين في ريف إدلب بالبراميل المتفجرة أمس.\n"
    "رابط الخبر بصحيفة الوئام: المعارضة السورية: النظام استهدف بلدتين بالبراميل"
)


def test_the_link_line_gives_no_event_and_no_quote() -> None:
    doc = marsad.code(TEXT)
    link = TEXT.index("رابط الخبر")
    assert [e.event_text for e in doc.events] == ["استهدفت"]
    assert all(e.text_span[0] < link for e in doc.events)
    assert all(q.quote_span[0] < link for q in doc.quotes)
