"""Actors: knowledge base, mention finding and resolution, coreference within an article.

``find_actors(doc)`` fills ``doc.mentions`` (sorted by start, each with the ``rule`` that made it)
and ``doc.actors`` (one entry per distinct real-world actor; ``Mention.entity`` indexes it).
``lookup(text, date)`` runs the same rules on a snippet, to explain a resolution.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from marsad.actors.grouping import group
from marsad.actors.mentions import find_mentions
from marsad.actors.ner_hook import add_ner_mentions
from marsad.model import Doc, Mention

__all__ = ["explain", "find_actors", "lookup", "prepare"]


def find_actors(doc: Doc) -> None:
    """Actor stage: needs doc.norm, doc.tokens and doc.sentence_tokens."""
    day = doc.article.published
    mentions = find_mentions(doc, day)
    mentions = add_ner_mentions(doc, mentions)  # names only the NER tagger finds (issue 3)
    doc.actors = group(mentions)
    doc.mentions = mentions


def prepare(text: str, date: dt.date | None = None) -> Doc:
    """A Doc of ``text`` with the text stages run, dated ``date`` (for lookups and tests)."""
    from marsad.pipeline import prepare as prepare_text

    doc = prepare_text(text, doc_id="lookup")
    doc.article = dataclasses.replace(doc.article, published=date)
    return doc


def lookup(text: str, date: dt.date | None = None) -> list[Mention]:
    """The mentions found in ``text`` (as of ``date``), with their ActorRef, rule and key."""
    doc = prepare(text, date)
    find_actors(doc)
    return doc.mentions


def explain(mention: Mention) -> str:
    """One line saying what a mention resolved to and by which rule (for `marsad actors lookup`)."""
    ref = mention.actor
    return (
        f"{mention.text}\t[{mention.span[0]}:{mention.span[1]}]\t{ref.entity_name}\t"
        f"{ref.kind}\t{ref.country or '-'}\t{ref.sector_code or '-'}\trule={mention.rule}\t"
        f"key={ref.key}" + (f"\twikidata={ref.wikidata_id}" if ref.wikidata_id else "")
    )
