"""Cut an article into segments, each with the annotations (actors, places, event triggers,
quotes) whose spans cover it, so that a template can highlight them without building markup
from the untrusted text itself."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


@dataclass(slots=True)
class Segment:
    text: str
    kinds: list[str] = field(default_factory=list)  # actor, place, event, quote
    glosses: list[str] = field(default_factory=list)  # English, one per annotation


def _where(country: str | None, sector: str | None) -> str:
    parts = [p for p in (country, sector) if p]
    return f" ({' '.join(parts)})" if parts else ""


def _parties(parties: list[dict[str, Any]]) -> str:
    return ", ".join(p["entity_name"] for p in parties) or "?"


def notes_of(article: dict[str, Any]) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, English gloss) for everything coded in the article."""
    out: list[tuple[int, int, str, str]] = []
    for m in article["mentions"]:
        gloss = f"actor: {m['entity_name']}{_where(m['country'], m['sector_code'])}"
        out.append((m["span"][0], m["span"][1], "actor", gloss))
    for p in article["places"]:
        out.append((p["span"][0], p["span"][1], "place", f"place: {p['name']}, {p['country']}"))
    for e in article["events"]:
        quad = QUAD_NAMES.get(e["quad_code"] or 0, "")
        gloss = (
            f"event: {'/'.join(e['event'])}{f' ({quad})' if quad else ''}: "
            f"{_parties(e['actor'])} → {_parties(e['recipient'])}"
            + (" [negated]" if e["negated"] else "")
        )
        out.append((e["event_span"][0], e["event_span"][1], "event", gloss))
    for q in article["quotes"]:
        who = q["speaker"] or "unattributed"
        out.append((q["quote_span"][0], q["quote_span"][1], "quote", f"quote by {who}"))
    return out


def segments(text: str, notes: list[tuple[int, int, str, str]]) -> list[Segment]:
    """Consecutive pieces of ``text``; a piece's annotations all cover the whole piece."""
    n = len(text)
    spans = [(max(0, s), min(n, e), k, g) for s, e, k, g in notes if 0 <= s < e]
    cuts = sorted({0, n, *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    out: list[Segment] = []
    for a, b in pairwise(cuts):
        if a >= b:
            continue
        seg = Segment(text[a:b])
        for s, e, kind, gloss in spans:
            if s <= a and b <= e:
                if kind not in seg.kinds:
                    seg.kinds.append(kind)
                seg.glosses.append(gloss)
        out.append(seg)
    return out
