"""Invariants of the event stage on generated text: never crashes, spans are faithful."""

from __future__ import annotations

from events_docs import build_doc
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.events import code_events
from marsad.events.plover import EVENT_TYPES, is_valid

WORDS = [
    "قصفت", "الجيش", "روسيا", "مواقع", "في", "غزة", "، ", "و", "دعا", "إلى", "وقف", "إطلاق",
    "النار", "لم", "سيلتقي", "مع", "اعتقلت", "الشرطة", "احتجاجات", "عقوبات", "على", "إيران",
    "“", "”", ".", "بلاده", "أن", "هجوم", "الصين", "رحبت", "بالاتفاق", "أمس", "\n",
]
ACTORS = [("روسيا", "RUS", "GOV"), ("الجيش", "ISR", "MIL"), ("الشرطة", "IRQ", "COP"),
          ("إيران", "IRN", "GOV"), ("الصين", "CHN", "GOV")]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40))
def test_events_are_well_formed(words: list[str]) -> None:
    text = " ".join(words)
    doc = build_doc(text, ACTORS, places=[("غزة", "PSE")])
    code_events(doc)
    for ev in doc.events:
        assert ev.event in EVENT_TYPES
        assert is_valid(ev.event, ev.mode)
        s, e = ev.event_span
        assert text[s:e] == ev.event_text
        ts, te = ev.text_span
        assert text[ts:te] == ev.text and ts <= s and e <= te
        assert ev.actor, "every event names an actor"
        assert 0 < ev.confidence <= 1
        assert ev.auxiliary in (None, "future", "hypothetical")
