"""Arabic named-entity recognition: a CRF tagger trained by marsad, PER/LOC/ORG/MISC in BIO."""

from __future__ import annotations


def tag_tokens(words: list[str]) -> list[str]:
    """BIO tags (PER, LOC, ORG, MISC) for one sentence's words, from the shipped model."""
    from marsad.ner.model import tag_tokens as _tag

    return _tag(words)


__all__ = ["tag_tokens"]
