"""The data that flows through marsad: one ``Doc`` per article, annotated by stages.

Every offset is a ``(start, end)`` pair of Python string indices into ``Article.text``
(the body as given), so that each field can be highlighted in its source characters.
Stages match on the normalised copy ``Doc.norm`` and map back through its offset array.
"""

from __future__ import annotations

import bisect
import datetime as dt
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from marsad.text.normalize import NormText
    from marsad.text.tokens import Token

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from input: the body ``text`` is what offsets point into."""

    doc_id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    outlet: str | None = None
    source: str | None = None  # where it was read from (file path, "stdin"), for error messages


@dataclass(slots=True)
class ActorRef:
    """What an actor mention resolves to."""

    entity_name: str
    country: str | None
    sector_code: str | None
    kind: str = "ORG"  # PER, ORG or GPE
    wikidata_id: str | None = None
    key: str = ""  # stable identity within the knowledge base (or a generated one)


@dataclass(slots=True)
class Mention:
    """A stretch of text that names an actor (or a place acting as one)."""

    span: Span
    text: str
    sentence: int
    tokens: tuple[int, int]  # token index range [first, last + 1)
    actor: ActorRef
    rule: str  # which rule produced it, for explanations
    entity: int = -1  # index into Doc.actors once coreference has grouped mentions


@dataclass(slots=True)
class Actor:
    """A distinct real-world actor of the article, with all its mentions."""

    entity_name: str
    kind: str
    country: str | None
    sector_code: str | None
    wikidata_id: str | None
    key: str
    raw_text: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "entity_name": self.entity_name,
            "raw_text": self.raw_text,
            "kind": self.kind,
            "country": self.country,
            "sector_code": self.sector_code,
            "wikidata_id": self.wikidata_id,
            "mentions": [list(m) for m in self.mentions],
        }


@dataclass(slots=True)
class Quote:
    speaker: str | None
    speaker_span: Span | None
    cue: str
    cue_span: Span
    quote: str
    quote_span: Span
    sentence: int
    speaker_mention: int = -1  # index into Doc.mentions, -1 when unattributed

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "speaker_span": list(self.speaker_span) if self.speaker_span else None,
            "cue": self.cue,
            "cue_span": list(self.cue_span),
            "quote": self.quote,
            "quote_span": list(self.quote_span),
        }


@dataclass(slots=True)
class Place:
    raw_text: str
    name: str
    country: str
    lat: float
    lon: float
    span: Span
    sentence: int
    feature: str = "city"  # country, region, city, site
    locative: bool = False  # introduced by في، قرب، شمال ... (a where, not an actor)

    def to_dict(self) -> dict[str, Any]:
        return {
            "raw_text": self.raw_text,
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "span": list(self.span),
        }


@dataclass(slots=True)
class EventActor:
    """An actor or recipient of one event, as PLOVER writes it."""

    raw_text: str
    entity_name: str
    country: str | None
    sector_code: str | None
    span: Span
    wikidata_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "raw_text": self.raw_text,
            "entity_name": self.entity_name,
            "wikidata_id": self.wikidata_id,
            "country": self.country,
            "sector_code": self.sector_code,
            "span": list(self.span),
        }


@dataclass(slots=True)
class Event:
    event: str  # PLOVER type, e.g. "ASSAULT"
    mode: str | None
    actor: list[EventActor]
    recipient: list[EventActor]
    event_text: str
    event_span: Span
    sentence: int
    text: str
    text_span: Span
    negated: bool = False
    auxiliary: str | None = None  # "future", "hypothetical", ...
    context: list[str] = field(default_factory=list)
    event_loc: Place | None = None
    date: dt.date | None = None
    confidence: float = 0.5
    rule: str = ""  # which rule or model produced it, for `marsad explain`


@dataclass(slots=True)
class StageError:
    stage: str
    code: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"stage": self.stage, "code": self.code, "message": self.message}


@dataclass(slots=True)
class Doc:
    """An article and everything the stages found in it."""

    article: Article
    norm: NormText | None = None
    sentences: list[Span] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    sentence_tokens: list[tuple[int, int]] = field(default_factory=list)  # token range per sentence
    mentions: list[Mention] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    errors: list[StageError] = field(default_factory=list)
    trace: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.article.text

    def sentence_of(self, pos: int) -> int:
        """Index of the sentence holding character ``pos`` (or -1)."""
        i = bisect.bisect_right(self.sentences, (pos, sys.maxsize)) - 1
        if i >= 0 and self.sentences[i][0] <= pos < self.sentences[i][1]:
            return i
        return -1
