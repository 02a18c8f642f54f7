"""Near-duplicate detection: word-shingle MinHash signatures in an LSH index (datasketch).

LSH proposes candidate pairs cheaply; each candidate is then checked on the exact shingle
sets, so precision does not depend on the luck of the hash. Two articles are copies when
their word 3-shingles overlap by Jaccard >= ``jaccard`` or when one is mostly contained in the
other (containment >= ``containment``: a shortened or extended syndicated copy).
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from datasketch import MinHash, MinHashLSH  # type: ignore[import-untyped]

from marsad.text.normalize import norm

K = TypeVar("K", bound=Hashable)

NUM_PERM = 128
SHINGLE = 3  # words per shingle
LSH_THRESHOLD = 0.2  # candidates: low enough to catch contained copies, which have low Jaccard
JACCARD = 0.5
CONTAINMENT = 0.6  # bench/bench_dedup.py: recall 0.98, precision 0.999 on SaudiNewsNet pairs
_WORD = re.compile(r"\w+")
_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")


class _FoldTable(dict[int, str]):
    """``str.translate`` table computing marsad's fold (``norm``) once per distinct character:
    the same result as ``norm(text)`` at C speed once the table is warm."""

    def __missing__(self, code: int) -> str:
        folded = norm(chr(code))
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def words(text: str) -> list[str]:
    """Normalised words (letters folded, diacritics and tatweel gone, the article ال off)."""
    out = []
    for w in _WORD.findall(_DIACRITICS.sub("", text.translate(_FOLD))):
        if w.startswith("ال") and len(w) > 4:
            w = w[2:]
        out.append(w)
    return out


def shingles(text: str, size: int = SHINGLE) -> frozenset[str]:
    """The set of ``size``-word shingles of ``text`` (its words themselves when shorter)."""
    ws = words(text)
    if len(ws) < size:
        return frozenset(ws)
    return frozenset(" ".join(ws[i : i + size]) for i in range(len(ws) - size + 1))


def signature(shingle_set: Iterable[str], num_perm: int = NUM_PERM) -> MinHash:
    m = MinHash(num_perm=num_perm, seed=1)
    m.update_batch([s.encode("utf-8") for s in shingle_set])
    return m


def similarity(a: frozenset[str], b: frozenset[str]) -> tuple[float, float]:
    """``(Jaccard, containment of the smaller set)`` of two shingle sets."""
    if not a or not b:
        return 0.0, 0.0
    inter = len(a & b)
    return inter / len(a | b), inter / min(len(a), len(b))


@dataclass
class DupIndex(Generic[K]):
    """Articles added one by one; ``add`` returns the keys of earlier near-duplicates."""

    jaccard: float = JACCARD
    containment: float = CONTAINMENT
    min_shingles: int = 20  # shorter texts (teasers, captions) are never called copies
    num_perm: int = NUM_PERM
    lsh_threshold: float = LSH_THRESHOLD
    _lsh: MinHashLSH = field(init=False)
    _sets: dict[K, frozenset[str]] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self._lsh = MinHashLSH(threshold=self.lsh_threshold, num_perm=self.num_perm)

    def is_copy(self, a: frozenset[str], b: frozenset[str]) -> bool:
        jac, con = similarity(a, b)
        return jac >= self.jaccard or con >= self.containment

    def add(self, key: K, text: str) -> list[K]:
        found = shingles(text)
        if len(found) < self.min_shingles:
            return []
        sig = signature(found, self.num_perm)
        dups = [k for k in self._lsh.query(sig) if self.is_copy(found, self._sets[k])]
        self._lsh.insert(key, sig)
        self._sets[key] = found
        return dups

    def __contains__(self, key: object) -> bool:
        return key in self._sets

    def remove(self, key: K) -> None:
        """Forget ``key`` (a long-running index drops articles too old to be copied)."""
        if self._sets.pop(key, None) is not None:
            self._lsh.remove(key)


class _UnionFind(Generic[K]):
    def __init__(self) -> None:
        self.parent: dict[K, K] = {}

    def find(self, x: K) -> K:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: K, b: K) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def group_duplicates(
    items: Iterable[tuple[K, str]],
    jaccard: float = JACCARD,
    containment: float = CONTAINMENT,
    lsh_threshold: float = LSH_THRESHOLD,
) -> list[list[K]]:
    """Groups of near-duplicate keys (transitively), in input order; singletons included."""
    index: DupIndex[K] = DupIndex(
        jaccard=jaccard, containment=containment, lsh_threshold=lsh_threshold
    )
    uf: _UnionFind[K] = _UnionFind()
    order: list[K] = []
    for key, text in items:
        order.append(key)
        uf.find(key)
        for other in index.add(key, text):
            uf.union(other, key)
    groups: dict[K, list[K]] = {}
    for key in order:
        groups.setdefault(uf.find(key), []).append(key)
    return list(groups.values())
