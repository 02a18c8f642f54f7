"""Right country for the actors in the gold's events.

    python bench/actor_country.py [GOLD] [--misses]

For every actor and recipient of every gold event (``events[].actor`` / ``recipient`` with a
country), asks whether marsad found that party with the right country: a mention whose actor
has the same entity name, or a mention overlapping one of the party's surface forms in the
text (``raw_text`` of the gold actor with that name), whose resolved country equals the gold
country. Reports the share over distinct parties per article (the headline figure) and over
event-party instances. A second, looser figure also accepts, for a party the gold lists no
surface form for (``civilians``, ``Russian lawmakers``), any mention with the party's country
inside the event's sentence. GOLD defaults to ../shared/gold/dev beside the repository.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from marsad.evaluate import coded_gold
from marsad.model import Doc

Json = dict[str, Any]
DEFAULT_GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "gold" / "dev"


def _key(name: str | None) -> str:
    return (name or "").strip().casefold()


def _spans(text: str, raw: str) -> Iterator[tuple[int, int]]:
    start = text.find(raw)
    while start >= 0 and raw:
        yield start, start + len(raw)
        start = text.find(raw, start + 1)


def parties(gold: Json) -> list[tuple[Json, str]]:
    """Event parties with a country and their event's sentence, once per event."""
    out: list[tuple[Json, str]] = []
    for ev in gold.get("events", []):
        for role in ("actor", "recipient"):
            out += [(p, ev.get("sentence", "")) for p in ev.get(role, []) if p.get("country")]
    return out


def _raws(name: str, gold: Json) -> list[str]:
    return [
        raw
        for a in gold.get("actors", [])
        if _key(a.get("entity_name")) == name
        for raw in a.get("raw_text", [])
    ]


def found(party: Json, gold: Json, doc: Doc) -> bool:
    """Whether a mention of ``party`` carries the gold country."""
    name, country = _key(party.get("entity_name")), party["country"]
    spans = [s for raw in _raws(name, gold) for s in _spans(gold["text"], raw)]
    for m in doc.mentions:
        named = bool(name) and _key(m.actor.entity_name) == name
        overlaps = any(m.span[0] < e and s < m.span[1] for s, e in spans)
        if (named or overlaps) and m.actor.country == country:
            return True
    return False


def found_in_sentence(party: Json, sentence: str, gold: Json, doc: Doc) -> bool:
    """For a party without surface forms: a mention of its country in the event's sentence."""
    if _raws(_key(party.get("entity_name")), gold):
        return False
    spans = list(_spans(gold["text"], sentence))
    return any(
        m.actor.country == party["country"]
        and any(s <= m.span[0] and m.span[1] <= e for s, e in spans)
        for m in doc.mentions
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--misses", action="store_true", help="list the parties not found")
    args = ap.parse_args()
    if not args.gold.exists():
        sys.exit(f"gold not found: {args.gold}")
    distinct_right = distinct_total = inst_right = inst_total = loose_right = 0
    for gold, doc in coded_gold(args.gold):
        seen: dict[tuple[str, str], bool] = {}
        loose: dict[tuple[str, str], bool] = {}
        for p, sentence in parties(gold):
            key = (_key(p.get("entity_name")), p["country"])
            if key not in seen:
                seen[key] = found(p, gold, doc)
            if not loose.get(key):
                loose[key] = seen[key] or found_in_sentence(p, sentence, gold, doc)
            inst_total += 1
            inst_right += seen[key]
        distinct_total += len(seen)
        distinct_right += sum(seen.values())
        loose_right += sum(loose.values())
        if args.misses:
            for (name, country), ok in seen.items():
                if not ok:
                    print(f"miss\t{gold['doc_id']}\t{country}\t{name}")
    share = distinct_right / distinct_total if distinct_total else 0.0
    inst = inst_right / inst_total if inst_total else 0.0
    print(
        f"right country: {share:.3f} of distinct event parties "
        f"({distinct_right}/{distinct_total}); "
        f"{inst:.3f} of event-party instances ({inst_right}/{inst_total})"
    )
    if distinct_total:
        print(
            f"looser (parties without gold surface forms matched in their event's sentence): "
            f"{loose_right / distinct_total:.3f} ({loose_right}/{distinct_total})"
        )


if __name__ == "__main__":
    main()
