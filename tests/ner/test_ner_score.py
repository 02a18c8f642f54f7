from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from marsad.ner.corpora import bio_from_spans, spans_from_bio
from marsad.ner.score import score

TAG = st.sampled_from(["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "I-ORG", "B-MISC"])
tags = st.lists(TAG, min_size=1, max_size=10)
pair = st.integers(1, 10).flatmap(
    lambda n: st.tuples(
        st.lists(TAG, min_size=n, max_size=n), st.lists(TAG, min_size=n, max_size=n)
    )
)


def test_entity_scores_by_hand() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "I-ORG"]]
    pred = [["B-PER", "I-PER", "O", "B-ORG"], ["B-ORG", "O"]]
    s = score(gold, pred)
    assert s.micro_p == pytest.approx(1 / 3)
    assert s.micro_r == pytest.approx(1 / 3)
    assert s.per_type["PER"][2] == 1.0
    assert s.per_type["LOC"] == (0.0, 0.0, 0.0, 1)
    assert s.macro_f1 == pytest.approx(1 / 3)  # PER 1, LOC 0, ORG 0


@given(tags)
def test_spans_round_trip(seq: list[str]) -> None:
    spans = spans_from_bio(seq)
    assert spans_from_bio(bio_from_spans(len(seq), spans)) == spans


@settings(max_examples=60, deadline=None)
@given(st.lists(pair, min_size=1, max_size=5))
def test_same_as_seqeval(pairs: list[tuple[list[str], list[str]]]) -> None:
    metrics = pytest.importorskip("seqeval.metrics")
    gold = [g for g, _ in pairs]
    pred = [p for _, p in pairs]
    s = score(gold, pred)
    assume(s.per_type)  # seqeval's macro average of no types is nan
    assert s.micro_f1 == pytest.approx(metrics.f1_score(gold, pred, zero_division=0))
    assert s.macro_f1 == pytest.approx(
        metrics.f1_score(gold, pred, average="macro", zero_division=0)
    )
