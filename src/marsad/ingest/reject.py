"""A piece of input that could not become an article, kept with its reason (never dropped)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Reject:
    """Input refused at reading time: ``source`` says where (``file.jsonl:12``), ``reason`` why."""

    source: str
    reason: str
    code: str = "E101"
    doc_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "reason": self.reason,
            "code": self.code,
            "doc_id": self.doc_id,
        }
