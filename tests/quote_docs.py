"""Docs with hand-made mentions for the quote tests: the quote finder alone, no actor stage."""

from __future__ import annotations

from marsad.model import ActorRef, Doc, Mention
from marsad.pipeline import prepare
from marsad.quotes import find_quotes


def quoted_doc(text: str, names: dict[str, str], kinds: dict[str, str] | None = None) -> Doc:
    """A Doc with hand-made mentions (first occurrence of each surface form) and its quotes."""
    doc = prepare(text)
    for surface, english in names.items():
        start = text.index(surface)
        end = start + len(surface)
        toks = [i for i, t in enumerate(doc.tokens) if t.end > start and t.start < end]
        kind = (kinds or {}).get(surface, "PER")
        doc.mentions.append(
            Mention(
                span=(start, end),
                text=surface,
                sentence=doc.sentence_of(start),
                tokens=(toks[0], toks[-1] + 1),
                actor=ActorRef(english, "XXX", "GOV", kind),
                rule="test",
            )
        )
    doc.mentions.sort(key=lambda m: m.span)
    find_quotes(doc)
    return doc


def speaker_pairs(doc: Doc) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.quote) for q in doc.quotes]
