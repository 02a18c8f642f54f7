"""Accuracy of the shipped model on held-out test data (needs ../shared/data)."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.ner.bench import BenchResult, run_bench
from marsad.ner.model import load_model

# A regression gate just under what the shipped model holds (74.9 tagging the test split as
# running text, 72.7 sentence by sentence; issue 3 asks for 80: not yet).
# Speed is measured by `marsad bench ner`, never asserted here: these machines are shared.
ANERCORP_FLOOR = 0.74
SENTENCE_FLOOR = 0.72


@pytest.fixture(scope="module")
def results(shared_data: Path) -> dict[str, BenchResult]:
    return {r.name: r for r in run_bench(load_model(), shared_data)}


def test_anercorp_test_f1_holds_the_floor(results: dict[str, BenchResult]) -> None:
    assert results["ANERcorp test"].scores.micro_f1 >= ANERCORP_FLOOR
    assert results["ANERcorp test"].sentence_scores.micro_f1 >= SENTENCE_FLOOR


def test_wojood_sample_is_scored_on_all_four_types(results: dict[str, BenchResult]) -> None:
    scores = results["Wojood sample test"].scores
    assert set(scores.per_type) == {"PER", "LOC", "ORG", "MISC"}
    assert scores.micro_f1 > 0.4
