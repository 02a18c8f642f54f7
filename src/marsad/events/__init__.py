"""Event coding: PLOVER codebook, trigger lexicon and the event stage."""

from __future__ import annotations

from marsad.events.coder import code_events, explain
from marsad.events.explanation import explain_text
from marsad.events.plover import CONTEXTS, EVENT_TYPES, quad_code

__all__ = ["CONTEXTS", "EVENT_TYPES", "code_events", "explain", "explain_text", "quad_code"]
