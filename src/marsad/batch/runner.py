"""The batch driver: partition, skip finished partitions, run an engine, persist, summarise."""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from marsad.batch.core import PartitionResult, Record
from marsad.batch.rundir import DEFAULT_ROOT, RunDir, run_key
from marsad.batch.task import Failure, Task
from marsad.errors import MarsadError
from marsad.ingest.reject import Reject

if TYPE_CHECKING:
    from marsad.store import Store

DEFAULT_PARTITION_SIZE = 50
ENGINES = ("local", "dask")
REJECT_LABELS = {
    "E101": "unreadable input",
    "E102": "unknown text encoding",
    "E103": "not Arabic",
}


@dataclass
class BatchSummary:
    """What a batch run did; ``lines()`` is the closing report on stderr."""

    articles: int = 0
    events: int = 0
    rejects: int = 0
    errors: int = 0  # articles with a stage error
    reject_codes: Counter[str] = field(default_factory=Counter)
    partitions: int = 0
    resumed: int = 0  # partitions found complete from an earlier, interrupted run
    failed: list[Failure] = field(default_factory=list)
    seconds: float = 0.0
    worker_peak_kib: dict[int, int] = field(default_factory=dict)  # pid -> peak RSS, this run
    run_dir: Path | None = None
    coded_now: int = 0  # articles coded by this run (not resumed)
    cpu_seconds: float = 0.0  # CPU time of the partitions coded by this run, all processes

    def add(self, marker: dict[str, Any]) -> None:
        self.articles += int(marker["articles"])
        self.events += int(marker["events"])
        self.rejects += int(marker["rejects"])
        self.errors += int(marker["errors"])
        self.reject_codes.update({str(k): int(v) for k, v in marker["reject_codes"].items()})

    def lines(self) -> list[str]:
        rate = self.coded_now / self.seconds if self.seconds else 0.0
        head = (
            f"marsad: coded {self.articles} articles, {self.events} events; "
            f"{self.rejects} rejected, {self.errors} with stage errors; "
            f"{self.seconds:.1f} s ({rate:.1f} articles/s)"
        )
        out = [head]
        for code, n in sorted(self.reject_codes.items()):
            out.append(f"marsad:   rejected {n}: {REJECT_LABELS.get(code, 'other')} ({code})")
        if self.resumed:
            out.append(
                f"marsad:   resumed: {self.resumed} of {self.partitions} partitions were "
                "complete from an earlier run"
            )
        if self.worker_peak_kib:
            peak = max(self.worker_peak_kib.values()) / 1024
            out.append(
                f"marsad:   {len(self.worker_peak_kib)} worker process(es), "
                f"peak memory {peak:.0f} MiB per worker"
            )
        return out


class PartitionsFailed(MarsadError):
    """Some partitions failed; the others are saved and a rerun resumes."""

    code = "E203"

    def __init__(self, summary: BatchSummary) -> None:
        failed = summary.failed
        first = failed[0]
        super().__init__(
            f"{len(failed)} of {summary.partitions} partitions failed (partition {first.index}: "
            f"{first.message}); the others are saved in {summary.run_dir}: run the same "
            "command again to resume"
        )
        self.summary = summary


def partitions(items: Sequence[Record], size: int) -> list[list[Record]]:
    if size < 1:
        raise ValueError("partition size must be at least 1")
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def _reject_stored(store: Store, reject: Reject) -> bool:
    """Whether this reject is already in the store (a partition redone after a crash)."""
    from sqlalchemy import func, select

    from marsad.store import schema

    rj = schema.rejects
    query = (
        select(func.count())
        .select_from(rj)
        .where(rj.c.source == reject.source, rj.c.reason == reject.reason)
    )
    with store.engine.connect() as conn:
        return int(conn.execute(query).scalar_one()) > 0


def _store_partition(
    store: Store, result: PartitionResult, run_id: int, stories: dict[str, str] | None
) -> None:
    """Write a partition's articles (replacing earlier copies: never duplicated) with their
    stories, and its rejects."""
    for item in result.items:
        if item.reject is not None and not _reject_stored(store, item.reject):
            store.write_reject(item.reject, run_id)
    docs = [item.doc for item in result.items if item.doc is not None]
    write_docs = getattr(store, "write_docs", None)  # one transaction, where the store has it
    if callable(write_docs):
        write_docs(docs, run_id, stories)
    else:
        for doc in docs:
            store.write_doc(doc, run_id, (stories or {}).get(doc.article.doc_id))


def _engine(
    name: str, tasks: list[Task], scheduler: str | None, workers: int | None
) -> Iterator[PartitionResult | Failure]:
    if name == "local":
        from marsad.batch.local import run_local

        return run_local(tasks)
    if name == "dask":
        from marsad.batch.dask import run_dask

        return run_dask(tasks, scheduler=scheduler, workers=workers)
    raise ValueError(f"unknown engine {name!r}; use one of {', '.join(ENGINES)}")


def _progress(enabled: bool, total: int, done: int) -> Any:
    """A rich progress bar on stderr (or a do-nothing stand-in)."""
    if not enabled:
        return None
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    bar = Progress(
        TextColumn("coding"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("articles"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=Console(file=sys.stderr),
        transient=False,
    )
    bar.start()
    bar.add_task("coding", total=total, completed=done)
    return bar


def run_batch(
    items: Sequence[Record],
    events_out: IO[str],
    docs_out: IO[str] | None = None,
    store: Store | None = None,
    *,
    engine: str = "local",
    run_dir: Path | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    workers: int | None = None,
    scheduler: str | None = None,
    stories: dict[str, str] | None = None,
    check_language: bool = True,
    fail_partitions: frozenset[int] = frozenset(),
    progress: bool = False,
    warn: Callable[[str], None] = lambda line: print(line, file=sys.stderr),
) -> BatchSummary:
    """Code ``items`` in partitions with ``engine``; resume from ``run_dir`` if interrupted.

    Output lines are written in input order once every partition is done, so the result does
    not depend on the engine or on how often the run was interrupted. Raises
    ``PartitionsFailed`` (after saving the partitions that succeeded) when some failed.
    """
    start = time.perf_counter()
    parts = partitions(items, partition_size)
    options = {
        "partition_size": partition_size,
        "stories": stories is not None,
        "check_language": check_language,
    }
    folder = RunDir(run_dir or DEFAULT_ROOT / run_key(items, options))
    summary = BatchSummary(partitions=len(parts), run_dir=folder.path)
    todo: list[Task] = []
    for i, part in enumerate(parts):
        if folder.done(i):
            summary.add(folder.marker(i))
            summary.resumed += 1
            continue
        part_stories = (
            {r.doc_id: stories[r.doc_id] for r in part if r.doc_id in stories}
            if stories is not None
            else None
        )
        todo.append(
            Task(i, part, part_stories, check_language, i in fail_partitions, store is not None)
        )
    done_items = sum(len(parts[i]) for i in range(len(parts)) if folder.done(i))
    bar = _progress(progress, len(items), done_items)
    run_id = store.begin_run(_stage_names()) if store is not None else None
    try:
        for result in _engine(engine, todo, scheduler, workers) if todo else iter(()):
            if isinstance(result, Failure):
                summary.failed.append(result)
                continue
            for item in result.items:
                if item.reject is not None:
                    warn(f"marsad: rejected {item.reject.source}: {item.reject.reason}")
                warn_lines = [f"marsad: warning: {w}" for w in item.warnings]
                for line in warn_lines:
                    warn(line)
            marker = folder.save(result)
            if store is not None and run_id is not None:
                _store_partition(store, result, run_id, stories)
            folder.mark_done(marker)  # last: a marker means files and database are complete
            summary.add(marker)
            summary.coded_now += int(marker["articles"])
            summary.cpu_seconds += result.cpu_seconds
            summary.worker_peak_kib[result.pid] = max(
                result.peak_rss_kib, summary.worker_peak_kib.get(result.pid, 0)
            )
            if bar is not None:
                bar.advance(bar.task_ids[0], len(result.items))
    finally:
        if bar is not None:
            bar.stop()
        if store is not None and run_id is not None:
            store.end_run(run_id)
    summary.seconds = time.perf_counter() - start
    if summary.failed:
        summary.failed.sort(key=lambda f: f.index)
        raise PartitionsFailed(summary)
    folder.concat(len(parts), events_out, docs_out)
    return summary


def _stage_names() -> list[str]:
    from marsad.pipeline import load_pipeline

    return load_pipeline().names
