"""Load on ``marsad serve`` over loopback: throughput and 99th-percentile latency under
concurrency, per list and filter endpoint, with every error counted.

Fills a SQLite store with --events events (the filler of bench_api.py: real coded articles
copied under new ids and dates), starts ``marsad serve`` on 127.0.0.1, then runs --clients
threads (one keep-alive HTTP connection each) against one endpoint at a time for --seconds.
Prints requests/s, p50 and p99 (milliseconds) and errors per endpoint; exits non-zero on any
error (a status other than 200, a timeout, a refused connection). Bounded and temporary.

    python bench/bench_load.py [--events 100000] [--clients 8] [--seconds 10] [--db FILE]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_api import count, fill, free_port

ENDPOINTS = {
    "list events": "/api/events",
    "list events, page 2 (cursor)": "CURSOR",
    "filter type=ASSAULT": "/api/events?type=ASSAULT",
    "filter quad=4, one month": "/api/events?quad=4&from=2024-03-01&to=2024-03-31",
    "filter actor_country=ISR": "/api/events?actor_country=ISR",
    "filter country + sector": "/api/events?country=PSE&sector=CVL",
    "filter name=hamas": "/api/events?name=hamas",
    "filter place=Gaza": "/api/events?place=Gaza",
    "filter text=الرئيس": "/api/events?text=الرئيس",
    "list articles": "/api/articles",
    "list actors": "/api/actors",
    "list places": "/api/places",
    "counts/daily": "/api/counts/daily",
}


def percentile(sorted_ms: list[float], p: float) -> float:
    if not sorted_ms:
        return float("nan")
    return sorted_ms[min(len(sorted_ms) - 1, int(p / 100 * len(sorted_ms)))]


def hammer(base: str, path: str, clients: int, seconds: float) -> dict[str, float | int]:
    """``clients`` threads request ``path`` for ``seconds``; latencies and errors."""
    latencies: list[list[float]] = [[] for _ in range(clients)]
    errors = [0] * clients
    samples: list[str] = []
    stop = time.monotonic() + seconds

    def worker(i: int) -> None:
        with httpx.Client(base_url=base, timeout=30) as client:
            while time.monotonic() < stop:
                t0 = time.perf_counter()
                try:
                    r = client.get(path)
                    ok = r.status_code == 200
                    if not ok and len(samples) < 3:
                        samples.append(f"{r.status_code} {r.text[:120]}")
                except httpx.HTTPError as err:
                    ok = False
                    if len(samples) < 3:
                        samples.append(repr(err))
                latencies[i].append((time.perf_counter() - t0) * 1000)
                errors[i] += not ok

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    took = time.perf_counter() - t0
    times = sorted(x for per in latencies for x in per)
    for sample in samples:
        print(f"    error: {sample}", file=sys.stderr)
    return {
        "requests": len(times),
        "rps": round(len(times) / took, 1),
        "p50_ms": round(percentile(times, 50), 1),
        "p99_ms": round(percentile(times, 99), 1),
        "max_ms": round(times[-1], 1) if times else float("nan"),
        "errors": sum(errors),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=8, help="concurrent connections")
    parser.add_argument("--seconds", type=float, default=10.0, help="per endpoint")
    parser.add_argument("--db", help="SQLite file to fill and keep (reused when it exists)")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.db) if args.db else Path(tmp) / "load.db"
        db = f"sqlite:///{path}"
        if path.exists():
            articles, events = count(db)
        else:
            t0 = time.perf_counter()
            articles, events = fill(db, args.events)
            print(f"stored {events} events in {time.perf_counter() - t0:.0f} s")
        print(f"serving {events} events from {articles} articles")
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen(
            [sys.executable, "-c", "from marsad.cli import main; main()",
             "serve", "--db", db, "--port", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        results: dict[str, dict[str, float | int]] = {}
        try:
            with httpx.Client(base_url=base, timeout=30) as client:
                deadline = time.monotonic() + 60
                while True:
                    try:
                        first = client.get("/api/events").json()
                        break
                    except httpx.TransportError:
                        if time.monotonic() > deadline or server.poll() is not None:
                            raise SystemExit("the server did not start") from None
                        time.sleep(0.2)
            cursor = first["next_cursor"]
            print(f"{args.clients} clients, {args.seconds:.0f} s per endpoint, loopback")
            print(f"{'endpoint':<32} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
            for name, target in ENDPOINTS.items():
                target = f"/api/events?cursor={cursor}" if target == "CURSOR" else target
                r = hammer(base, target, args.clients, args.seconds)
                results[name] = r
                print(f"{name:<32} {r['rps']:8.1f} {r['p50_ms']:8.1f} {r['p99_ms']:8.1f}"
                      f" {r['errors']:7d}")
        finally:
            server.terminate()
            server.wait(timeout=10)
    total_errors = sum(int(r["errors"]) for r in results.values())
    total = sum(int(r["requests"]) for r in results.values())
    print(f"{total} requests, {total_errors} errors, over {events} events")
    if args.json:
        summary = {"events": events, "articles": articles, "clients": args.clients,
                   "seconds": args.seconds, "endpoints": results}
        Path(args.json).write_text(json.dumps(summary, ensure_ascii=False, indent=1))
    return 0 if total_errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
