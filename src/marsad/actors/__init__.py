"""Actors: knowledge base, mention finding and resolution, coreference within an article.

``find_actors(doc)`` fills ``doc.mentions`` (sorted by start, each with the ``rule`` that made it)
and ``doc.actors`` (one entry per distinct real-world actor; ``Mention.entity`` indexes it).
``lookup(text, date)`` runs the same rules on a snippet, to explain a resolution.
"""

from __future__ import annotations

import datetime as dt

from marsad.actors.grouping import group
from marsad.actors.mentions import find_mentions
from marsad.model import Article, Doc, Mention

__all__ = ["find_actors", "lookup"]


def find_actors(doc: Doc) -> None:
    """Actor stage: needs doc.norm, doc.tokens and doc.sentence_tokens."""
    day = doc.article.published
    mentions = find_mentions(doc, day)
    doc.actors = group(mentions)
    doc.mentions = mentions


def _prepare(text: str, date: dt.date | None) -> Doc:
    from marsad.text.normalize import normalize
    from marsad.text.sentences import split_sentences
    from marsad.text.tokens import tokenize

    doc = Doc(Article("lookup", text, published=date))
    doc.norm = normalize(text)
    doc.sentences = split_sentences(text)
    doc.tokens = tokenize(doc.norm)
    ranges: list[tuple[int, int]] = []
    t = 0
    for _, end in doc.sentences:
        first = t
        while t < len(doc.tokens) and doc.tokens[t].start < end:
            t += 1
        ranges.append((first, t))
    doc.sentence_tokens = ranges
    return doc


def lookup(text: str, date: dt.date | None = None) -> list[Mention]:
    """The mentions found in ``text`` (as of ``date``), with their ActorRef, rule and key."""
    doc = _prepare(text, date)
    find_actors(doc)
    return doc.mentions
