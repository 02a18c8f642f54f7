"""NER benchmark: entity F1 on the ANERcorp test split and the Wojood sample test, and speed."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from marsad.ner import corpora
from marsad.ner.corpora import Tagged
from marsad.ner.model import NerModel
from marsad.ner.score import Scores, score


@dataclass(frozen=True)
class BenchResult:
    name: str
    scores: Scores
    tokens: int
    seconds: float

    @property
    def tokens_per_second(self) -> float:
        return self.tokens / self.seconds if self.seconds else 0.0


def evaluate(model: NerModel, name: str, data: Sequence[Tagged]) -> BenchResult:
    """Tag ``data`` (timed, features included) and score it against its gold tags."""
    start = time.perf_counter()
    pred = [model.tag(tokens) for tokens, _ in data]
    seconds = time.perf_counter() - start
    return BenchResult(
        name, score([g for _, g in data], pred), sum(len(t) for t, _ in data), seconds
    )


def test_sets(shared_data: Path) -> list[tuple[str, list[Tagged]]]:
    return [
        ("ANERcorp test", list(corpora.read_anercorp(shared_data / corpora.ANER_TEST))),
        (
            "Wojood sample test",
            list(corpora.read_wojood(shared_data / corpora.WOJOOD.format(split="test"))),
        ),
    ]


def run_bench(model: NerModel, shared_data: Path) -> list[BenchResult]:
    # A fresh feature cache, so that speed is measured as on unseen text.
    model.featurizer.clear_cache()
    return [evaluate(model, name, data) for name, data in test_sets(shared_data)]


def format_result(r: BenchResult) -> str:
    s = r.scores
    lines = [
        f"{r.name}: {r.tokens} tokens, {r.tokens_per_second:,.0f} tokens/s",
        f"  micro P {s.micro_p * 100:.1f}  R {s.micro_r * 100:.1f}  F1 {s.micro_f1 * 100:.1f}"
        f"   macro F1 {s.macro_f1 * 100:.1f}",
    ]
    for kind, (p, rec, f, n) in s.per_type.items():
        lines.append(
            f"  {kind:<5} P {p * 100:5.1f}  R {rec * 100:5.1f}  F1 {f * 100:5.1f}  ({n} gold)"
        )
    return "\n".join(lines)
