"""The batch options of ``marsad code`` (engine, Dask cluster, run folder, stories, progress).

Kept here so that the command module only declares them and hands over.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, BinaryIO, TypeVar

import click

from marsad.batch.runner import DEFAULT_PARTITION_SIZE, ENGINES, PartitionsFailed, run_batch
from marsad.ingest import read_paths
from marsad.model import Article
from marsad.output import dumps

F = TypeVar("F", bound=Callable[..., Any])
FAIL_HOOK = "MARSAD_TEST_FAIL_PARTITIONS"  # comma-separated partition numbers that raise once

_OPTIONS: list[Callable[[Any], Any]] = [
    click.option(
        "--engine",
        type=click.Choice(ENGINES),
        help="Code in resumable partitions: in this process (local) or on dask.distributed "
        "(dask). Without it articles are coded one by one and written as they go.",
    ),
    click.option(
        "--scheduler",
        metavar="ADDRESS",
        help="Address of a running Dask scheduler (tcp://host:8786); implies --engine dask. "
        "Default: a LocalCluster started for the run.",
    ),
    click.option(
        "--workers",
        type=click.IntRange(1),
        help="Worker processes of the LocalCluster (one thread each; default 2); "
        "implies --engine dask.",
    ),
    click.option(
        "--run-dir",
        type=click.Path(file_okay=False, path_type=Path),
        help="Folder of partition outputs and completion markers; rerunning with it resumes. "
        "Default: .marsad-runs/<hash of the inputs and options>.",
    ),
    click.option(
        "--partition-size",
        type=click.IntRange(1),
        default=DEFAULT_PARTITION_SIZE,
        show_default=True,
        help="Articles per partition.",
    ),
    click.option(
        "--stories",
        is_flag=True,
        help="Group near-duplicate articles into stories; write story_id on docs and events.",
    ),
    click.option(
        "--story-events",
        type=click.File("w", encoding="utf-8", lazy=False),
        help="Also write story-level events (one per happening, with its number of sources).",
    ),
    click.option(
        "--progress/--no-progress",
        default=None,
        help="Progress bar on stderr (default: when stderr is a terminal).",
    ),
]


def batch_options(fn: F) -> F:
    """Add the batch options to a click command."""
    for option in reversed(_OPTIONS):
        fn = option(fn)
    return fn


def wants_batch(options: dict[str, Any]) -> bool:
    keys = ("engine", "scheduler", "workers", "run_dir", "story_events")
    return any(options.get(k) for k in keys) or bool(options.get("stories"))


def _fail_hook() -> frozenset[int]:
    raw = os.environ.get(FAIL_HOOK, "")
    return frozenset(int(x) for x in raw.split(",") if x.strip().isdigit())


def code_with_engine(
    paths: tuple[str, ...],
    out: IO[str],
    docs: IO[str] | None,
    db: str | None,
    options: dict[str, Any],
    stdin: BinaryIO | None = None,
) -> int:
    """Run ``marsad code`` in partitions; returns the exit status (1 when input was rejected)."""
    engine = options.get("engine") or (
        "dask" if options.get("scheduler") or options.get("workers") else "local"
    )
    items = list(read_paths(paths, stdin=stdin))
    want_stories = bool(options.get("stories") or options.get("story_events"))
    stories = None
    if want_stories:
        from marsad.dedup import story_ids

        stories = story_ids(i for i in items if isinstance(i, Article))
    progress = options.get("progress")
    if progress is None:
        progress = sys.stderr.isatty()
    store = None
    if db:
        from marsad.store import Store

        store = Store(db)
    try:
        summary = run_batch(
            items,
            out,
            docs,
            store,
            engine=engine,
            run_dir=options.get("run_dir"),
            partition_size=int(options.get("partition_size") or DEFAULT_PARTITION_SIZE),
            workers=options.get("workers"),
            scheduler=options.get("scheduler"),
            stories=stories,
            fail_partitions=_fail_hook(),
            progress=bool(progress),
            warn=lambda line: click.echo(line, err=True),
        )
    except PartitionsFailed as err:
        for line in err.summary.lines():
            click.echo(line, err=True)
        raise
    finally:
        if store is not None:
            store.close()
    story_out: IO[str] | None = options.get("story_events")
    if story_out is not None and summary.run_dir is not None:
        from marsad.batch.rundir import RunDir
        from marsad.dedup import story_events

        merged = story_events(RunDir(summary.run_dir).events(summary.partitions), stories)
        story_out.write("".join(dumps(rec) + "\n" for rec in merged))
        story_out.flush()
    for line in summary.lines():
        click.echo(line, err=True)
    if stories is not None:
        n_stories = len(set(stories.values()))
        click.echo(f"marsad:   {len(stories)} articles in {n_stories} stories", err=True)
    return 1 if summary.rejects else 0
