"""The two output records: one PLOVER event line per event, one docs line per article.

Field names and shapes are the contract in DESIGN.md; scripts downstream rely on them.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from marsad import __version__
from marsad.ingest.reject import Reject
from marsad.model import Doc, Event, Place

CODER = f"marsad {__version__}"

# PLOVER quad classes (1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict),
# used only if the events codebook cannot be imported.
_QUAD_FALLBACK = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), 1),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), 2),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN"), 3),
    **dict.fromkeys(("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"), 4),
}


def quad_code(event_type: str) -> int | None:
    """The PLOVER quad class of an event type (None for a type PLOVER does not know)."""
    try:
        from marsad.events.plover import EVENT_TYPES
    except ImportError:
        return _QUAD_FALLBACK.get(event_type)
    known = EVENT_TYPES.get(event_type)
    return known.quad_code if known is not None else _QUAD_FALLBACK.get(event_type)


def event_id(doc_id: str, event: Event) -> str:
    """Stable id: the same article coded the same way gives the same id on every run.

    Type, trigger, clause and party spans together tell apart even two events of one type
    coded from one clause for different parties.
    """
    parts = [doc_id, event.event, *map(str, event.event_span), *map(str, event.text_span)]
    for role, parties in (("a", event.actor), ("r", event.recipient)):
        parts += [f"{role}{p.span[0]}-{p.span[1]}" for p in parties]
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:20]


def place_record(place: Place | None) -> dict[str, Any] | None:
    return place.to_dict() if place is not None else None


def event_record(doc: Doc, event: Event) -> dict[str, Any]:
    """One PLOVER event line (DESIGN.md), with our extra fields (spans, confidence, coder)."""
    article = doc.article
    date = event.date or article.published
    return {
        "id": event_id(article.doc_id, event),
        "doc_id": article.doc_id,
        "date": date.isoformat() if date else None,
        "event": [event.event],
        "mode": [event.mode] if event.mode else [],
        "context": list(event.context),
        "quad_code": quad_code(event.event),
        "actor": [a.to_dict() for a in event.actor],
        "recipient": [r.to_dict() for r in event.recipient],
        "event_text": event.event_text,
        "event_span": list(event.event_span),
        "text": event.text,
        "text_span": list(event.text_span),
        "event_loc": place_record(event.event_loc),
        "negated": event.negated,
        "auxiliary": event.auxiliary,
        "confidence": round(event.confidence, 4),
        "coder": CODER,
        "cite_info": {"url": article.url, "outlet": article.outlet, "title": article.title},
    }


def doc_record(doc: Doc) -> dict[str, Any]:
    """One docs line: the article's metadata and everything found in it besides events."""
    article = doc.article
    return {
        "doc_id": article.doc_id,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "url": article.url,
        "outlet": article.outlet,
        "sentences": [list(s) for s in doc.sentences],
        "actors": [a.to_dict() for a in doc.actors],
        "quotes": [q.to_dict() for q in doc.quotes],
        # feature and locative (is it where something happened?) help map users
        "places": [
            {**p.to_dict(), "feature": p.feature, "locative": p.locative} for p in doc.places
        ],
        "errors": [e.to_dict() for e in doc.errors],
    }


def reject_record(reject: Reject) -> dict[str, Any]:
    """A docs line for input that was refused: empty findings and the reason under errors."""
    return {
        "doc_id": reject.doc_id,
        "title": None,
        "published": None,
        "url": None,
        "outlet": None,
        "source": reject.source,
        "sentences": [],
        "actors": [],
        "quotes": [],
        "places": [],
        "errors": [{"stage": "ingest", "code": reject.code, "message": reject.reason}],
    }


def dumps(record: dict[str, Any]) -> str:
    """One JSON line, Arabic kept readable."""
    return json.dumps(record, ensure_ascii=False)
