"""Plain-text articles: headline line (often repeated), then the body.

The body starts at its first non-blank character and is what every offset points into;
line ends are unified to ``\\n`` so that offsets do not depend on the platform that wrote it.
"""

from __future__ import annotations

from marsad.errors import BadInput
from marsad.ingest.ids import make_doc_id
from marsad.ingest.limits import check_article_length
from marsad.model import Article


def split_headline(text: str) -> tuple[str | None, str]:
    """Return ``(headline, body)``; a file with a single paragraph is all body, no headline."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    title: str | None = None
    pos = 0  # character offset of the current line in ``text``
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and title is None:
            title = stripped
        elif stripped and not _same_line(stripped, title):
            return title, text[pos + len(line) - len(line.lstrip()) :].rstrip()
        # a blank line, or the headline repeated as the body's first line: skip it
        pos += len(line) + 1
    return None, text.strip()  # nothing after the headline: the text is the body


def _same_line(line: str, headline: str | None) -> bool:
    return headline is not None and line.split() == headline.split()


def parse_txt(text: str, source: str, doc_id: str | None = None) -> Article:
    """Build an Article from the decoded text of a ``.txt`` file; ``BadInput`` if it is empty."""
    title, body = split_headline(text)
    if not body:
        raise BadInput("no article text (the file is blank)")
    check_article_length(body)
    return Article(
        doc_id=doc_id or make_doc_id(source, body),
        text=body,
        title=title,
        source=source,
    )
