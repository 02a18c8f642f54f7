"""Do attacks and protests land on the map? event_loc coverage over a gold folder.

    python bench/event_locations.py [GOLD] [--all] [--quiet]

For every gold ASSAULT or PROTEST event (not negated; optional ones too with --all) whose
sentence names a place (the gold event has an event_loc, or a gold place's raw_text occurs in
its sentence), find marsad's matching event (sentences overlap as GUIDE.md defines it, type the
gold type or one of its alt_events) and check that it has an event_loc in the right country:
the gold event_loc's country, or else the country of a gold place that the sentence names.
Prints the fraction (also over the events whose sentence itself names one of the right gold
places, rather than leaving it to the scene of earlier sentences) and one line per miss
(no matching event, no event_loc, wrong country).
GOLD defaults to ../shared/gold/dev beside the repository.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from marsad.evaluate import coded_gold, sentences_overlap
from marsad.model import Doc, Event

TYPES = frozenset({"ASSAULT", "PROTEST"})
DEFAULT_GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "gold" / "dev"

Json = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Case:
    doc_id: str
    event: str
    sentence: str
    countries: frozenset[str]  # the right countries
    optional: bool
    found: str | None  # the country marsad gave (None: no event or no event_loc)
    why: str  # "ok", "no event", "no event_loc" or "wrong country"
    named: bool  # the sentence itself names a gold place (not only the gold's carried scene)

    @property
    def ok(self) -> bool:
        return self.why == "ok"


def names(sentence: str, raw_text: str) -> bool:
    """Whether ``sentence`` names a place written ``raw_text``, as a whole word that may carry
    proclitics (وبغداد، لليبيا) but no suffix (الجزائري is an adjective, not الجزائر)."""
    raw = re.escape(raw_text)
    if raw_text.startswith("ال"):
        raw = f"(?:{raw}|{re.escape(raw_text[1:])})"  # ل + الX is written للX
    pattern = rf"(?<![\w\u0600-\u06FF])(?:[وف]?[بلك]?){raw}(?![\w\u0600-\u06FF])"
    return re.search(pattern, sentence) is not None


def right_countries(gold_event: Json, places: Iterable[Json]) -> frozenset[str]:
    """Where the gold says the event is: its event_loc, else the places its sentence names."""
    loc = gold_event.get("event_loc")
    if loc and loc.get("country"):
        return frozenset({loc["country"]})
    sentence = gold_event["sentence"]
    return frozenset(
        p["country"] for p in places if names(sentence, p["raw_text"]) and p["country"]
    )


def _matches(ev: Event, g: Json) -> bool:
    if ev.negated or ev.auxiliary == "hypothetical":
        return False
    if ev.event != g["event"] and ev.event not in g.get("alt_events", []):
        return False
    return sentences_overlap(ev.text, g["sentence"])


def cases(gold: Json, doc: Doc, with_optional: bool = False) -> list[Case]:
    """The measured gold events of one article, each with what marsad did."""
    out: list[Case] = []
    candidates = [e for e in doc.events]
    for g in gold["events"]:
        if g["event"] not in TYPES or g.get("negated"):
            continue
        if g.get("optional") and not with_optional:
            continue
        countries = right_countries(g, gold["places"])
        if not countries:
            continue
        named = any(
            names(g["sentence"], p["raw_text"]) and p["country"] in countries
            for p in gold["places"]
        )
        matching = [e for e in candidates if _matches(e, g)]
        located = [e for e in matching if e.event_loc is not None]
        right = [e for e in located if e.event_loc is not None and e.event_loc.country in countries]
        if right:
            loc = right[0].event_loc
            found, why = (loc.country if loc else None), "ok"
        elif located:
            loc = located[0].event_loc
            found, why = (loc.country if loc else None), "wrong country"
        else:
            found, why = None, "no event_loc" if matching else "no event"
        out.append(
            Case(
                gold["doc_id"],
                g["event"],
                g["sentence"],
                countries,
                bool(g.get("optional")),
                found,
                why,
                named,
            )
        )
    return out


def measure(gold_path: Path, with_optional: bool = False) -> list[Case]:
    """Code every gold article with the default pipeline and collect the cases."""
    out: list[Case] = []
    for gold, doc in coded_gold(gold_path):
        out += cases(gold, doc, with_optional)
    return out


def fraction(found: list[Case]) -> float:
    return sum(c.ok for c in found) / len(found) if found else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--all", action="store_true", help="count optional gold events too")
    parser.add_argument("--quiet", action="store_true", help="no per-miss lines")
    args = parser.parse_args(argv)
    found = measure(args.gold, args.all)
    ok = sum(c.ok for c in found)
    print(f"event_loc in the right country: {fraction(found):.3f} ({ok}/{len(found)})")
    named = [c for c in found if c.named]
    print(
        f"  of those whose sentence itself names the place: {fraction(named):.3f}"
        f" ({sum(c.ok for c in named)}/{len(named)})"
    )
    if not args.quiet:
        for c in found:
            if not c.ok:
                want = ",".join(sorted(c.countries))
                print(
                    f"  {c.doc_id} {c.event}{' (optional)' if c.optional else ''}: {c.why}"
                    f"{'' if c.named else ' [sentence names no gold place]'}"
                    f" (want {want}, got {c.found}) | {c.sentence[:110]}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
