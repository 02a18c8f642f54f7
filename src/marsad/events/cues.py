"""Cue word lists for the event coder (negation, future, light verbs...), instruments, contexts."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from marsad.events.lexicon import read_data
from marsad.events.plover import CONTEXTS, EVENT_TYPES
from marsad.text.normalize import norm
from marsad.text.tokens import canonical


def _key(word: str) -> str:
    return "_".join(canonical(norm(p)) for p in word.split("_"))


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in read_data(name).splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            rows.append(line.split("\t"))
    return rows


@dataclass(frozen=True, slots=True)
class Cues:
    groups: dict[str, frozenset[str]]
    instruments: tuple[tuple[str, str, frozenset[str]], ...]  # (type, mode, words)
    contexts: tuple[tuple[str, frozenset[str]], ...]  # (context, words; a_b = two words)
    context_index: dict[str, tuple[str, ...]]  # word (or a_b) -> contexts it signals

    def has(self, group: str, keys: tuple[str, ...]) -> bool:
        words = self.groups.get(group, frozenset())
        return any(k in words for k in keys)


@cache
def cues() -> Cues:
    groups: dict[str, set[str]] = {}
    for row in _rows("cues.tsv"):
        groups.setdefault(row[0].strip(), set()).update(
            w for raw in row[1].split() for w in (norm(raw), _key(raw))
        )
    instruments = []
    for row in _rows("instruments.tsv"):
        etype, mode, words = row[0].strip(), row[1].strip(), row[2]
        if etype not in EVENT_TYPES or mode not in EVENT_TYPES[etype].modes:
            raise ValueError(f"instruments.tsv: {etype}/{mode} is not a PLOVER type/mode")
        instruments.append((etype, mode, frozenset(_key(w) for w in words.split())))
    contexts = []
    for row in _rows("contexts.tsv"):
        name = row[0].strip()
        if name not in CONTEXTS:
            raise ValueError(f"contexts.tsv: {name!r} is not a PLOVER context")
        contexts.append((name, frozenset(_key(w) for w in row[1].split())))
    index: dict[str, list[str]] = {}
    for name, signals in contexts:
        for w in signals:
            index.setdefault(w, []).append(name)
    return Cues(
        {k: frozenset(v) for k, v in groups.items()},
        tuple(instruments),
        tuple(contexts),
        {k: tuple(v) for k, v in index.items()},
    )
