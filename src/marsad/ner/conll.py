"""CoNLL-style reading and writing: one token a line, a blank line between sentences.

Only the first column (the token) matters on input; further columns (gold tags, POS, ...)
are kept as ``Row.extra`` so that callers that want them (training, benchmarks) can read them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Row:
    token: str
    extra: tuple[str, ...] = ()


Sentence = list[Row]


def read_conll(lines: Iterable[str]) -> Iterator[Sentence]:
    """Yield sentences from CoNLL lines; whitespace-only lines end a sentence."""
    sentence: Sentence = []
    for raw in lines:
        line = raw.rstrip("\r\n")
        if line.startswith("\ufeff"):
            line = line[1:]
        if not line.strip():
            if sentence:
                yield sentence
                sentence = []
            continue
        # Tab-separated files may hold tokens with inner spaces; otherwise split on any space.
        cols = line.split("\t") if "\t" in line else line.split()
        cols = [c.strip() for c in cols] if "\t" in line else cols
        token, extra = cols[0], tuple(c for c in cols[1:] if c)
        if not token:  # a line like "\tO": keep the row, the token is just empty
            token = ""
        sentence.append(Row(token, extra))
    if sentence:
        yield sentence


def format_tagged(sentences: Iterable[tuple[list[str], list[str]]]) -> Iterator[str]:
    """Yield ``token<TAB>tag`` lines, with an empty line after every sentence."""
    for tokens, tags in sentences:
        if len(tokens) != len(tags):
            raise ValueError(f"{len(tokens)} tokens but {len(tags)} tags")
        for token, tag in zip(tokens, tags, strict=True):
            yield f"{token}\t{tag}\n"
        yield "\n"
