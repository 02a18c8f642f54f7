"""The shipped NER model: load once, tag lists of words with BIO PER/LOC/ORG/MISC tags."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import pycrfsuite

from marsad.ner.bundle import read_bundle
from marsad.ner.features import Featurizer

MODEL_NAME = "ner-crf"
MODEL_VERSION = "1.2"
DATA_DIR = Path(__file__).resolve().parent.parent / "data"
MODEL_PATH = DATA_DIR / "ner" / f"{MODEL_NAME}-{MODEL_VERSION}.zip"


def repair_bio(tags: Sequence[str]) -> list[str]:
    """Make a tag sequence valid BIO: an I-X that does not continue an X entity becomes B-X."""
    out: list[str] = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append(tag)
        prev = tag
    return out


class NerModel:
    def __init__(self, path: Path) -> None:
        bundle = read_bundle(path)
        self.path = path
        self.sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
        self.meta: dict[str, Any] = bundle.meta
        self.featurizer = Featurizer(bundle.resources)
        # crfsuite reads the weights in place: the bytes must live as long as the tagger.
        self._crf = bundle.crf
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open_inmemory(self._crf)

    def tag(self, words: Sequence[str]) -> list[str]:
        """BIO tags for one sentence's words (strings as they stand in the text)."""
        if not words:
            return []
        tags: list[str] = self._tagger.tag(self.featurizer.sentence(words))
        return repair_bio(tags)

    def tag_with_marginals(self, words: Sequence[str]) -> tuple[list[str], list[float]]:
        """BIO tags and, per word, the marginal probability of the tag the tagger chose."""
        if not words:
            return [], []
        raw: list[str] = self._tagger.tag(self.featurizer.sentence(words))
        probs = [self._tagger.marginal(t, i) for i, t in enumerate(raw)]
        return repair_bio(raw), probs

    def tag_text(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for consecutive sentences of one text, kept consistent across them: a name
        tagged with confidence in one sentence is tagged wherever it recurs nearby."""
        from marsad.ner.consistency import propagate

        return propagate(sentences, [self.tag_with_marginals(s) for s in sentences])


@cache
def load_model(path: Path = MODEL_PATH) -> NerModel:
    return NerModel(path)


def tag_tokens(words: list[str]) -> list[str]:
    """Tag one sentence with the shipped model (loaded on first use)."""
    return load_model().tag(words)
