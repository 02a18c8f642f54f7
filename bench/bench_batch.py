"""Full-pipeline throughput of the batch engines: local, and Dask on a LocalCluster.

    python bench/bench_batch.py [--limit N] [--workers 2] [--repeat 3] [--partition-size 25]

Runs ``run_batch`` (language id, every coding stage, output records, run-folder writes) on the
SaudiNewsNet political subset, read from ../shared (CC BY-NC-SA, benchmarks only). The local
engine runs in this process; the Dask engine on a LocalCluster of worker processes with one
thread each, started (and its workers warmed up: resources loaded) before timing, so the
figures are steady-state throughput. Each engine runs ``--repeat`` times; best and median
articles/s, articles/s per core, the Dask/local scaling and peak memory per worker are printed.
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from saudinewsnet import DEFAULT_DATA, read_articles

from marsad.batch import run_batch
from marsad.model import Article


def _warm() -> int:
    """Load the pipeline's resources in a worker (not timed); returns its pid."""
    from marsad.batch.core import code_item
    from marsad.pipeline import load_pipeline

    load_pipeline()
    code_item(Article("warm", "قال وزير الخارجية الأردني إن بلاده تدعو إلى وقف إطلاق النار."))
    return os.getpid()


def one_run(articles: list[Article], engine: str, size: int, scheduler: str | None) -> Any:
    """``(wall seconds, CPU seconds of all processes, summary)`` of one timed run."""
    with tempfile.TemporaryDirectory() as tmp:
        start, cpu = time.perf_counter(), time.process_time()
        summary = run_batch(
            articles,
            io.StringIO(),
            io.StringIO(),
            engine=engine,
            run_dir=Path(tmp),
            partition_size=size,
            scheduler=scheduler,
            warn=lambda _line: None,
        )
        wall, driver_cpu = time.perf_counter() - start, time.process_time() - cpu
        # the local engine codes in this process: its CPU is already in driver_cpu
        total_cpu = driver_cpu + (summary.cpu_seconds if engine == "dask" else 0.0)
        return wall, total_cpu, summary


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int, default=10**9)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--partition-size", type=int, default=25)
    ap.add_argument("--engines", default="local,dask")
    args = ap.parse_args()
    if not args.data.exists():
        raise SystemExit(f"{args.data} not found: put the shared/ folder beside the repository")
    articles = list(read_articles(args.data, args.limit))
    print(f"batch benchmark: {len(articles)} articles, partitions of {args.partition_size}, "
          f"{os.cpu_count()} CPUs, load {os.getloadavg()[0]:.2f}")  # fmt: skip
    rates: dict[str, list[float]] = {e: [] for e in args.engines.split(",")}
    cpu_rates: dict[str, list[float]] = {e: [] for e in rates}  # articles per CPU-second
    peaks: dict[str, int] = {}
    worker_peaks: dict[int, int] = {}
    client: Any = None
    cluster: Any = None
    if "dask" in rates:
        from dask.distributed import Client

        from marsad.batch.dask import local_cluster

        cluster = local_cluster(args.workers)
        client = Client(cluster)  # type: ignore[no-untyped-call]
        client.run(_warm)
    if "local" in rates:
        _warm()
    # engines alternate, so that load from other processes falls on both alike
    for _ in range(args.repeat):
        for engine in rates:
            address = cluster.scheduler_address if engine == "dask" else None
            seconds, cpu, summary = one_run(articles, engine, args.partition_size, address)
            rates[engine].append(summary.articles / seconds)
            cpu_rates[engine].append(summary.articles / cpu)
            if engine == "dask":
                for pid, kib in summary.worker_peak_kib.items():
                    worker_peaks[pid] = max(kib, worker_peaks.get(pid, 0))
            procs = len(summary.worker_peak_kib)
            print(f"  {engine:6s} {seconds:6.1f} s  {rates[engine][-1]:6.2f} articles/s  "
                  f"CPU {cpu:6.1f} s ({cpu / seconds:.2f} cores obtained)  "
                  f"load {os.getloadavg()[0]:.2f}  ({procs} processes)")  # fmt: skip
    if "local" in rates:
        peaks["local"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if client is not None:
        peaks["dask"] = max(worker_peaks.values())
        client.close()
        cluster.close()
    print()
    cores = {"local": 1, "dask": args.workers}
    for engine, values in rates.items():
        best, median = max(values), statistics.median(values)
        print(
            f"{engine:6s} best {best:6.2f} articles/s ({best / cores[engine]:.2f}/core), "
            f"median {median:6.2f} ({median / cores[engine]:.2f}/core); "
            f"peak memory per worker {peaks[engine] / 1024:.0f} MiB"
        )
    if "local" in rates and "dask" in rates:
        best = max(rates["dask"]) / max(rates["local"])
        median = statistics.median(rates["dask"]) / statistics.median(rates["local"])
        print(f"scaling dask/local, {args.workers} workers: best {best:.2f}x, median {median:.2f}x")
        # On a machine shared with other jobs, wall time measures the share of the CPUs we
        # got; CPU time does not. With free cores a run takes its CPU time spread over them.
        cpu_scaling = (
            args.workers
            * statistics.median(cpu_rates["dask"])
            / statistics.median(cpu_rates["local"])
        )
        print(
            f"articles per CPU-second: local {statistics.median(cpu_rates['local']):.2f}, "
            f"dask {statistics.median(cpu_rates['dask']):.2f} (driver and workers); "
            f"scaling on {args.workers} free cores from CPU time: {cpu_scaling:.2f}x"
        )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
