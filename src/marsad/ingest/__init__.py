"""Reading articles: files, directories and stdin in .txt, .jsonl or .html, any Arabic encoding."""

from __future__ import annotations

from marsad.ingest.read import read_bytes, read_path, read_paths, read_text
from marsad.ingest.reject import Reject

__all__ = ["Reject", "read_bytes", "read_path", "read_paths", "read_text"]
