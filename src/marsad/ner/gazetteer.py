"""Gazetteer flags learned from tagged text: which stems mostly stand inside which entity type.

Built at training time from corpora other than the one the CRF learns word identities from,
so that the flags generalise (a stem seen as a person's name in Wikipedia is likely one in the
news too). Stored in the model file.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping

from marsad.ner.corpora import Tagged, spans_from_bio

Gazetteer = Mapping[str, tuple[str, ...]]


def build_gazetteer(
    corpus: Iterable[Tagged],
    stem: Callable[[str], str],
    min_count: int = 2,
    min_ratio: float = 0.3,
    strong_ratio: float = 0.8,
) -> dict[str, tuple[str, ...]]:
    """stem -> flags such as ``PER`` (inside a PER span in >= 30% of uses) or ``PER!`` (80%)."""
    total: Counter[str] = Counter()
    inside: Counter[tuple[str, str]] = Counter()
    for tokens, tags in corpus:
        stems = [stem(t) for t in tokens]
        total.update(stems)
        for kind, a, b in spans_from_bio(tags):
            for i in range(a, b):
                inside[(stems[i], kind)] += 1
    flags: dict[str, list[str]] = {}
    for (s, kind), n in sorted(inside.items()):
        ratio = n / total[s]
        if n >= min_count and ratio >= min_ratio:
            flags.setdefault(s, []).append(kind + ("!" if ratio >= strong_ratio else ""))
    return {s: tuple(f) for s, f in flags.items()}


def merge_gazetteers(*parts: tuple[str, Gazetteer]) -> dict[str, tuple[str, ...]]:
    """Union of gazetteers, each flag prefixed by its source's tag (``("a", {...})``)."""
    out: dict[str, tuple[str, ...]] = {}
    for prefix, gazetteer in parts:
        for key, flags in gazetteer.items():
            out[key] = out.get(key, ()) + tuple(prefix + f for f in flags)
    return out
