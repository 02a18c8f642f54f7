"""Score marsad against gold articles, as ../shared/gold/GUIDE.md defines it.

Events: a system event matches a gold event of the same article when the sentences share at
least half of the shorter one's words (after normalisation), the type is the gold type or one of
its alt_events, the actor country sets intersect and the gold recipient set is empty or
intersects the system's (CONSULT: participants must share at least half of the smaller set).
Matching is one-to-one and greedy. Optional gold events leave the count together with the system
events that match them; negated or hypothetical system events are ignored; a system event that
matches a negated gold event is a false positive. The event-type score uses sentence + type only.
Actors: per article, one-to-one on English name, else on country + sector. Quotes: the reported
words overlap and the speaker matches by name, else by the gold actor's country + sector.
Places: a gold place is right when a system place of the same name has the right country
within 50 km of the gold coordinates.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.model import Doc, Event
from marsad.text.normalize import norm
from marsad.text.tokens import word_forms

_WORD_RE = re.compile(r"[\u0621-\u064A\u0671-\u06D3A-Za-z0-9]+")
MAX_PLACE_KM = 50.0

Json = dict[str, Any]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    def add(self, other: Accuracy) -> None:
        self.right += other.right
        self.total += other.total

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 0.0


@dataclass
class Scores:
    event: Counts = field(default_factory=Counts)
    event_type: Counts = field(default_factory=Counts)
    actor: Counts = field(default_factory=Counts)
    quote: Counts = field(default_factory=Counts)
    place: Accuracy = field(default_factory=Accuracy)

    def add(self, other: Scores) -> None:
        self.event.add(other.event)
        self.event_type.add(other.event_type)
        self.actor.add(other.actor)
        self.quote.add(other.quote)
        self.place.add(other.place)

    def summary(self) -> dict[str, float]:
        return {
            "event_f1": self.event.f1,
            "event_type_f1": self.event_type.f1,
            "actor_f1": self.actor.f1,
            "quote_f1": self.quote.f1,
            "place_accuracy": self.place.value,
        }


@dataclass
class Report:
    overall: Scores
    articles: list[tuple[str, Scores]]


def words(text: str) -> set[str]:
    return set(_WORD_RE.findall(norm(text)))


def sentences_overlap(a: str, b: str) -> bool:
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return False
    return len(wa & wb) >= 0.5 * min(len(wa), len(wb))


def _countries(parties: Iterable[Json]) -> set[str]:
    return {p["country"] for p in parties if p.get("country")}


def _system_event(ev: Event) -> Json:
    return {
        "sentence": ev.text,
        "event": ev.event,
        "actor": [a.to_dict() for a in ev.actor],
        "recipient": [r.to_dict() for r in ev.recipient],
    }


def _event_matches(sys: Json, gold: Json, with_actors: bool) -> bool:
    if sys["event"] != gold["event"] and sys["event"] not in gold.get("alt_events", []):
        return False
    if not sentences_overlap(sys["sentence"], gold["sentence"]):
        return False
    if not with_actors:
        return True
    if gold["event"] == "CONSULT" and sys["event"] == "CONSULT":
        ps = _countries(sys["actor"]) | _countries(sys["recipient"])
        pg = _countries(gold["actor"]) | _countries(gold["recipient"])
        shared = len(ps & pg)
        return shared > 0 and shared >= 0.5 * min(len(ps), len(pg))
    if not _countries(sys["actor"]) & _countries(gold["actor"]):
        return False
    gold_rec = _countries(gold["recipient"])
    return not gold_rec or bool(gold_rec & _countries(sys["recipient"]))


def _greedy(
    golds: Sequence[Json], systems: Sequence[Json], used: set[int], match: Callable[..., bool]
) -> list[int]:
    """For each gold item in order, the first unused matching system item (or -1)."""
    chosen: list[int] = []
    for g in golds:
        pick = -1
        for i, s in enumerate(systems):
            if i not in used and match(s, g):
                pick = i
                break
        if pick >= 0:
            used.add(pick)
        chosen.append(pick)
    return chosen


def score_events(gold_events: Sequence[Json], doc: Doc, with_actors: bool) -> Counts:
    systems = [
        _system_event(e) for e in doc.events if not e.negated and e.auxiliary != "hypothetical"
    ]
    required = [g for g in gold_events if not g.get("optional") and not g.get("negated")]
    optional = [g for g in gold_events if g.get("optional") and not g.get("negated")]

    def match(s: Json, g: Json) -> bool:
        return _event_matches(s, g, with_actors)

    used: set[int] = set()
    hits = _greedy(required, systems, used, match)
    tp = sum(1 for h in hits if h >= 0)
    _greedy(optional, systems, used, match)  # matched optional events leave the count
    fp = len(systems) - len(used)
    return Counts(tp=tp, fp=fp, fn=len(required) - tp)


def _name(value: str | None) -> str:
    return (value or "").strip().casefold()


def score_actors(gold_actors: Sequence[Json], doc: Doc) -> Counts:
    systems = [a.to_dict() for a in doc.actors]
    used: set[int] = set()

    def same_name(s: Json, g: Json) -> bool:
        return bool(_name(s["entity_name"])) and _name(s["entity_name"]) == _name(g["entity_name"])

    def same_code(s: Json, g: Json) -> bool:
        return (s["country"], s["sector_code"]) == (g["country"], g["sector_code"])

    by_name = _greedy(gold_actors, systems, used, same_name)
    rest = [g for g, hit in zip(gold_actors, by_name, strict=True) if hit < 0]
    by_code = _greedy(rest, systems, used, same_code)
    tp = sum(1 for h in by_name if h >= 0) + sum(1 for h in by_code if h >= 0)
    return Counts(tp=tp, fp=len(systems) - tp, fn=len(gold_actors) - tp)


def _speaker_matches(system: str | None, gold: str | None) -> bool:
    s, g = _name(system), _name(gold)
    if not s or not g:
        return False
    return s == g or s in g.split(" and ") or g in s.split(" and ")


def score_quotes(gold_quotes: Sequence[Json], doc: Doc, gold_actors: Sequence[Json] = ()) -> Counts:
    """Speaker F1: the reported words overlap and the speaker is the gold one.

    As for actors, a speaker is the gold one by English name or, failing that, by the country
    and sector that the gold's actor list gives that name (an official whose name marsad does
    not know, or knows only in Arabic, still counts when the state and sector are right).
    """
    codes = {_name(a["entity_name"]): (a.get("country"), a.get("sector_code")) for a in gold_actors}
    systems: list[Json] = []
    for q in doc.quotes:
        ref = doc.mentions[q.speaker_mention].actor if q.speaker_mention >= 0 else None
        code = (ref.country, ref.sector_code) if ref is not None else None
        systems.append({"speaker": q.speaker, "quote": q.quote, "code": code})

    def match(s: Json, g: Json) -> bool:
        if not sentences_overlap(s["quote"], g["quote"]):
            return False
        if _speaker_matches(s["speaker"], g["speaker"]):
            return True
        gold_code = codes.get(_name(g["speaker"]))
        return gold_code is not None and gold_code[0] is not None and s["code"] == gold_code

    used: set[int] = set()
    hits = _greedy(gold_quotes, systems, used, match)
    tp = sum(1 for h in hits if h >= 0)
    return Counts(tp=tp, fp=len(systems) - tp, fn=len(gold_quotes) - tp)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def _place_keys(raw: str) -> set[str]:
    keys: set[str] = set()
    for form in word_forms(norm(raw).replace(" ", "_")):
        keys.add(form.replace("_", " "))
    return keys


def score_places(gold_places: Sequence[Json], doc: Doc) -> Accuracy:
    right = 0
    for g in gold_places:
        gkeys = _place_keys(g["raw_text"])
        for p in doc.places:
            same = bool(gkeys & _place_keys(p.raw_text)) or _name(p.name) == _name(g["name"])
            if (
                same
                and p.country == g["country"]
                and haversine_km(p.lat, p.lon, g["lat"], g["lon"]) <= MAX_PLACE_KM
            ):
                right += 1
                break
    return Accuracy(right=right, total=len(gold_places))


def read_gold(path: Path) -> Iterator[Json]:
    """Gold records from a .jsonl file or every .jsonl file of a folder, in name order."""
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    if not files:
        raise FileNotFoundError(f"no .jsonl gold files in {path}")
    for file in files:
        with file.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line)


def score_article(gold: Json, doc: Doc) -> Scores:
    return Scores(
        event=score_events(gold["events"], doc, with_actors=True),
        event_type=score_events(gold["events"], doc, with_actors=False),
        actor=score_actors(gold["actors"], doc),
        quote=score_quotes(gold["quotes"], doc, gold["actors"]),
        place=score_places(gold["places"], doc),
    )


def coded_gold(gold_path: Path) -> Iterator[tuple[Json, Doc]]:
    """Each gold record with marsad's coding of its text (default pipeline)."""
    from marsad.pipeline import load_pipeline, make_article

    pipeline = load_pipeline()
    for gold in read_gold(gold_path):
        article = make_article(
            gold["text"],
            published=gold.get("published"),
            title=gold.get("title"),
            doc_id=gold["doc_id"],
            url=gold.get("url"),
            outlet=gold.get("outlet"),
        )
        yield gold, pipeline(article)


def evaluate(gold_path: Path) -> Report:
    """Code every gold article with the default pipeline and score it."""
    overall = Scores()
    articles: list[tuple[str, Scores]] = []
    for gold, doc in coded_gold(gold_path):
        scores = score_article(gold, doc)
        overall.add(scores)
        articles.append((gold["doc_id"], scores))
    return Report(overall, articles)


def _row(label: str, s: Scores) -> str:
    cells = [
        f"{c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}"
        for c in (s.event, s.event_type, s.actor, s.quote)
    ]
    return (
        f"{label:<12} "
        + "  ".join(cells)
        + f"  {s.place.value:6.3f} ({s.place.right}/{s.place.total})"
    )


def format_report(report: Report, per_article: bool = False) -> str:
    head = (
        f"{'':<12} {'event P/R/F1':^20}  {'type P/R/F1':^20}  {'actor P/R/F1':^20}"
        f"  {'quote P/R/F1':^20}  place acc"
    )
    lines = [head, _row("overall", report.overall)]
    if per_article:
        lines += [_row(doc_id, s) for doc_id, s in report.articles]
    o = report.overall
    lines.append("")
    lines.append(
        f"event F1 {o.event.f1:.3f} (tp {o.event.tp}, fp {o.event.fp}, fn {o.event.fn}) | "
        f"event-type F1 {o.event_type.f1:.3f} | actor F1 {o.actor.f1:.3f} | "
        f"quote F1 {o.quote.f1:.3f} | place accuracy {o.place.value:.3f}"
    )
    return "\n".join(lines)


def main() -> None:  # pragma: no cover - `python -m marsad.evaluate GOLD`
    import sys

    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    path = Path(args[0]) if args else Path("../shared/gold/dev")
    if "-h" in sys.argv or "--help" in sys.argv:
        print("usage: python -m marsad.evaluate [GOLD_DIR] [--per-article]  (or: marsad eval)")
        return
    if not path.is_dir():
        sys.exit(f"marsad.evaluate: no gold folder at {path}")
    print(format_report(evaluate(path), per_article="--per-article" in sys.argv))


if __name__ == "__main__":
    main()
