"""What an engine is given (one task per partition still to code) and what a failure returns."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from marsad.batch.core import Record


@dataclass(frozen=True, slots=True)
class Task:
    index: int
    records: list[Record]
    stories: dict[str, str] | None = None
    check_language: bool = True
    fail: bool = False  # test hook: this partition raises instead of coding
    keep_docs: bool = True  # return the coded Docs (for a database)

    def kwargs(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "index": self.index,
            "stories": self.stories,
            "check_language": self.check_language,
            "fail": self.fail,
            "keep_docs": self.keep_docs,
        }


@dataclass(frozen=True, slots=True)
class Failure:
    """A partition that could not be coded (its marker is not written; a rerun retries it)."""

    index: int
    message: str
