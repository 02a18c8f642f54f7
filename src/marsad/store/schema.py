"""Database tables (SQLAlchemy Core): articles with their sentences, actors and mentions,
events with their actor links, quotes, places, rejected input and runs.

Spans are two integer columns so that SQL can select by position. The schema is created and
changed only through the Alembic migrations in ``marsad/migrations`` (applied on first use);
a change here needs a new migration there.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

# Events without a date sort (and page) as if dated on this day; the API shows their date as null.
NO_DAY = dt.date(1, 1, 1)


def _doc_fk() -> Column[str]:
    return Column(
        "doc_id", String, ForeignKey("articles.doc_id", ondelete="CASCADE"), nullable=False
    )


runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("code_version", String, nullable=False),
    Column("stages", JSON, nullable=False),  # the pipeline's stage names, in order
    Column("resources", JSON),  # shipped data file -> content hash, the resource versions
    Column("started", DateTime(timezone=True), nullable=False),
    Column("ended", DateTime(timezone=True)),
    Column("articles", Integer, nullable=False, default=0),
    Column("events", Integer, nullable=False, default=0),
    Column("rejects", Integer, nullable=False, default=0),
    Column("errors", Integer, nullable=False, default=0),  # articles with a stage error
)

articles = Table(
    "articles",
    metadata,
    Column("doc_id", String, primary_key=True),
    Column("title", Text),
    Column("published", Date),
    Column("day", Date, nullable=False),  # published, or NO_DAY: the sort and paging key
    Column("url", Text),
    Column("outlet", String),
    Column("source", Text),
    Column("text", Text, nullable=False),
    Column("errors", JSON, nullable=False),
    Column("trace", JSON, nullable=False),  # stage name -> version that annotated it
    Column("run_id", Integer, ForeignKey("runs.id")),
    Column("coded_at", DateTime(timezone=True), nullable=False),
    # the story (near-duplicate group, marsad.dedup) it joined; null when coded without one
    Column("story_id", String),
    Index("ix_articles_day", "day", "doc_id"),
    Index("ix_articles_story", "story_id"),
)

sentences = Table(
    "sentences",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("idx", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("norm", Text, nullable=False),  # normalised text, for Arabic search
)

actors = Table(
    "actors",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("idx", Integer, nullable=False),  # index in Doc.actors, which mentions point to
    Column("entity_name", String, nullable=False),
    Column("kind", String, nullable=False),
    Column("country", String),
    Column("sector_code", String),
    Column("wikidata_id", String),
    Column("raw_text", JSON, nullable=False),
    Column("mentions", JSON, nullable=False),
    Index("ix_actors_name", "entity_name"),
    Index("ix_actors_country", "country"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("actor_idx", Integer),  # Doc.actors index, null when coreference left it alone
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("sentence", Integer, nullable=False),
    Column("entity_name", String, nullable=False),
    Column("kind", String, nullable=False),
    Column("country", String),
    Column("sector_code", String),
    Column("rule", String),
)

events = Table(
    "events",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("id", String, nullable=False, index=True),  # the stable event id of the output
    _doc_fk(),
    Column("date", Date),
    Column("day", Date, nullable=False),  # date, or NO_DAY: the sort and paging key
    Column("event", String, nullable=False),
    Column("mode", String),
    Column("context", JSON, nullable=False),
    Column("quad_code", Integer),
    Column("actor", JSON, nullable=False),
    Column("recipient", JSON, nullable=False),
    Column("event_text", Text, nullable=False),
    Column("event_start", Integer, nullable=False),
    Column("event_end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    # normalised clause, for Arabic search; its trigram index is made by hand in a migration
    # (SQLite: the events_fts table, PostgreSQL: ix_events_text_trgm, with pg_trgm)
    Column("text_norm", Text, nullable=False),
    Column("text_start", Integer, nullable=False),
    Column("text_end", Integer, nullable=False),
    Column("event_loc", JSON),
    Column("loc_name", String),
    Column("loc_country", String),
    Column("loc_lat", Float),
    Column("loc_lon", Float),
    Column("negated", Boolean, nullable=False),
    Column("auxiliary", String),
    Column("confidence", Float, nullable=False),
    Column("rule", String),
    Column("record", JSON, nullable=False),  # the full event line, exactly as written out
    Column("story_id", String),  # its article's story, as on the event line
    Index("ix_events_day_pk", "day", "pk"),
    Index("ix_events_story_day", "story_id", "day", "pk"),  # a story's events, paged by date
    Index("ix_events_event_day", "event", "day", "pk"),
    Index("ix_events_quad_day", "quad_code", "day", "pk"),
    # covering indexes: daily counts and event locations are read from the index alone
    Index("ix_events_day_quad", "day", "quad_code"),
    Index("ix_events_loc", "loc_name", "loc_country", "loc_lat", "loc_lon"),
    Index("ix_events_quad_loc", "quad_code", "loc_name", "loc_country", "loc_lat", "loc_lon"),
)

event_actors = Table(
    "event_actors",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("event_pk", Integer, ForeignKey("events.pk", ondelete="CASCADE"), nullable=False),
    _doc_fk(),
    Column("role", String, nullable=False),  # actor or recipient
    Column("entity_name", String, nullable=False),
    Column("country", String),
    Column("sector_code", String),
    Column("wikidata_id", String),
    Column("raw_text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Index("ix_event_actors_country", "country", "role", "event_pk"),
    Index("ix_event_actors_sector", "sector_code", "role", "event_pk"),
    # covering: the actors list, and the per-event probe of the filters
    Index("ix_event_actors_name", "entity_name", "country", "sector_code", "role"),
    Index("ix_event_actors_event", "event_pk", "role", "country", "sector_code", "entity_name"),
)

# Each actor x recipient pair of an event, with what the network filters on most: the
# network is a GROUP BY over one covering index instead of a self-join of event_actors.
event_pairs = Table(
    "event_pairs",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("event_pk", Integer, ForeignKey("events.pk", ondelete="CASCADE"), nullable=False),
    _doc_fk(),
    Column("day", Date, nullable=False),
    Column("event", String, nullable=False),
    Column("quad_code", Integer),
    Column("actor", String, nullable=False),
    Column("actor_country", String),
    Column("recipient", String, nullable=False),
    Column("recipient_country", String),
    Index(
        "ix_event_pairs_network",
        "actor",
        "actor_country",
        "recipient",
        "recipient_country",
        "quad_code",
        "day",
        "event",
    ),
    Index("ix_event_pairs_event", "event_pk"),
)

quotes = Table(
    "quotes",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("speaker", String),
    Column("speaker_start", Integer),
    Column("speaker_end", Integer),
    Column("cue", String, nullable=False),
    Column("cue_start", Integer, nullable=False),
    Column("cue_end", Integer, nullable=False),
    Column("quote", Text, nullable=False),
    Column("quote_start", Integer, nullable=False),
    Column("quote_end", Integer, nullable=False),
)

places = Table(
    "places",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("raw_text", String, nullable=False),
    Column("name", String, nullable=False),
    Column("country", String, nullable=False),
    Column("lat", Float, nullable=False),
    Column("lon", Float, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("feature", String),
    Index("ix_places_name", "name", "country"),
)

rejects = Table(
    "rejects",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, ForeignKey("runs.id")),
    Column("source", Text, nullable=False),
    Column("doc_id", String),
    Column("code", String, nullable=False),
    Column("reason", Text, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
)

# The tables that hang off an article, in the order they are emptied when it is coded again.
CHILD_TABLES = (event_pairs, event_actors, events, mentions, sentences, actors, quotes, places)

for _table in CHILD_TABLES:
    Index(f"ix_{_table.name}_doc_id", _table.c.doc_id)
