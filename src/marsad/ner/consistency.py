"""Label consistency across a document: a name the tagger is sure of once is a name throughout.

A sentence-level tagger misses repeats of a name in weaker contexts ("رامسفيلد ." at a sentence
end, "انرون" after a verb) although the same text tagged it confidently a few sentences away.
``propagate`` tags every untagged recurrence, within a window of sentences, of a sure entity's
words with that entity's type; a sure multi-word person's last word counts alone too, because
news names a person in full once and by surname afterwards. A recurrence may carry one
proclitic (وبوش، للزرقاوي): Arabic writes and/with/for on the name itself.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from marsad.ner.corpora import bio_from_spans, spans_from_bio

WINDOW = 30  # sentences either side that count as the same stretch of text
MIN_PROB = 0.8  # the lowest tag marginal of a span the tagger counts as sure


def _sure_entities(
    tokens: Sequence[str], tags: Sequence[str], probs: Sequence[float], min_prob: float
) -> list[tuple[tuple[str, ...], str]]:
    out: list[tuple[tuple[str, ...], str]] = []
    for kind, a, b in spans_from_bio(list(tags)):
        if min(probs[a:b]) < min_prob:
            continue
        words = tuple(tokens[a:b])
        out.append((words, kind))
        surname = words[-1]
        if kind == "PER" and len(words) > 1 and len(surname) > 2 and surname.isalpha():
            out.append(((surname,), kind))
    return out


_PROCLITICS = "وبلفك"


def _bare(word: str) -> str:
    """The word without one proclitic (وبغداد، لبوش; للزرقاوي is ل + الزرقاوي)."""
    if word.startswith("لل") and len(word) > 4:
        return "ال" + word[2:]
    if len(word) > 3 and word[0] in _PROCLITICS:
        return word[1:]
    return word


def _same(tokens: Sequence[str], words: tuple[str, ...]) -> bool:
    """Whether ``tokens`` spell ``words``, the first one perhaps with a proclitic."""
    return (
        len(tokens) == len(words)
        and tuple(tokens[1:]) == words[1:]
        and (tokens[0] == words[0] or _bare(tokens[0]) == words[0])
    )


def propagate(
    sentences: Sequence[Sequence[str]],
    tagged: Sequence[tuple[Sequence[str], Sequence[float]]],
    window: int = WINDOW,
    min_prob: float = MIN_PROB,
) -> list[list[str]]:
    """BIO tags for ``sentences`` given the tagger's (tags, marginals) for each of them."""
    if len(sentences) != len(tagged):
        raise ValueError(f"{len(sentences)} sentences but {len(tagged)} tagged")
    sure = [
        _sure_entities(tokens, tags, probs, min_prob)
        for tokens, (tags, probs) in zip(sentences, tagged, strict=True)
    ]
    # The window's sure entities, kept as a running count as the window slides.
    seen: Counter[tuple[tuple[str, ...], str]] = Counter()
    for j in range(min(len(sentences), window + 1)):
        seen.update(sure[j])
    out: list[list[str]] = []
    for i, (tokens, (tags, _)) in enumerate(zip(sentences, tagged, strict=True)):
        if i - window - 1 >= 0:
            for key in sure[i - window - 1]:
                seen[key] -= 1
                if not seen[key]:
                    del seen[key]  # the window's count stays as small as the window
        if i + window < len(sentences) and i > 0:
            seen.update(sure[i + window])
        own = Counter(sure[i])
        present = {*tokens, *map(_bare, tokens)}
        # Names that could match here, by first word: longest first, then the most frequent
        # type for the same words.
        by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        found = [
            (key, n - own[key]) for key, n in seen.items() if key[0][0] in present and n > own[key]
        ]
        for (words, kind), _ in sorted(found, key=lambda x: (-len(x[0][0]), -x[1])):
            by_first.setdefault(words[0], []).append((words, kind))
        spans = spans_from_bio(list(tags))
        taken = [False] * len(tokens)
        for _, a, b in spans:
            taken[a:b] = [True] * (b - a)
        for a, word in enumerate(tokens):
            for words, kind in by_first.get(word, ()) or by_first.get(_bare(word), ()):
                n = len(words)
                if not any(taken[a : a + n]) and _same(tokens[a : a + n], words):
                    spans.append((kind, a, a + n))
                    taken[a : a + n] = [True] * n
                    break
        out.append(bio_from_spans(len(tokens), sorted(spans, key=lambda s: s[1])))
    return out
