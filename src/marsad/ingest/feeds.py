"""RSS and Atom feeds (feedparser): entries with their link, title, date and any body text.

A feed entry usually carries only a teaser; ``marsad watch`` fetches the linked page for the
article. A feed file read from disk (``.rss``, ``.atom``, ``.xml``) gives one article per
entry whose content is long enough to code.
"""

from __future__ import annotations

import calendar
import datetime as dt
import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import feedparser  # type: ignore[import-untyped]

from marsad.errors import BadInput
from marsad.ingest.ids import make_doc_id
from marsad.ingest.reject import Reject
from marsad.model import Article

MIN_BODY = 200  # characters: shorter entry text is a teaser, not an article
_TAG = re.compile(r"<[^>]+>")
_BLOCK = re.compile(r"</?(p|br|div|li|h[1-6])\b[^>]*>", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\u00a0]+")
_LINES = re.compile(r"\s*\n\s*")


@dataclass(frozen=True, slots=True)
class FeedEntry:
    key: str  # the entry's id, else its link: what "seen before" is decided on
    link: str | None
    title: str | None
    published: dt.date | None
    body: str  # the entry's own text (content or summary), markup removed; may be a teaser


@dataclass(frozen=True, slots=True)
class Feed:
    title: str | None
    entries: list[FeedEntry]


def strip_markup(fragment: str) -> str:
    """Text of an HTML fragment: paragraphs as lines, tags gone, entities decoded."""
    text = html.unescape(_TAG.sub("", _BLOCK.sub("\n", fragment)))
    return _LINES.sub("\n", _SPACES.sub(" ", text)).strip()


def _date(entry: Any) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            return dt.datetime.fromtimestamp(calendar.timegm(value), dt.UTC).date()
    return None


def _body(entry: Any) -> str:
    parts = [c.get("value", "") for c in entry.get("content") or []]
    best = max(parts, key=len, default="")
    summary = entry.get("summary") or ""
    return strip_markup(best if len(best) >= len(summary) else summary)


def parse_feed(data: bytes | str, url: str = "") -> Feed:
    """Entries of an RSS or Atom document; ``BadInput`` when it is not a feed at all."""
    parsed = feedparser.parse(data, response_headers={"content-location": url} if url else None)
    if not parsed.entries and (parsed.get("bozo") or not parsed.get("version")):
        reason = parsed.get("bozo_exception")
        raise BadInput(f"not an RSS or Atom feed ({reason or 'no entries'})")
    entries = []
    for e in parsed.entries:
        link = e.get("link") or None
        key = e.get("id") or link
        if not key:
            continue  # an entry without id or link cannot be followed or remembered
        entries.append(
            FeedEntry(
                str(key), link, strip_markup(e.get("title") or "") or None, _date(e), _body(e)
            )
        )
    title = parsed.feed.get("title")
    return Feed(strip_markup(title) if title else None, entries)


def entry_article(entry: FeedEntry, source: str, outlet: str | None = None) -> Article:
    """An article from the entry's own text; ``BadInput`` when it is only a teaser."""
    if len(entry.body) < MIN_BODY:
        raise BadInput(
            f"the feed entry has only {len(entry.body)} characters of text (a teaser); "
            "fetch its page for the article"
        )
    return Article(
        doc_id=make_doc_id(entry.link or source, entry.body),
        text=entry.body,
        title=entry.title,
        published=entry.published,
        url=entry.link,
        outlet=outlet,
        source=source,
    )


def read_feed(data: bytes | str, source: str) -> Iterator[Article | Reject]:
    """Articles of a feed file: one per entry with a full text, a Reject for each teaser."""
    try:
        feed = parse_feed(data)
    except BadInput as err:
        yield Reject(source, err.message, err.code)
        return
    if not feed.entries:
        yield Reject(source, "the feed has no entries")
    for entry in feed.entries:
        try:
            yield entry_article(entry, source, feed.title)
        except BadInput as err:
            yield Reject(f"{source}:{entry.key}", err.message, err.code)
