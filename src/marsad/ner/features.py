"""Token features for the CRF tagger.

Each word gets a fixed set of "own" features (surface, normalised form, clitic-stripped stem,
affixes, shape, word cluster ids, gazetteer flags), cached per surface string because news
vocabulary is Zipfian; the sentence features add a window of the neighbours' key features.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from marsad.text.normalize import norm
from marsad.text.tokens import proclitic_readings, strip_article, suffix_readings

_PUNCT_END = ".!?؟"


@dataclass(frozen=True)
class Resources:
    """What the features look up: word clusters (id per granularity) and gazetteer flags."""

    clusters: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    counts: Mapping[str, int] = field(default_factory=dict)  # article-less word frequencies
    gazetteer: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


def _letters(word: str) -> str:
    """The word without leading/trailing punctuation (ANERcorp keeps "(د" and "أ)")."""
    start, end = 0, len(word)
    while start < end and not word[start].isalnum():
        start += 1
    while end > start and not word[end - 1].isalnum():
        end -= 1
    return word[start:end]


def _shape(word: str) -> str:
    if not word:
        return "empty"
    kinds: list[str] = []
    for c in word:
        if "\u0621" <= c <= "\u06ff":
            k = "a"
        elif c.isdigit():
            k = "d"
        elif c.isalpha():
            k = "X" if c.isupper() else "x"
        else:
            k = "p"
        if not kinds or kinds[-1] != k:
            kinds.append(k)
    return "".join(kinds[:4])


def stem_of(word: str, counts: Mapping[str, int]) -> tuple[str, str, bool]:
    """(proclitics, stem, had article) for the reading whose stem is most frequent as a word.

    Clitic letters are ambiguous (لبنان is not ل + بنان, فرنسا not ف + رنسا), so every
    reading's stem (article and pronoun suffix off) is weighed by how often it stands alone in
    raw text; ties go to the most literal reading.
    """
    best = ("", strip_article(word), strip_article(word) != word)
    best_count = counts.get(best[1], 0)
    for procl, rest in proclitic_readings(word):
        canon = strip_article(rest)
        for stem, _ in suffix_readings(canon) if len(canon) > 4 else ((canon, ""),):
            c = counts.get(stem, 0)
            if c > best_count:
                best, best_count = (procl, stem, canon != rest), c
    return best


def _freq_bucket(count: int) -> str:
    # Rare and unseen words are where names hide (a frequency list's blind spot).
    return "0" if count == 0 else "1" if count < 5 else "2" if count < 50 else "3"


_LONG_VOWELS = frozenset("اوي")


def _foreign(stem: str) -> list[str]:
    """Signs of a transliterated foreign name: many long vowels, no Arabic pattern letters."""
    if len(stem) < 4 or not all("\u0621" <= c <= "\u064a" for c in stem):
        return []
    vowels = sum(c in _LONG_VOWELS for c in stem)
    feats = ["lv=" + str(min(vowels, 4))]
    if vowels * 5 >= len(stem) * 2:
        feats.append("lvr=hi")
    # Two long vowels one letter apart inside the word (بوتين، كوفي، ماكرون) is rare in
    # Arabic patterns but common in transliteration.
    inner = stem[1:-1]
    if any(a in _LONG_VOWELS and b in _LONG_VOWELS for a, b in zip(inner, inner[2:], strict=False)):
        feats.append("lvp")
    return feats


_PAD = {d: f"{d}:pad" for d in (-2, -1, 1, 2)}


class _Word(NamedTuple):
    feats: list[str]  # the word's own features
    stem: str
    context: dict[int, list[str]]  # by offset d: what it lends the word d places before it


class Featurizer:
    def __init__(self, resources: Resources) -> None:
        self.res = resources
        self._own = lru_cache(maxsize=300_000)(self._own_features)

    def clear_cache(self) -> None:
        self._own.cache_clear()

    def _own_features(self, word: str) -> _Word:
        n = norm(word)
        core = _letters(n) or n
        procl, stem, article = stem_of(core, self.res.counts)
        shape = _shape(n)
        clusters = self.res.clusters.get(stem) or self.res.clusters.get(core) or ()
        gaz = self.res.gazetteer.get(stem, ()) + tuple(
            "w" + g for g in self.res.gazetteer.get(core, ()) if core != stem
        )
        feats = [
            "bias",
            "w=" + n,
            "c=" + core,
            "st=" + stem,
            "pc=" + procl,
            "sh=" + shape,
            "len=" + str(min(len(core), 10)),
            "art=" + str(article),
            "pun=" + str(core != n),
            "fq=" + _freq_bucket(self.res.counts.get(stem, 0)),
            *_foreign(stem),
        ]
        for k in (1, 2, 3, 4):
            if len(core) >= k:
                feats.append(f"p{k}=" + core[:k])
                feats.append(f"s{k}=" + core[-k:])
        for k in (2, 3):
            if len(stem) > k:
                feats.append(f"sp{k}=" + stem[:k])
                feats.append(f"ss{k}=" + stem[-k:])
        for i, cid in enumerate(clusters):
            feats.append(f"k{i}=" + cid)
        for g in gaz:
            feats.append("g=" + g)
        coarse = clusters[0] if clusters else "-"
        fine = clusters[-1] if clusters else "-"
        # What this word lends its neighbours' features, by their offset to it (built once).
        context: dict[int, list[str]] = {}
        for d in (-2, -1, 1, 2):
            ctx = [f"{d}:st=" + stem, f"{d}:k=" + fine]
            if abs(d) == 1:
                ctx += [f"{d}:w=" + n, f"{d}:sh=" + shape, f"{d}:kc=" + coarse]
                ctx += [f"{d}:g=" + g for g in gaz]
            context[d] = ctx
        return _Word(feats, stem, context)

    def sentence(self, words: Sequence[str]) -> list[list[str]]:
        """CRFsuite attribute lists for one sentence: own features plus a +-2 window."""
        own = [self._own(w) for w in words]
        n = len(words)
        out: list[list[str]] = []
        for i, word in enumerate(own):
            feats = list(word.feats)
            if i == 0:
                feats.append("BOS")
            if i == n - 1:
                feats.append("EOS")
            for d in (-2, -1, 1, 2):
                j = i + d
                if 0 <= j < n:
                    feats += own[j].context[d]
                else:
                    feats.append(_PAD[d])
            if i > 0:
                feats.append("bg-=" + own[i - 1].stem + "|" + word.stem)
            if i < n - 1:
                feats.append("bg+=" + word.stem + "|" + own[i + 1].stem)
            out.append(feats)
        return out


def core_of(word: str) -> str:
    """Normalised word without surrounding punctuation: what counts and stems are keyed on."""
    n = norm(word)
    return _letters(n) or n


def word_counts(sentences: Iterable[Sequence[str]], min_count: int = 2) -> dict[str, int]:
    """Frequencies of article-less word forms, the evidence ``stem_of`` weighs readings by."""
    counts = Counter(strip_article(core_of(w)) for s in sentences for w in s)
    return {w: c for w, c in counts.items() if c >= min_count}
