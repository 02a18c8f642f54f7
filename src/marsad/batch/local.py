"""The local engine: partitions coded one after the other in this process."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from marsad.batch.core import PartitionResult, code_partition
from marsad.batch.task import Failure, Task


def run_local(tasks: Sequence[Task]) -> Iterator[PartitionResult | Failure]:
    """Code each task in turn; a failed partition is reported and the others still run."""
    for task in tasks:
        try:
            yield code_partition(**task.kwargs())
        except Exception as exc:
            yield Failure(task.index, f"{type(exc).__name__}: {exc}")
