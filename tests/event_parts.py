"""Events of one type from the whole pipeline, and their parties' raw texts (event tests)."""

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


def events(text: str) -> list[Event]:
    return marsad.code(text, published=PUB).events


def reported(text: str, kind: str) -> list[Event]:
    """The events of ``kind`` that the text says took place (not negated, not hypothetical)."""
    return [
        e
        for e in events(text)
        if e.event == kind and not e.negated and e.auxiliary != "hypothetical"
    ]


def countries(text: str, kind: str) -> list[set[str | None]]:
    """The doers' states of each event of ``kind`` reported as done (no auxiliary at all)."""
    return [
        {a.country for a in e.actor}
        for e in events(text)
        if e.event == kind and not e.negated and not e.auxiliary
    ]
