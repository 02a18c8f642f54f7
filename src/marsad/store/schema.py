"""Database tables (SQLAlchemy Core): one row per article, event, actor, quote, place,
rejected input and run. Spans are two integer columns so that SQL can select by position."""

from __future__ import annotations

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
    Column("url", Text),
    Column("outlet", String),
    Column("source", Text),
    Column("text", Text, nullable=False),
    Column("sentences", JSON, nullable=False),
    Column("errors", JSON, nullable=False),
    Column("trace", JSON, nullable=False),  # stage name -> version that annotated it
    Column("run_id", Integer, ForeignKey("runs.id")),
    Column("coded_at", DateTime(timezone=True), nullable=False),
)

events = Table(
    "events",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("id", String, nullable=False, index=True),  # the stable event id of the output
    _doc_fk(),
    Column("date", Date),
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
    Column("text_start", Integer, nullable=False),
    Column("text_end", Integer, nullable=False),
    Column("event_loc", JSON),
    Column("negated", Boolean, nullable=False),
    Column("auxiliary", String),
    Column("confidence", Float, nullable=False),
    Column("rule", String),
    Column("record", JSON, nullable=False),  # the full event line, exactly as written out
)

actors = Table(
    "actors",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("entity_name", String, nullable=False),
    Column("kind", String, nullable=False),
    Column("country", String),
    Column("sector_code", String),
    Column("wikidata_id", String),
    Column("raw_text", JSON, nullable=False),
    Column("mentions", JSON, nullable=False),
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

CHILD_TABLES = (events, actors, quotes, places)

for _table in CHILD_TABLES:
    Index(f"ix_{_table.name}_doc_id", _table.c.doc_id)
