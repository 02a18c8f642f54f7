"""A run folder: each finished partition's output files and its completion marker.

A partition's files are written first (to a temporary name, then renamed), its marker last,
so a marker always means complete output; a rerun skips marked partitions and redoes the rest.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from marsad import __version__
from marsad.batch.core import PartitionResult, Record
from marsad.ingest.reject import Reject

DEFAULT_ROOT = Path(".marsad-runs")


def run_key(items: Sequence[Record], options: dict[str, Any]) -> str:
    """A hash of the input items and of the options that change the output."""
    h = hashlib.sha1(json.dumps({**options, "version": __version__}, sort_keys=True).encode())
    for item in items:
        if isinstance(item, Reject):
            h.update(f"R\0{item.source}\0{item.reason}\0".encode())
        else:
            h.update(f"A\0{item.doc_id}\0{item.published}\0{item.title}\0".encode())
            h.update(item.text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:16]


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


class RunDir:
    """The folder of one batch run (one set of inputs and options)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.mkdir(parents=True, exist_ok=True)

    def _part(self, index: int, kind: str) -> Path:
        return self.path / f"part-{index:05d}.{kind}"

    def done(self, index: int) -> bool:
        return self._part(index, "done").exists()

    def marker(self, index: int) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self._part(index, "done").read_text(encoding="utf-8"))
        return data

    def save(self, result: PartitionResult) -> dict[str, Any]:
        """Write a partition's events and docs lines; return the marker (not yet written)."""
        i = result.index
        _write_atomic(self._part(i, "events.jsonl"), "".join(r.events_jsonl for r in result.items))
        _write_atomic(self._part(i, "docs.jsonl"), "".join(r.docs_jsonl for r in result.items))
        reasons: dict[str, int] = {}
        for r in result.items:
            if r.reject is not None:
                reasons[r.reject.code] = reasons.get(r.reject.code, 0) + 1
        return {
            "index": i,
            "articles": sum(r.reject is None for r in result.items),
            "events": sum(r.n_events for r in result.items),
            "rejects": sum(r.reject is not None for r in result.items),
            "reject_codes": reasons,
            "errors": sum(bool(r.warnings) for r in result.items),
            "pid": result.pid,
            "peak_rss_kib": result.peak_rss_kib,
            "seconds": round(result.seconds, 3),
        }

    def mark_done(self, marker: dict[str, Any]) -> None:
        _write_atomic(self._part(int(marker["index"]), "done"), json.dumps(marker) + "\n")

    def events(self, count: int) -> Iterator[dict[str, Any]]:
        """The event lines of every partition, in input order, as dicts."""
        for i in range(count):
            with self._part(i, "events.jsonl").open(encoding="utf-8") as fh:
                for line in fh:
                    if line.strip():
                        yield json.loads(line)

    def concat(self, count: int, events_out: IO[str], docs_out: IO[str] | None) -> None:
        """Write every partition's lines, in input order, to the final outputs."""
        for i in range(count):
            with self._part(i, "events.jsonl").open(encoding="utf-8") as fh:
                shutil.copyfileobj(fh, events_out)
            if docs_out is not None:
                with self._part(i, "docs.jsonl").open(encoding="utf-8") as fh:
                    shutil.copyfileobj(fh, docs_out)
        events_out.flush()
        if docs_out is not None:
            docs_out.flush()
