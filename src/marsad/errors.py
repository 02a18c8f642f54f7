"""Coded errors: each says what went wrong and what to do next.

The command line prints ``marsad: error: <message> (<code>)`` for these, never a traceback.

    E101  BadInput        an article that cannot be read (empty, binary, malformed JSON line)
    E102  EncodingError   bytes in an encoding other than UTF-8, UTF-16 or Windows-1256
    E103  BadInput        an article that is not in Arabic (the reason names the language)
    E201  PipelineError   a coding stage failed (recorded on the Doc, the batch goes on)
    E202  MarsadError     a part of marsad that this installation lacks
    E203  MarsadError     partitions of a batch run failed: run the same command again to resume
    E204  MarsadError     the Dask scheduler cannot be reached
    E205  PipelineError   a stage list whose stages need what no earlier stage provides
    E301  StoreError      the database cannot be opened or written
    E302  QueryError      a query filter that cannot be used (bad date, unknown type, bad cursor)
    E303  MarsadError     an output file cannot be written (a full disk, a closed pipe)
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
