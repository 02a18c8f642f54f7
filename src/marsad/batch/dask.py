"""The Dask engine: partitions coded on a dask.distributed cluster.

Without a scheduler address a LocalCluster of worker processes (one thread each: the coder is
pure Python, so threads would share one GIL) is started for the run and closed after it.
Results are yielded as partitions finish, so the driver can persist each one at once.
"""

from __future__ import annotations

import importlib
import logging
import uuid
from collections.abc import Iterator, Sequence
from typing import Any

from marsad.batch.core import PartitionResult, code_partition
from marsad.batch.task import Failure, Task
from marsad.errors import MarsadError

# The workers' statistical profiler walks the stack of the running task every 10 ms; on the
# deep pure-Python call stacks of the coder that cost ~15% of the CPU (bench/bench_batch.py).
QUIET_WORKERS = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.system-monitor.gil.enabled": False,
}


def local_cluster(workers: int) -> Any:
    """A LocalCluster of ``workers`` processes with one thread each, profiling off."""
    dask_config: Any = importlib.import_module("dask.config")
    dd: Any = importlib.import_module("dask.distributed")
    with dask_config.set(QUIET_WORKERS):  # the nannies hand this config to their workers
        return dd.LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )


def run_dask(
    tasks: Sequence[Task], scheduler: str | None = None, workers: int | None = None
) -> Iterator[PartitionResult | Failure]:
    """Map ``code_partition`` over ``tasks`` on a cluster; yield results as they complete."""
    dd: Any = importlib.import_module("dask.distributed")  # untyped; imported on use
    Client, as_completed = dd.Client, dd.as_completed

    cluster: Any = None
    if scheduler:
        try:
            client = Client(scheduler, timeout="10s")
        except (OSError, TimeoutError) as err:
            raise MarsadError(
                f"cannot reach the Dask scheduler at {scheduler} ({err}); start one with "
                "`dask scheduler` or leave out --scheduler for a local cluster",
                "E204",
            ) from None
    else:
        cluster = local_cluster(workers or 2)
        client = Client(cluster)
    try:
        run = uuid.uuid4().hex[:8]
        futures = {
            client.submit(
                code_partition, **task.kwargs(), key=f"marsad-{run}-{task.index}", pure=False
            ): task.index
            for task in tasks
        }
        for future in as_completed(futures):
            try:
                yield future.result()
            except Exception as exc:
                yield Failure(futures[future], f"{type(exc).__name__}: {exc}")
            future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
