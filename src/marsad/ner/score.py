"""Entity-level precision/recall/F1, computed as seqeval's default (conlleval) mode does.

An entity is a maximal run that starts at B-X, or at I-X after a tag of another type, and
continues over I-X. Kept dependency-free so that the benchmark and tests need no seqeval.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from marsad.ner.corpora import spans_from_bio


@dataclass(frozen=True)
class Scores:
    micro_p: float
    micro_r: float
    micro_f1: float
    macro_f1: float
    per_type: dict[str, tuple[float, float, float, int]]  # type -> (p, r, f1, gold support)


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def entities(sentences: Sequence[Sequence[str]]) -> set[tuple[str, int, int, int]]:
    return {
        (k, i, a, b) for i, tags in enumerate(sentences) for k, a, b in spans_from_bio(list(tags))
    }


def score(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> Scores:
    if len(gold) != len(pred) or any(len(g) != len(p) for g, p in zip(gold, pred, strict=True)):
        raise ValueError("gold and predicted tag sequences differ in shape")
    g, p = entities(gold), entities(pred)
    types = sorted({e[0] for e in g | p})
    per_type: dict[str, tuple[float, float, float, int]] = {}
    for t in types:
        gt = {e for e in g if e[0] == t}
        pt = {e for e in p if e[0] == t}
        per_type[t] = (*_prf(len(gt & pt), len(pt), len(gt)), len(gt))
    mp, mr, mf = _prf(len(g & p), len(p), len(g))
    macro = sum(v[2] for v in per_type.values()) / len(per_type) if per_type else 0.0
    return Scores(mp, mr, mf, macro, per_type)
