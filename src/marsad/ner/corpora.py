"""Readers for the NER corpora under ../shared/data, mapped to marsad's PER/LOC/ORG/MISC.

Used at training and benchmark time only; nothing here is shipped data. Each reader yields
``(tokens, tags)`` pairs with BIO tags over the four types.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from marsad.ner.conll import read_conll

TYPES = ("PER", "LOC", "ORG", "MISC")
Tagged = tuple[list[str], list[str]]

ANER_TRAIN = "anercorp/ANERCorp_CamelLabRecipe_train.txt"
ANER_TEST = "anercorp/ANERCorp_CamelLabRecipe_test.txt"
WOJOOD = "wojood-sample/wojood_sample_{split}.txt"
WIKIFANE = tuple(f"wikifane-gold/WikiFANE_Gold_2014_500K.part{i}of3.txt" for i in (1, 2, 3))

# Wojood follows its own scheme; ANERcorp tags nationalities (NORP), jobs and dates as O,
# and keeps MISC for events, currencies, products and the like.
WOJOOD_MAP = {
    "PERS": "PER",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "ORG": "ORG",
    "EVENT": "MISC",
    "CURR": "MISC",
    "PRODUCT": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
    "WEBSITE": "MISC",
}

# WikiFANE/NewsFANE fine classes (ACE-based) to the ANERcorp types. "Group" holds peoples and
# religions' followers (العرب، المسلمين), which ANERcorp leaves untagged, so it maps to O.
_FANE_PER = (
    "Politician Athlete Businessperson Artist Scientist Police Engineer Lawyer "
    "Religious_PER Other_PER"
)
_FANE_LOC = (
    "Nation Population-Center State-or-Province County-or-District GPE-Cluster Continent "
    "Water-Body Land-Region-Natural Celestial Path Building-Grounds Airport Subarea-Facility Land"
)
_FANE_ORG = (
    "Government Non-Governmental Commercial Educational Media Sports Religious_ORG "
    "Medical-Science Entertainment"
)
_FANE_MISC = "Book Movie Sound Software Hardware Air Water Projectile Food Drug Nuclear Chemical"
FANE_MAP = {
    **{t: "PER" for t in _FANE_PER.split()},
    **{t: "LOC" for t in _FANE_LOC.split()},
    **{t: "ORG" for t in _FANE_ORG.split()},
    **{t: "MISC" for t in _FANE_MISC.split()},
}


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def spans_from_bio(tags: list[str]) -> list[tuple[str, int, int]]:
    """(type, start, end) spans of a BIO tag column; a stray I- starts a span."""
    spans: list[tuple[str, int, int]] = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        continues = prefix == "I" and label == kind and start >= 0
        if start >= 0 and not continues:
            spans.append((kind, start, i))
            start, kind = -1, ""
        if prefix in ("B", "I") and not continues:
            start, kind = i, label
    return spans


def bio_from_spans(n: int, spans: list[tuple[str, int, int]]) -> list[str]:
    tags = ["O"] * n
    for kind, a, b in spans:
        tags[a] = f"B-{kind}"
        for i in range(a + 1, b):
            tags[i] = f"I-{kind}"
    return tags


def _remap(tags: list[str], mapping: dict[str, str]) -> list[str]:
    spans = [(mapping[k], a, b) for k, a, b in spans_from_bio(tags) if k in mapping]
    return bio_from_spans(len(tags), spans)


def read_anercorp(path: Path) -> Iterator[Tagged]:
    with path.open(encoding="utf-8") as f:
        for sent in read_conll(f):
            tokens = [r.token for r in sent]
            tags = [r.extra[0] if r.extra else "O" for r in sent]
            yield (
                tokens,
                _remap(
                    tags, {"PERS": "PER", "PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}
                ),
            )


def read_wojood(path: Path) -> Iterator[Tagged]:
    """Nested Wojood layers flattened: mapped spans, outer layers first, no overlaps."""
    with path.open(encoding="utf-8") as f:
        for sent in read_conll(f):
            rows = [r for r in sent if r.token != "$#$"]  # segment marks are not text
            if not rows:
                continue
            n = len(rows)
            depth = max(len(r.extra) for r in rows)
            taken = [False] * n
            kept: list[tuple[str, int, int]] = []
            for layer in range(depth):
                column = [r.extra[layer] if layer < len(r.extra) else "O" for r in rows]
                for kind, a, b in spans_from_bio(column):
                    mapped = WOJOOD_MAP.get(kind)
                    if mapped and not any(taken[a:b]):
                        kept.append((mapped, a, b))
                        taken[a:b] = [True] * (b - a)
            yield [r.token for r in rows], bio_from_spans(n, sorted(kept, key=lambda s: s[1]))


def read_fane(paths: list[Path], max_len: int = 120) -> Iterator[Tagged]:
    """WikiFANE-style files (no sentence breaks): split after sentence-final punctuation."""
    tokens: list[str] = []
    tags: list[str] = []
    for path in paths:
        with path.open(encoding="utf-8-sig", newline="") as f:
            for raw in f:
                line = raw.rstrip("\r\n").replace("\u200e", "")
                if "\t" not in line:
                    continue
                token, tag = line.split("\t", 1)
                token, tag = token.strip(), tag.strip() or "O"
                if not token:
                    continue
                tokens.append(token)
                tags.append(tag)
                if token in (".", "!", "?", "؟") or len(tokens) >= max_len:
                    yield tokens, _remap(tags, FANE_MAP)
                    tokens, tags = [], []
    if tokens:
        yield tokens, _remap(tags, FANE_MAP)
