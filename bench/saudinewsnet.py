"""The SaudiNewsNet political subset as marsad Articles, for the benchmarks.

The data are CC BY-NC-SA (benchmarks and evaluation only): they are read from ../shared beside
the repository at run time and never copied into it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from marsad.ingest.jsonl import parse_date
from marsad.model import Article

DEFAULT_DATA = (
    Path(__file__).resolve().parents[1].parent / "shared" / "data" / "saudinewsnet-political-subset"
)


def read_articles(data: Path, limit: int) -> Iterator[Article]:
    """Up to ``limit`` records (id, title, content, date_extracted, url, source) with text."""
    count = 0
    for path in sorted(data.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if count >= limit:
                    return
                rec = json.loads(line)
                text = (rec.get("content") or "").strip()
                if not text:
                    continue
                count += 1
                yield Article(
                    doc_id=rec["id"],
                    text=text,
                    title=rec.get("title"),
                    published=parse_date(str(rec.get("date_extracted") or "")[:10]),
                    url=rec.get("url"),
                    outlet=rec.get("source"),
                    source=path.name,
                )
