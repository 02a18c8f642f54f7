"""HTML pages: trafilatura finds the article's main text, headline, date and site name."""

from __future__ import annotations

import codecs
import datetime as dt
import logging
import re

import trafilatura

from marsad.errors import BadInput
from marsad.ingest.encodings import decode
from marsad.ingest.ids import make_doc_id
from marsad.ingest.jsonl import parse_date
from marsad.ingest.limits import check_article_length
from marsad.model import Article

# trafilatura logs "discarding data" warnings for pages without a main text; we report a Reject.
logging.getLogger("trafilatura").setLevel(logging.ERROR)

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


def decode_html(data: bytes) -> str:
    """Decode a page: its declared charset when that works, else the usual detection.

    Markup is mostly Latin letters, so a Windows-1256 page cannot be recognised by its share of
    Arabic letters the way a plain article can; the ``<meta charset>`` settles it.
    """
    match = _CHARSET.search(data[:4096])
    if match:
        try:
            encoding = codecs.lookup(match.group(1).decode("ascii")).name
            return data.decode(encoding).lstrip("\ufeff")
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common; fall back to detection
    return decode(data)


def parse_html(html: str, source: str, url: str | None = None) -> Article:
    """Extract the article of one page; ``BadInput`` when it has no main text."""
    # Precision first (keeps menus and related-article teasers out); recall when that finds
    # nothing, as on short pages with little markup.
    for precision in (True, False):
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=precision,
            favor_recall=not precision,
        )
        text = getattr(doc, "text", None) if doc is not None else None
        if isinstance(text, str) and text.strip():
            break
    if not isinstance(text, str) or not text.strip():
        raise BadInput("no article text found in the HTML page (is it an article page?)")
    text = text.strip()
    check_article_length(text)
    published: dt.date | None
    try:
        published = parse_date(getattr(doc, "date", None))
    except BadInput:  # a date trafilatura could not normalise is metadata lost, not a bad article
        published = None
    return Article(
        doc_id=make_doc_id(source, text),
        text=text,
        title=_clean(getattr(doc, "title", None)),
        published=published,
        url=_clean(getattr(doc, "url", None)) or url,
        outlet=_clean(getattr(doc, "sitename", None)),
        source=source,
    )


def _clean(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
