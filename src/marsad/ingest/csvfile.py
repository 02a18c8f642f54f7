"""CSV corpora: a header row, then one article a row.

Columns are matched by name: ``text`` (or ``content``/``body``), and optionally ``doc_id``
(or ``id``), ``title``, ``published`` (or ``date``), ``url``, ``outlet``. A bad row becomes a
Reject naming its row number; the rest are still read.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator

from marsad.errors import BadInput
from marsad.ingest.jsonl import parse_record
from marsad.ingest.reject import Reject
from marsad.model import Article

_ALIASES = {"content": "text", "body": "text", "id": "doc_id", "date": "published"}

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # article bodies are longer than 128 KiB


def read_csv(text: str, source: str) -> Iterator[Article | Reject]:
    """An Article for every good row of a CSV document, a Reject for every bad one."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    fields = [(f or "").strip().lower() for f in reader.fieldnames or []]
    names = {_ALIASES.get(f, f) for f in fields}
    if "text" not in names:
        yield Reject(source, "the CSV file has no text, content or body column")
        return
    reader.fieldnames = [
        _ALIASES.get(f, f) if _ALIASES.get(f, f) not in fields else f for f in fields
    ]
    for row in reader:
        number = reader.line_num
        record = {k: (v if v != "" else None) for k, v in row.items() if k is not None}
        try:
            yield parse_record(record, source)
        except BadInput as err:
            doc_id = record.get("doc_id")
            yield Reject(
                f"{source}:{number}",
                f"row ending on line {number}: {err.message}",
                err.code,
                doc_id if isinstance(doc_id, str) else None,
            )
