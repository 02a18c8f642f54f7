"""Speed of the event stage alone on real Arabic news (the SaudiNewsNet political subset).

    python bench/bench_events.py [--limit N] [--repeat N] [--data DIR]

Runs the stages before events (text, actors, places, quotes) on ``--limit`` articles, untimed;
then times ``marsad.events.code_events`` over all of them ``--repeat`` times on one core, in
one process, after one warm-up pass (lexicon and cue tables load once). Reports sentences/s
and events/s of the event stage; the issue asks for at least 500 sentences/s. The data are
for benchmarks only (CC BY-NC-SA); they are read from ../shared beside the repository.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from saudinewsnet import DEFAULT_DATA, read_articles

from marsad.events import code_events
from marsad.model import Doc
from marsad.pipeline import DEFAULT_STAGES, Pipeline

TARGET = 500.0  # sentences per second (issue 5)

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=300, help="articles to code (default 300)")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes (default 3)")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"bench_events: no data at {args.data} (needs ../shared beside the repo)",
              file=sys.stderr)
        return 2
    before = Pipeline(tuple(s for s in DEFAULT_STAGES if not s.startswith("events.")))
    docs: list[Doc] = [before(a) for a in read_articles(args.data, args.limit)]
    sentences = sum(len(d.sentence_tokens) for d in docs)
    for doc in docs:  # warm-up: loads the lexicon and cue tables
        code_events(doc)
    best = float("inf")
    for _ in range(args.repeat):
        start = time.perf_counter()
        for doc in docs:
            code_events(doc)
        best = min(best, time.perf_counter() - start)
    events = sum(len(d.events) for d in docs)
    rate = sentences / best
    print(f"articles {len(docs)}  sentences {sentences}  events {events}")
    print(f"event stage: {best:.3f} s (best of {args.repeat})  {rate:,.0f} sentences/s  "
          f"{events / best:,.0f} events/s  {len(docs) / best:,.1f} articles/s")
    print(f"target >= {TARGET:.0f} sentences/s: {'ok' if rate >= TARGET else 'TOO SLOW'}")
    return 0 if rate >= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
