"""marsad: Arabic news to PLOVER event data, every field traceable to its source characters."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from marsad.model import Doc

__all__ = ["__version__", "code"]


def code(
    text: str,
    published: dt.date | str | None = None,
    *,
    title: str | None = None,
    doc_id: str | None = None,
) -> Doc:
    """Code one article body: the returned ``Doc`` has its events, actors, quotes and places.

    ``published`` (a date or an ISO string) anchors relative dates and date-aware roles.
    Raises ``marsad.errors.BadInput`` for a body longer than ``MAX_ARTICLE_CHARS`` characters.
    """
    from marsad.ingest.limits import check_article_length
    from marsad.pipeline import load_pipeline, make_article

    check_article_length(text)

    article = make_article(text, published=published, title=title, doc_id=doc_id)
    return load_pipeline()(article)
