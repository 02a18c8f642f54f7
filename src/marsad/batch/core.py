"""The unit of batch work: code one partition of articles into ready-to-write records.

``code_partition`` is pure (its output depends only on its input) and returns picklable
values, so any engine can run it in any process. Records come back as JSON lines, plus a slim
``Doc`` for the database, so the driver only writes.
"""

from __future__ import annotations

import os
import resource
import time
from dataclasses import dataclass, field

from marsad.ingest.langid import language_reject
from marsad.ingest.reject import Reject
from marsad.model import Article, Doc, StageError
from marsad.output import doc_record, dumps, event_record

Record = Article | Reject


class InjectedFailure(RuntimeError):
    """Raised by the test hook that makes one partition fail (to test resuming)."""


@dataclass(slots=True)
class ItemResult:
    """One input item coded: its output lines, or the reason it was rejected."""

    doc_id: str | None
    events_jsonl: str = ""  # zero or more event lines, each ending in a newline
    docs_jsonl: str = ""  # one docs line
    n_events: int = 0
    reject: Reject | None = None
    warnings: list[str] = field(default_factory=list)
    doc: Doc | None = None  # without tokens and normalised text: what the store needs


@dataclass(slots=True)
class PartitionResult:
    index: int
    items: list[ItemResult]
    seconds: float
    pid: int
    cpu_seconds: float  # CPU time this partition took in its process (load-independent)
    peak_rss_kib: int  # peak resident memory of the process that coded it


def _slim(doc: Doc) -> Doc:
    """Drop what only the stages need (tokens dominate the size of a pickled Doc)."""
    doc.norm = None
    doc.tokens = []
    doc.sentence_tokens = []
    return doc


def _with_story(line: dict[str, object], story: str | None) -> dict[str, object]:
    if story is not None:
        line["story_id"] = story
    return line


def code_item(
    item: Record,
    stories: dict[str, str] | None = None,
    check_language: bool = True,
    keep_doc: bool = True,
) -> ItemResult:
    """Code one article (or pass a Reject through) into its output records."""
    from marsad.output import reject_record
    from marsad.pipeline import load_pipeline

    if isinstance(item, Article) and check_language:
        refused = language_reject(item)
        if refused is not None:
            item = refused
    if isinstance(item, Reject):
        return ItemResult(item.doc_id, docs_jsonl=dumps(reject_record(item)) + "\n", reject=item)
    try:
        doc = load_pipeline()(item)
    except Exception as exc:  # the pipeline guards its stages; this guards the batch
        doc = Doc(article=item)
        doc.errors.append(StageError("pipeline", "E201", f"{type(exc).__name__}: {exc}"))
    story = (stories or {}).get(item.doc_id)
    events = "".join(dumps(_with_story(event_record(doc, ev), story)) + "\n" for ev in doc.events)
    return ItemResult(
        item.doc_id,
        events_jsonl=events,
        docs_jsonl=dumps(_with_story(doc_record(doc), story)) + "\n",
        n_events=len(doc.events),
        warnings=[f"{item.doc_id}: stage {err.stage} failed: {err.message}" for err in doc.errors],
        doc=_slim(doc) if keep_doc else None,  # only a database needs it: spare the transfer
    )


def code_partition(
    records: list[Record],
    index: int = 0,
    stories: dict[str, str] | None = None,
    check_language: bool = True,
    fail: bool = False,
    keep_docs: bool = True,
) -> PartitionResult:
    """Code every record of one partition; ``fail`` is a test hook that raises instead."""
    if fail:
        raise InjectedFailure(f"partition {index} failed on purpose (test hook)")
    start, cpu = time.perf_counter(), time.process_time()
    items = [code_item(r, stories, check_language, keep_docs) for r in records]
    return PartitionResult(
        index=index,
        items=items,
        seconds=time.perf_counter() - start,
        pid=os.getpid(),
        cpu_seconds=time.process_time() - cpu,
        peak_rss_kib=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    )
