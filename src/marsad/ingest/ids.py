"""Stable document ids: the same input always gets the same id."""

from __future__ import annotations

import hashlib
import re
from pathlib import PurePath

_UNSAFE = re.compile(r"[^\w.\-]+")


def content_hash(text: str, length: int = 10) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


def make_doc_id(source: str, text: str) -> str:
    """``<file stem>-<hash of the text>``: stable across runs and machines, unique per content."""
    stem = PurePath(source).stem if source not in ("-", "stdin") else "stdin"
    stem = _UNSAFE.sub("_", stem).strip("_") or "doc"
    return f"{stem}-{content_hash(text)}"
