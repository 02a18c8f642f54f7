from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.ner.consistency import propagate
from marsad.ner.corpora import spans_from_bio


def _sure(tags: list[str], prob: float = 0.99) -> tuple[list[str], list[float]]:
    return tags, [prob] * len(tags)


def test_a_sure_name_is_tagged_where_it_recurs_untagged() -> None:
    sentences = [
        ["أعلنت", "شركة", "فالكوم", "أرباحها"],
        ["وقالت", "فالكوم", "إن", "السوق", "تحسنت"],
    ]
    tagged = [_sure(["O", "O", "B-ORG", "O"]), _sure(["O"] * 5)]
    assert propagate(sentences, tagged)[1] == ["O", "B-ORG", "O", "O", "O"]


def test_a_full_name_lends_its_surname_and_multiword_names_match_whole() -> None:
    sentences = [
        ["التقى", "الوزير", "هانس", "فيلدمان", "نظيره"],
        ["وأكد", "فيلدمان", "أن", "هانس", "سيعود"],
    ]
    tagged = [_sure(["O", "O", "B-PER", "I-PER", "O"]), _sure(["O"] * 5)]
    # The surname stands alone; the first name alone is not taken for the person.
    assert propagate(sentences, tagged)[1] == ["O", "B-PER", "O", "O", "O"]


def test_unsure_and_distant_names_are_not_spread() -> None:
    sentences = [["زار", "كيراني", "المدينة"], ["وغادر", "كيراني"]]
    unsure = [(["O", "B-PER", "O"], [0.9, 0.5, 0.9]), _sure(["O", "O"])]
    assert propagate(sentences, unsure)[1] == ["O", "O"]
    far = [_sure(["O", "B-PER", "O"]), *[_sure(["O"]) for _ in range(5)], _sure(["O", "O"])]
    words = [sentences[0], *[["ثم"] for _ in range(5)], sentences[1]]
    assert propagate(words, far, window=3)[-1] == ["O", "O"]
    assert propagate(words, far, window=6)[-1] == ["O", "B-PER"]


def test_the_tagger_own_spans_are_kept_and_shapes_must_agree() -> None:
    sentences = [["روما", "عاصمة"], ["روما", "فاز"]]
    tagged = [_sure(["B-LOC", "O"]), _sure(["B-PER", "O"])]
    assert propagate(sentences, tagged) == [["B-LOC", "O"], ["B-PER", "O"]]
    with pytest.raises(ValueError):
        propagate(sentences, tagged[:1])


_TAG = st.sampled_from(["O", "B-PER", "I-PER", "B-LOC", "B-ORG", "I-ORG"])


@given(
    st.lists(
        st.lists(st.tuples(st.sampled_from(["أ", "ب", "ج", "د"]), _TAG), min_size=1, max_size=8),
        max_size=6,
    )
)
def test_propagation_only_adds_whole_spans_on_untagged_words(
    sents: list[list[tuple[str, str]]],
) -> None:
    words = [[w for w, _ in s] for s in sents]
    tags = [[t for _, t in s] for s in sents]
    out = propagate(words, [_sure(t) for t in tags])
    for before, after in zip(tags, out, strict=True):
        assert len(after) == len(before)
        old = spans_from_bio(before)
        new = spans_from_bio(after)
        assert set(old) <= set(new)  # nothing the tagger found is lost or changed
        covered = {i for _, a, b in old for i in range(a, b)}
        for span in set(new) - set(old):
            assert not covered & set(range(span[1], span[2]))


def test_a_recurrence_may_carry_a_proclitic() -> None:
    sentences = [["أعلن", "الزرقاوي", "مسؤوليته"], ["ونسب", "البيان", "للزرقاوي", "وبوش"]]
    tagged = [_sure(["O", "B-PER", "O"]), _sure(["O", "O", "O", "O"])]
    assert propagate(sentences, tagged)[1] == ["O", "O", "B-PER", "O"]
