"""Latency of the API's list endpoints over 100,000 stored events.

Codes real articles with marsad (the example article, plus the dev gold articles when
../shared is beside the repo), copies them under new ids and dates spread over two years until
the store holds --events events, serves it with ``marsad serve`` on 127.0.0.1, and times
--requests requests per endpoint with httpx. Prints p50/p95 per endpoint (milliseconds) and
exits non-zero when a p95 is over --budget. Everything is temporary and bounded.

    python bench/bench_api.py [--events 100000] [--requests 200] [--budget 100]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def real_docs() -> list:  # type: ignore[type-arg]
    from marsad.ingest import read_paths
    from marsad.model import Article
    from marsad.pipeline import load_pipeline

    paths = [str(REPO / "examples")]
    gold = SHARED / "gold" / "dev" / "news.jsonl"
    if gold.exists():
        paths.append(str(gold))
    pipeline = load_pipeline()
    docs = [pipeline(a) for a in read_paths(paths) if isinstance(a, Article)]
    return [d for d in docs if d.events]


def fill(db: str, target: int, seed: int = 7) -> tuple[int, int]:
    """Copies of the coded docs with shifted dates until ``target`` events; (articles, events)."""
    from marsad.store import Store

    rng = random.Random(seed)
    docs = real_docs()
    start = dt.date(2023, 1, 1)
    events = articles = 0
    with Store(db) as store:
        batch = []
        while events < target:
            doc = rng.choice(docs)
            day = start + dt.timedelta(days=rng.randrange(730))
            copy = dataclasses.replace(doc)  # shallow: only article and event dates change
            copy.article = dataclasses.replace(
                doc.article, doc_id=f"{doc.article.doc_id}-{articles}", published=day
            )
            copy.events = [dataclasses.replace(ev, date=day) for ev in doc.events]
            batch.append(copy)
            events += len(copy.events)
            articles += 1
            if len(batch) >= 2000:
                store.write_docs(batch)
                batch = []
        store.write_docs(batch)
    return articles, events


def count(db: str) -> tuple[int, int]:
    from marsad.store import Store

    with Store(db) as store:
        return store.count("articles"), store.count("events")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def scenarios(client: httpx.Client) -> dict[str, list[str]]:
    """Request paths per endpoint; the deep-page one follows real cursors."""
    cursors = []
    cursor = None
    for _ in range(40):
        body = client.get("/api/events", params={"cursor": cursor} if cursor else {}).json()
        cursor = body["next_cursor"]
        cursors.append(cursor)
    return {
        "events": ["/api/events"],
        "events deep pages": [f"/api/events?cursor={c}" for c in cursors if c],
        "events type=ASSAULT": ["/api/events?type=ASSAULT"],
        "events quad=4 one month": ["/api/events?quad=4&from=2024-03-01&to=2024-03-31"],
        "events actor_country=ISR": ["/api/events?actor_country=ISR"],
        "events recipient_country=PSE sector=CVL": [
            "/api/events?recipient_country=PSE&sector=CVL"
        ],
        "events name=Hamas": ["/api/events?name=hamas"],
        "events place=Gaza": ["/api/events?place=Gaza"],
        "events text=الرئيس": ["/api/events?text=الرئيس"],
        "events text=الدلنج (rare)": ["/api/events?text=الدلنج"],
        "articles": ["/api/articles"],
        "articles deep": ["/api/articles?from=2023-06-01&to=2023-06-30"],
        "actors": ["/api/actors"],
        "actors country=ISR": ["/api/actors?country=ISR"],
        "places": ["/api/places"],
        "places quad=4": ["/api/places?quad=4"],
        "counts/daily": ["/api/counts/daily"],
        "counts/daily actor_country=ISR": ["/api/counts/daily?actor_country=ISR"],
        "network": ["/api/network"],
        "network quad=4": ["/api/network?quad=4"],
    }


def measure(client: httpx.Client, paths: list[str], n: int) -> list[float]:
    for path in paths[:3]:  # warm up
        client.get(path).raise_for_status()
    times = []
    for i in range(n):
        t0 = time.perf_counter()
        client.get(paths[i % len(paths)]).raise_for_status()
        times.append((time.perf_counter() - t0) * 1000)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--budget", type=float, default=100.0, help="p95 limit in ms")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--db", help="SQLite file to fill and keep (reused when it exists)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.db) if args.db else Path(tmp) / "bench.db"
        db = f"sqlite:///{path}"
        if path.exists():
            articles, events = count(db)
            print(f"reusing {path}: {events} events from {articles} articles")
        else:
            t0 = time.perf_counter()
            articles, events = fill(db, args.events)
            took = time.perf_counter() - t0
            print(f"stored {events} events from {articles} articles in {took:.0f} s")
        port = free_port()
        serve = ["serve", "--db", db, "--port", str(port)]
        server = subprocess.Popen(
            [sys.executable, "-c", "from marsad.cli import main; main()", *serve],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        results = {}
        try:
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
                deadline = time.monotonic() + 60
                while True:
                    try:
                        client.get("/api/places?limit=1")
                        break
                    except httpx.TransportError:
                        if time.monotonic() > deadline or server.poll() is not None:
                            raise SystemExit("the server did not start") from None
                        time.sleep(0.2)
                print(f"{'endpoint':<42} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
                for name, paths in scenarios(client).items():
                    times = sorted(measure(client, paths, args.requests))
                    p50 = statistics.median(times)
                    p95 = times[int(0.95 * (len(times) - 1))]
                    results[name] = {"p50": round(p50, 1), "p95": round(p95, 1)}
                    print(f"{name:<42} {p50:8.1f} {p95:8.1f} {times[-1]:8.1f}")
        finally:
            server.terminate()
            server.wait(timeout=10)
    worst = max(r["p95"] for r in results.values())
    print(f"worst p95: {worst:.1f} ms (budget {args.budget:.0f} ms) over {events} events")
    if args.json:
        summary = {"events": events, "articles": articles, "endpoints": results}
        Path(args.json).write_text(json.dumps(summary, ensure_ascii=False, indent=1))
    return 0 if worst <= args.budget else 1


if __name__ == "__main__":
    sys.exit(main())
