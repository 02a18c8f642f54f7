"""Coded errors: each says what went wrong and what to do next.

Codes: E1xx input (reading articles), E2xx pipeline (coding), E3xx store (database).
The command line prints ``marsad: error: <message>`` for these, never a traceback.
"""

from __future__ import annotations


class MarsadError(Exception):
    """An error marsad raises on purpose: ``code`` is stable, ``message`` is for people."""

    code = "E000"

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class BadInput(MarsadError):
    """An article or file that cannot be read (empty, binary, malformed)."""

    code = "E101"


class EncodingError(BadInput):
    """Bytes in an encoding marsad cannot identify."""

    code = "E102"


class PipelineError(MarsadError):
    """A coding stage or its resources failed."""

    code = "E201"


class StoreError(MarsadError):
    """The database cannot be opened or written."""

    code = "E301"
