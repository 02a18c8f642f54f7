"""JSONL articles: one JSON object a line (doc_id, title, text, published, url, outlet).

A bad line becomes a ``Reject`` naming its line number; the lines after it are still read.
``id`` and ``content`` are accepted for ``doc_id`` and ``text`` (common in news dumps).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from marsad.errors import BadInput
from marsad.ingest.encodings import decode, detect
from marsad.ingest.ids import make_doc_id
from marsad.ingest.limits import check_article_length
from marsad.ingest.reject import Reject
from marsad.model import Article

_SAMPLE = 1 << 16  # bytes read to detect the encoding of a JSONL file


def parse_date(value: object) -> dt.date | None:
    """The date of an ISO date or datetime string (``2019-12-10``, ``2019-12-10T08:00:00Z``)."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise BadInput(f"published must be an ISO date string, not {type(value).__name__}")
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise BadInput(f"published {value!r} is not an ISO date; write it as YYYY-MM-DD") from None


def _optional_str(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise BadInput(f'"{key}" must be a string, not {type(value).__name__}')
    return value or None


def parse_record(record: object, source: str) -> Article:
    """Build an Article from one decoded JSON value; ``BadInput`` with the reason otherwise."""
    if not isinstance(record, dict):
        raise BadInput(f"expected a JSON object, got {type(record).__name__}")
    _check_strings(record)
    text = record.get("text", record.get("content"))
    if not isinstance(text, str) or not text.strip():
        raise BadInput('no article text: the "text" field is missing or empty')
    check_article_length(text)
    doc_id = record.get("doc_id", record.get("id"))
    if doc_id is not None and not isinstance(doc_id, str | int):
        raise BadInput('"doc_id" must be a string')
    return Article(
        doc_id=str(doc_id) if doc_id not in (None, "") else make_doc_id(source, text),
        text=text,
        title=_optional_str(record, "title"),
        published=parse_date(record.get("published", record.get("date"))),
        url=_optional_str(record, "url"),
        outlet=_optional_str(record, "outlet"),
        source=source,
    )


def _check_strings(record: dict[str, Any]) -> None:
    """JSON escapes can spell lone surrogates (``"\\ud800"``), which are not text: no output
    or database could store them, so the record is refused with the reason."""
    for key, value in record.items():
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as err:
                raise BadInput(
                    f'"{key}" holds a lone surrogate (U+{ord(value[err.start]):04X} at character '
                    f"{err.start}), which is not text; fix the JSON escapes"
                ) from None


def parse_line(line: str, number: int, source: str) -> Article | Reject | None:
    """One JSONL line: an Article, a Reject naming the line, or None for a blank line."""
    if not line.strip():
        return None
    where = f"{source}:{number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return Reject(where, f"line {number} is not valid JSON ({err.msg}, column {err.colno})")
    try:
        return parse_record(record, source)
    except BadInput as err:
        doc_id = record.get("doc_id") if isinstance(record, dict) else None
        return Reject(where, f"line {number}: {err.message}", err.code, _as_id(doc_id))


def read_jsonl(text: str, source: str) -> Iterator[Article | Reject]:
    """Yield an Article for every good line of ``text`` and a Reject for every bad one."""
    # split on "\n" only: U+2028 and friends may stand raw inside JSON strings
    for number, line in enumerate(text.split("\n"), start=1):
        item = parse_line(line, number, source)
        if item is not None:
            yield item


def read_jsonl_file(path: Path) -> Iterator[Article | Reject]:
    """Stream a JSONL file line by line (large dumps need not fit in memory).

    The encoding is detected on the first complete lines; a line that does not decode in it is
    a Reject of its own. UTF-16 files (rare for JSONL) are read whole.
    """
    source = str(path)
    with path.open("rb") as fh:
        head = fh.read(_SAMPLE)
        cut = head.rfind(b"\n") + 1 if len(head) == _SAMPLE else len(head)
        encoding = detect(head[:cut])[1] if cut else None
        if encoding not in ("utf-8", "cp1256"):
            yield from read_jsonl(decode(head + fh.read()), source)
            return
        fh.seek(0)
        for number, raw in enumerate(fh, start=1):
            try:
                line = raw.decode(encoding)
            except UnicodeDecodeError:
                yield Reject(f"{source}:{number}", f"line {number} is not valid {encoding} text")
                continue
            item = parse_line(line.lstrip("\ufeff") if number == 1 else line, number, source)
            if item is not None:
                yield item


def _as_id(value: object) -> str | None:
    return str(value) if isinstance(value, str | int) else None
