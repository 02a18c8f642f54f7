"""Coding speed and memory on real Arabic news (the SaudiNewsNet political subset).

    python bench/bench_code.py [--limit N] [--warmup N] [--data DIR] [--stages]

Runs the default pipeline on one core, in one process: a few articles first to load the
resources (not timed), then the wall-clock time of the rest. Reports articles/s, sentences/s,
events found, stage errors and peak memory (``resource.getrusage``). The data are for
benchmarks only (CC BY-NC-SA); they are read from ../shared beside the repository.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

from saudinewsnet import DEFAULT_DATA, read_articles

from marsad.model import Doc
from marsad.pipeline import Pipeline
from marsad.registry import StageFn


def timed_pipeline(totals: dict[str, float]) -> Pipeline:
    """The default pipeline with each stage's time added to ``totals``."""
    pipeline = Pipeline()

    def wrap(name: str, fn: StageFn) -> StageFn:
        def run(doc: Doc) -> None:
            start = time.perf_counter()
            try:
                fn(doc)
            finally:
                totals[name] += time.perf_counter() - start

        return run

    pipeline.stages = [dataclasses.replace(st, fn=wrap(st.name, st.fn)) for st in pipeline.stages]
    return pipeline


def peak_rss_mib() -> float:
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux, bytes on macOS
    return kib / 1024 / (1024 if sys.platform == "darwin" else 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=500, help="articles to time (default 500)")
    parser.add_argument("--warmup", type=int, default=5, help="untimed articles first")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of JSONL files")
    parser.add_argument("--stages", action="store_true", help="also time each stage")
    args = parser.parse_args()
    if not args.data.is_dir():
        sys.exit(f"bench: {args.data} not found: put the project's shared/ beside the repo")
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as users run it

    totals: dict[str, float] = defaultdict(float)
    pipeline = timed_pipeline(totals) if args.stages else Pipeline()
    articles = list(read_articles(args.data, args.warmup + args.limit))
    warm, timed = articles[: args.warmup], articles[args.warmup :]
    for article in warm:
        pipeline(article)
    totals.clear()

    sentences = events = errors = chars = 0
    start = time.perf_counter()
    for article in timed:
        doc = pipeline(article)
        sentences += len(doc.sentences)
        events += len(doc.events)
        errors += bool(doc.errors)
        chars += len(article.text)
    seconds = time.perf_counter() - start

    rows = [
        ("articles", f"{len(timed)}"),
        ("characters", f"{chars}"),
        ("sentences", f"{sentences}"),
        ("events", f"{events}"),
        ("articles with stage errors", f"{errors}"),
        ("wall time (s)", f"{seconds:.2f}"),
        ("articles/s", f"{len(timed) / seconds:.1f}" if seconds else "-"),
        ("sentences/s", f"{sentences / seconds:.1f}" if seconds else "-"),
        ("peak memory (MiB)", f"{peak_rss_mib():.0f}"),
    ]
    if args.stages:
        rows += [
            (f"  {name} (ms/article)", f"{1000 * t / len(timed):.2f}") for name, t in totals.items()
        ]
    width = max(len(r[0]) for r in rows)
    print(
        f"marsad coding benchmark: {args.data.name}, one core, after {len(warm)} warm-up articles"
    )
    for label, value in rows:
        print(f"{label:<{width}}  {value:>10}")


if __name__ == "__main__":
    main()
