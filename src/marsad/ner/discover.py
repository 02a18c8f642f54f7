"""NER over a Doc: people and organisations that the actor stage has not found.

The actor stage knows names from its knowledge base and unknown names after a title; the CRF
tagger finds names in any context. ``find_unknown_entities`` tags each sentence of a doc and
keeps the PER/ORG spans that no existing mention touches, with the tagger's confidence (the
lowest marginal probability of the span's tags) so that callers can gate on it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from marsad.model import Doc

TYPES = ("PER", "ORG")


class EntitySpan(NamedTuple):
    start: int  # token index range [start, end)
    end: int
    type: str
    prob: float  # the tagger's lowest marginal probability over the span's tags


def tag_doc(doc: Doc, ranges: Iterable[tuple[int, int]] | None = None) -> list[EntitySpan]:
    """Every entity span (PER, LOC, ORG, MISC) the shipped tagger finds in doc's sentences,
    or in the given token ranges (windows of a sentence: the features look two words out).

    The ranges are tagged as one running text (``marsad.ner.consistency``); a span added
    there for a name sure elsewhere carries that threshold as its confidence.
    """
    from marsad.ner.consistency import MIN_PROB, propagate
    from marsad.ner.corpora import spans_from_bio
    from marsad.ner.model import load_model

    model = load_model()
    spans = [(lo, hi) for lo, hi in (doc.sentence_tokens if ranges is None else ranges) if hi > lo]
    words = [[doc.text[t.start : t.end] for t in doc.tokens[lo:hi]] for lo, hi in spans]
    raw = [model.tag_with_marginals(w) for w in words]
    out: list[EntitySpan] = []
    for (lo, _), (tags, probs), final in zip(spans, raw, propagate(words, raw), strict=True):
        for kind, a, b in spans_from_bio(final):
            own = final[a:b] == tags[a:b]
            out.append(EntitySpan(lo + a, lo + b, kind, min(probs[a:b]) if own else MIN_PROB))
    return out


def _covered(doc: Doc) -> list[bool]:
    taken = [False] * len(doc.tokens)
    for m in doc.mentions:
        for x in range(*m.tokens):
            taken[x] = True
    return taken


def find_unknown_entities(
    doc: Doc,
    types: Iterable[str] = TYPES,
    min_prob: float = 0.0,
    ranges: Iterable[tuple[int, int]] | None = None,
) -> list[EntitySpan]:
    """PER/ORG spans (token ranges) that no mention in ``doc.mentions`` overlaps.

    Run after the actor stage's own mention finding; ``min_prob`` keeps only spans the tagger
    is at least that sure of; ``ranges`` limits the tagging to those token ranges.
    """
    wanted = set(types)
    taken = _covered(doc)
    return [
        s
        for s in tag_doc(doc, ranges)
        if s.type in wanted and s.prob >= min_prob and not any(taken[s.start : s.end])
    ]
