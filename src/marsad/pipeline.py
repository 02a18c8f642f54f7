"""The coding pipeline: stages in order, checked at build time, run per article.

A stage that fails on one article records a ``StageError`` on that ``Doc`` and the stages that
depend on what it should have provided are skipped; the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator, Sequence
from functools import cache

from marsad import __version__
from marsad.errors import PipelineError
from marsad.model import Article, Doc, StageError
from marsad.registry import Stage, get_stage, stage
from marsad.text.normalize import normalize
from marsad.text.sentences import split_sentences
from marsad.text.tokens import tokenize

DEFAULT_STAGES = (
    "text.normalize.v1",
    "text.sentences.v1",
    "text.tokens.v1",
    "actors.kb.v1",
    "geo.gazetteer.v1",
    "quotes.cues.v1",
    "events.rules.v1",
)


@stage("text.normalize.v1", provides=("norm",))
def _normalize(doc: Doc) -> None:
    doc.norm = normalize(doc.text)


@stage("text.sentences.v1", provides=("sentences",))
def _sentences(doc: Doc) -> None:
    doc.sentences = split_sentences(doc.text)


@stage("text.tokens.v1", requires=("norm", "sentences"), provides=("tokens",))
def _tokens(doc: Doc) -> None:
    assert doc.norm is not None
    doc.tokens = tokenize(doc.norm)
    ranges: list[tuple[int, int]] = []
    i = 0
    for start, end in doc.sentences:
        while i < len(doc.tokens) and doc.tokens[i].start < start:
            i += 1
        first = i
        while i < len(doc.tokens) and doc.tokens[i].start < end:
            i += 1
        ranges.append((first, i))
    doc.sentence_tokens = ranges


@stage("actors.kb.v1", requires=("tokens",), provides=("mentions", "actors"))
def _actors(doc: Doc) -> None:
    from marsad.actors import find_actors

    find_actors(doc)


@stage("geo.gazetteer.v1", requires=("tokens",), provides=("places",))
def _places(doc: Doc) -> None:
    from marsad.geo import find_places

    find_places(doc)


@stage("quotes.cues.v1", requires=("tokens", "mentions"), provides=("quotes",))
def _quotes(doc: Doc) -> None:
    from marsad.quotes import find_quotes

    find_quotes(doc)


@stage(
    "events.rules.v1",
    requires=("tokens", "mentions", "quotes", "places"),
    provides=("events",),
)
def _events(doc: Doc) -> None:
    from marsad.events import code_events

    code_events(doc)


class Pipeline:
    """Runs named stages over articles; ``pipeline(article)`` returns the coded ``Doc``."""

    def __init__(self, names: Sequence[str] = DEFAULT_STAGES) -> None:
        self.stages: list[Stage] = [get_stage(n) for n in names]
        provided: set[str] = set()
        for st in self.stages:
            missing = st.requires - provided
            if missing:
                raise PipelineError(
                    f"stage {st.name} requires {sorted(missing)}, which no earlier stage provides;"
                    " put the stages that provide them before it",
                    code="E205",
                )
            provided |= st.provides

    @property
    def names(self) -> list[str]:
        return [st.name for st in self.stages]

    def __call__(self, article: Article) -> Doc:
        doc = Doc(article=article)
        failed: set[str] = set()
        for st in self.stages:
            if st.requires & failed:
                failed |= st.provides
                continue
            try:
                st.fn(doc)
                doc.trace[st.name] = __version__
            except Exception as exc:  # a stage bug must not lose the article
                doc.errors.append(StageError(st.name, "E201", f"{type(exc).__name__}: {exc}"))
                failed |= st.provides
        return doc

    def pipe(self, articles: Iterable[Article]) -> Iterator[Doc]:
        for article in articles:
            yield self(article)


@cache
def load_pipeline() -> Pipeline:
    """The default pipeline, built once per process."""
    return Pipeline(DEFAULT_STAGES)


def prepare(text: str, *, doc_id: str = "doc") -> Doc:
    """A ``Doc`` with only the text stages run: for tests and tools that work below actors."""
    return Pipeline(DEFAULT_STAGES[:3])(Article(doc_id=doc_id, text=text))


def stable_doc_id(text: str, hint: str = "doc") -> str:
    """A doc id that depends only on the text (same input, same id)."""
    return f"{hint}-{hashlib.sha1(text.encode('utf-8')).hexdigest()[:12]}"


def make_article(
    text: str,
    *,
    published: dt.date | str | None = None,
    title: str | None = None,
    doc_id: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
) -> Article:
    if isinstance(published, str):
        published = parse_date(published)
    return Article(
        doc_id=doc_id or stable_doc_id(text),
        text=text,
        title=title,
        published=published,
        url=url,
        outlet=outlet,
    )


def parse_date(value: str) -> dt.date | None:
    """The date part of an ISO date or date-time string, or None when it is not one."""
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None
