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
    scores: Scores  # the sentences tagged as running text (the figure to quote)
    sentence_scores: Scores  # each sentence tagged alone, with no consistency pass
    tokens: int
    seconds: float  # first pass, with the per-word feature cache empty
    seconds_warm: float  # second pass over the same text (words' features cached)

    @property
    def tokens_per_second(self) -> float:
        return self.tokens / self.seconds if self.seconds else 0.0

    @property
    def tokens_per_second_warm(self) -> float:
        return self.tokens / self.seconds_warm if self.seconds_warm else 0.0


def evaluate(model: NerModel, name: str, data: Sequence[Tagged]) -> BenchResult:
    """Tag ``data`` twice (timed, features included) and score it against its gold tags.

    The sentences are tagged as one running text (``NerModel.tag_text``): the test splits
    keep their articles' sentences in order, with no article boundaries marked."""
    from marsad.ner.consistency import propagate

    sentences = [tokens for tokens, _ in data]
    model.featurizer.clear_cache()
    start = time.perf_counter()
    raw = [model.tag_with_marginals(words) for words in sentences]
    pred = propagate(sentences, raw)
    seconds = time.perf_counter() - start
    start = time.perf_counter()
    model.tag_text(sentences)
    warm = time.perf_counter() - start
    n_tokens = sum(len(t) for t in sentences)
    gold = [g for _, g in data]
    return BenchResult(
        name, score(gold, pred), score(gold, [t for t, _ in raw]), n_tokens, seconds, warm
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
    return [evaluate(model, name, data) for name, data in test_sets(shared_data)]


def format_result(r: BenchResult) -> str:
    s = r.scores
    lines = [
        f"{r.name}: {r.tokens} tokens, {r.tokens_per_second:,.0f} tokens/s"
        f" (first pass; {r.tokens_per_second_warm:,.0f} with word features cached)",
        f"  micro P {s.micro_p * 100:.1f}  R {s.micro_r * 100:.1f}  F1 {s.micro_f1 * 100:.1f}"
        f"   macro F1 {s.macro_f1 * 100:.1f}"
        f"   (each sentence alone: micro F1 {r.sentence_scores.micro_f1 * 100:.1f})",
    ]
    for kind, (p, rec, f, n) in s.per_type.items():
        lines.append(
            f"  {kind:<5} P {p * 100:5.1f}  R {rec * 100:5.1f}  F1 {f * 100:5.1f}  ({n} gold)"
        )
    return "\n".join(lines)
