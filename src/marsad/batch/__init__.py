"""Batch coding: one pure function over partitions of articles, run in-process or on Dask.

``run_batch`` splits the input into partitions, skips those a run folder marks as done, maps
``code_partition`` over the rest with the chosen engine and writes the outputs in input order,
so an interrupted run resumes without losing or repeating an article.
"""

from __future__ import annotations

from marsad.batch.core import ItemResult, PartitionResult, code_partition
from marsad.batch.runner import BatchSummary, PartitionsFailed, run_batch

__all__ = [
    "BatchSummary",
    "ItemResult",
    "PartitionResult",
    "PartitionsFailed",
    "code_partition",
    "run_batch",
]
