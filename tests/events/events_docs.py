"""Build hand-made Docs for event tests (text stages real, mentions/places/quotes given)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from marsad.model import ActorRef, Doc, Mention, Place, Quote
from marsad.pipeline import Pipeline, make_article

ActorSpec = tuple[str, str | None, str | None]  # surface, country, sector


def build_doc(
    text: str,
    actors: Sequence[ActorSpec] = (),
    places: Sequence[tuple[str, str]] = (),
    quotes: Sequence[tuple[str, str]] = (),
    published: dt.date | None = None,
) -> Doc:
    """``actors``: every occurrence of each surface becomes a mention; ``places``: (surface,
    country) locative places; ``quotes``: (speaker surface, quoted text)."""
    article = make_article(text, published=published, doc_id="t")
    doc = Pipeline(("text.normalize.v1", "text.sentences.v1", "text.tokens.v1"))(article)
    found: list[Mention] = []
    for surface, country, sector in actors:
        for m in re.finditer(re.escape(surface), text):
            s, e = m.span()
            toks = [i for i, t in enumerate(doc.tokens) if t.start < e and t.end > s]
            ref = ActorRef(surface, country, sector, "GPE" if sector == "GOV" else "ORG")
            found.append(Mention((s, e), surface, doc.sentence_of(s), (toks[0], toks[-1] + 1),
                                 ref, "test"))
    found.sort(key=lambda m: m.span)
    doc.mentions = found
    for surface, country in places:
        for m in re.finditer(re.escape(surface), text):
            doc.places.append(Place(surface, surface, country, 0.0, 0.0, m.span(),
                                    doc.sentence_of(m.start()), locative=True))
    for speaker, quoted in quotes:
        qs = text.index(quoted)
        sp = next(i for i, m in enumerate(doc.mentions) if m.text == speaker)
        doc.quotes.append(Quote(speaker, doc.mentions[sp].span, "قال", (0, 0), quoted,
                                (qs, qs + len(quoted)), doc.sentence_of(qs), sp))
    return doc


