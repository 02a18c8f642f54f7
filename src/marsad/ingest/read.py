"""Read articles from files, directories and standard input, rejecting what cannot be read.

Every input yields either an ``Article`` or a ``Reject`` (with the reason), so a caller can
report bad input and go on with the rest of the batch.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from marsad.errors import BadInput
from marsad.ingest.csvfile import read_csv
from marsad.ingest.encodings import decode
from marsad.ingest.feeds import read_feed
from marsad.ingest.html import decode_html, parse_html
from marsad.ingest.jsonl import read_jsonl, read_jsonl_file
from marsad.ingest.limits import check_file_size
from marsad.ingest.reject import Reject
from marsad.ingest.txt import parse_txt
from marsad.model import Article

SUFFIXES = {
    ".txt": "txt",
    ".jsonl": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".csv": "csv",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
}
_FEED_STARTS = (b"<?xml", b"<rss", b"<feed", b"<rdf:RDF")
STDIN = "-"


def sniff(text: str) -> str:
    """Guess the format of untyped input: ``jsonl``, ``html`` or ``txt``."""
    head = text.lstrip("\ufeff \t\r\n")
    if head.startswith("{"):
        return "jsonl"
    if head.startswith(tuple(s.decode() for s in _FEED_STARTS)):
        return "feed"
    if head.startswith("<"):
        return "html"
    return "txt"


def read_text(text: str, source: str, kind: str | None = None) -> Iterator[Article | Reject]:
    """Articles from already decoded text of the given kind (sniffed when None)."""
    kind = kind or sniff(text)
    if kind == "jsonl":
        yield from read_jsonl(text, source)
        return
    if kind == "csv":
        yield from read_csv(text, source)
        return
    if kind == "feed":
        yield from read_feed(text, source)
        return
    try:
        yield parse_html(text, source) if kind == "html" else parse_txt(text, source)
    except BadInput as err:
        yield Reject(source, err.message, err.code)


def read_bytes(data: bytes, source: str, kind: str | None = None) -> Iterator[Article | Reject]:
    """Articles from raw bytes: decode (any supported encoding), then parse."""
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if kind is None and head.startswith(_FEED_STARTS):
        kind = "feed"
    if kind == "feed":  # feedparser reads the XML declaration's encoding itself
        yield from read_feed(data, source)
        return
    if kind is None and head.startswith(b"<"):
        kind = "html"
    try:
        text = decode_html(data) if kind == "html" else decode(data)
    except BadInput as err:
        yield Reject(source, err.message, err.code)
        return
    yield from read_text(text, source, kind)


def walk(directory: Path) -> list[Path]:
    """Article files under ``directory``, recursively, in a stable (sorted) order."""
    return sorted(p for p in directory.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)


def read_path(path: Path) -> Iterator[Article | Reject]:
    """Articles of one file or directory (a missing or unreadable path is a Reject)."""
    if path.is_dir():
        children = walk(path)
        if not children:
            yield Reject(
                str(path),
                "no article files (.txt .jsonl .csv .html .htm .rss .atom .xml) in this directory",
            )
        for child in children:
            yield from read_path(child)
        return
    kind = SUFFIXES.get(path.suffix.lower())
    try:
        if kind == "jsonl":
            yield from read_jsonl_file(path)
        else:
            check_file_size(path.stat().st_size)
            yield from read_bytes(path.read_bytes(), str(path), kind)
    except FileNotFoundError:
        yield Reject(str(path), "no such file or directory")
    except BadInput as err:  # the start of a JSONL file cannot be decoded
        yield Reject(str(path), err.message, err.code)
    except OSError as err:
        yield Reject(str(path), f"cannot read the file ({err.strerror or err})")


def read_paths(
    paths: Iterable[str | Path], stdin: BinaryIO | None = None
) -> Iterator[Article | Reject]:
    """Articles from files, directories (recursive, sorted) and ``-`` (standard input)."""
    for path in paths:
        if str(path) == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from read_bytes(stream.read(), "stdin")
        else:
            yield from read_path(Path(path))
