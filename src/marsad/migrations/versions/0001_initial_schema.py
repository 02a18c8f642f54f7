"""Initial schema: articles, sentences, actors, mentions, events with their actor links
and actor-recipient pairs, quotes, places, runs and rejects.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-29 06:02:56.992325

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""

    op.create_table(
        "runs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("code_version", sa.String(), nullable=False),
        sa.Column("stages", sa.JSON(), nullable=False),
        sa.Column("resources", sa.JSON(), nullable=True),
        sa.Column("started", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended", sa.DateTime(timezone=True), nullable=True),
        sa.Column("articles", sa.Integer(), nullable=False),
        sa.Column("events", sa.Integer(), nullable=False),
        sa.Column("rejects", sa.Integer(), nullable=False),
        sa.Column("errors", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "articles",
        sa.Column("doc_id", sa.String(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("outlet", sa.String(), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("errors", sa.JSON(), nullable=False),
        sa.Column("trace", sa.JSON(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("coded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["runs.id"],
        ),
        sa.PrimaryKeyConstraint("doc_id"),
    )
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.create_index("ix_articles_day", ["day", "doc_id"], unique=False)

    op.create_table(
        "rejects",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("doc_id", sa.String(), nullable=True),
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["runs.id"],
        ),
        sa.PrimaryKeyConstraint("pk"),
    )
    op.create_table(
        "actors",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("doc_id", sa.String(), nullable=False),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("entity_name", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("country", sa.String(), nullable=True),
        sa.Column("sector_code", sa.String(), nullable=True),
        sa.Column("wikidata_id", sa.String(), nullable=True),
        sa.Column("raw_text", sa.JSON(), nullable=False),
        sa.Column("mentions", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["doc_id"], ["articles.doc_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("pk"),
    )
    with op.batch_alter_table("actors", schema=None) as batch_op:
        batch_op.create_index("ix_actors_country", ["country"], unique=False)
        batch_op.create_index("ix_actors_doc_id", ["doc_id"], unique=False)
        batch_op.create_index("ix_actors_name", ["entity_name"], unique=False)

    op.create_table(
        "events",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("doc_id", sa.String(), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("event", sa.String(), nullable=False),
        sa.Column("mode", sa.String(), nullable=True),
        sa.Column("context", sa.JSON(), nullable=False),
        sa.Column("quad_code", sa.Integer(), nullable=True),
        sa.Column("actor", sa.JSON(), nullable=False),
        sa.Column("recipient", sa.JSON(), nullable=False),
        sa.Column("event_text", sa.Text(), nullable=False),
        sa.Column("event_start", sa.Integer(), nullable=False),
        sa.Column("event_end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("text_norm", sa.Text(), nullable=False),
        sa.Column("text_start", sa.Integer(), nullable=False),
        sa.Column("text_end", sa.Integer(), nullable=False),
        sa.Column("event_loc", sa.JSON(), nullable=True),
        sa.Column("loc_name", sa.String(), nullable=True),
        sa.Column("loc_country", sa.String(), nullable=True),
        sa.Column("loc_lat", sa.Float(), nullable=True),
        sa.Column("loc_lon", sa.Float(), nullable=True),
        sa.Column("negated", sa.Boolean(), nullable=False),
        sa.Column("auxiliary", sa.String(), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("rule", sa.String(), nullable=True),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["doc_id"], ["articles.doc_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("pk"),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index("ix_events_day_pk", ["day", "pk"], unique=False)
        batch_op.create_index("ix_events_day_quad", ["day", "quad_code"], unique=False)
        batch_op.create_index("ix_events_doc_id", ["doc_id"], unique=False)
        batch_op.create_index("ix_events_event_day", ["event", "day", "pk"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_id"), ["id"], unique=False)
        batch_op.create_index(
            "ix_events_loc", ["loc_name", "loc_country", "loc_lat", "loc_lon"], unique=False
        )
        batch_op.create_index(
            "ix_events_quad_loc",
            ["quad_code", "loc_name", "loc_country", "loc_lat", "loc_lon"],
            unique=False,
        )
        batch_op.create_index("ix_events_quad_day", ["quad_code", "day", "pk"], unique=False)

    op.create_table(
        "mentions",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("doc_id", sa.String(), nullable=False),
        sa.Column("actor_idx", sa.Integer(), nullable=True),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("sentence", sa.Integer(), nullable=False),
        sa.Column("entity_name", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("country", sa.String(), nullable=True),
        sa.Column("sector_code", sa.String(), nullable=True),
        sa.Column("rule", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(["doc_id"], ["articles.doc_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("pk"),
    )
    with op.batch_alter_table("mentions", schema=None) as batch_op:
        batch_op.create_index("ix_mentions_doc_id", ["doc_id"], unique=False)

    op.create_table(
        "places",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("doc_id", sa.String(), nullable=False),
        sa.Column("raw_text", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("country", sa.String(), nullable=False),
        sa.Column("lat", sa.Float(), nullable=False),
        sa.Column("lon", sa.Float(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("feature", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(["doc_id"], ["articles.doc_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("pk"),
    )
    with op.batch_alter_table("places", schema=None) as batch_op:
        batch_op.create_index("ix_places_doc_id", ["doc_id"], unique=False)
        batch_op.create_index("ix_places_name", ["name", "country"], unique=False)

    op.create_table(
        "quotes",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("doc_id", sa.String(), nullable=False),
        sa.Column("speaker", sa.String(), nullable=True),
        sa.Column("speaker_start", sa.Integer(), nullable=True),
        sa.Column("speaker_end", sa.Integer(), nullable=True),
        sa.Column("cue", sa.String(), nullable=False),
        sa.Column("cue_start", sa.Integer(), nullable=False),
        sa.Column("cue_end", sa.Integer(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("quote_start", sa.Integer(), nullable=False),
        sa.Column("quote_end", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["doc_id"], ["articles.doc_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("pk"),
    )
    with op.batch_alter_table("quotes", schema=None) as batch_op:
        batch_op.create_index("ix_quotes_doc_id", ["doc_id"], unique=False)

    op.create_table(
        "sentences",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("doc_id", sa.String(), nullable=False),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("norm", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["doc_id"], ["articles.doc_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("pk"),
    )
    with op.batch_alter_table("sentences", schema=None) as batch_op:
        batch_op.create_index("ix_sentences_doc_id", ["doc_id"], unique=False)

    op.create_table(
        "event_actors",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("event_pk", sa.Integer(), nullable=False),
        sa.Column("doc_id", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("entity_name", sa.String(), nullable=False),
        sa.Column("country", sa.String(), nullable=True),
        sa.Column("sector_code", sa.String(), nullable=True),
        sa.Column("wikidata_id", sa.String(), nullable=True),
        sa.Column("raw_text", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["doc_id"], ["articles.doc_id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["event_pk"], ["events.pk"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("pk"),
    )
    with op.batch_alter_table("event_actors", schema=None) as batch_op:
        batch_op.create_index(
            "ix_event_actors_country", ["country", "role", "event_pk"], unique=False
        )
        batch_op.create_index("ix_event_actors_doc_id", ["doc_id"], unique=False)
        batch_op.create_index(
            "ix_event_actors_event",
            ["event_pk", "role", "country", "sector_code", "entity_name"],
            unique=False,
        )
        batch_op.create_index(
            "ix_event_actors_name", ["entity_name", "country", "sector_code", "role"], unique=False
        )
        batch_op.create_index(
            "ix_event_actors_sector", ["sector_code", "role", "event_pk"], unique=False
        )

    op.create_table(
        "event_pairs",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("event_pk", sa.Integer(), nullable=False),
        sa.Column("doc_id", sa.String(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("event", sa.String(), nullable=False),
        sa.Column("quad_code", sa.Integer(), nullable=True),
        sa.Column("actor", sa.String(), nullable=False),
        sa.Column("actor_country", sa.String(), nullable=True),
        sa.Column("recipient", sa.String(), nullable=False),
        sa.Column("recipient_country", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(["doc_id"], ["articles.doc_id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["event_pk"], ["events.pk"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("pk"),
    )
    with op.batch_alter_table("event_pairs", schema=None) as batch_op:
        batch_op.create_index("ix_event_pairs_doc_id", ["doc_id"], unique=False)
        batch_op.create_index("ix_event_pairs_event", ["event_pk"], unique=False)
        batch_op.create_index(
            "ix_event_pairs_network",
            [
                "actor",
                "actor_country",
                "recipient",
                "recipient_country",
                "quad_code",
                "day",
                "event",
            ],
            unique=False,
        )
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_text_index()


# SQLite: a trigram full-text index over the events' normalised text, so that a search for a
# rare phrase does not read every event. Kept in step with the events table by triggers.
FTS = [
    "CREATE VIRTUAL TABLE events_fts USING fts5(text_norm, content='events', "
    "content_rowid='pk', tokenize='trigram')",
    "CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN "
    "INSERT INTO events_fts(rowid, text_norm) VALUES (new.pk, new.text_norm); END",
    "CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN "
    "INSERT INTO events_fts(events_fts, rowid, text_norm) VALUES ('delete', old.pk, "
    "old.text_norm); END",
]


def _sqlite_text_index() -> None:
    import sqlite3

    if sqlite3.sqlite_version_info < (3, 34):  # no trigram tokenizer: searches scan instead
        return
    for statement in FTS:
        op.execute(statement)


def downgrade() -> None:
    """Downgrade schema."""
    op.execute("DROP TABLE IF EXISTS events_fts")

    with op.batch_alter_table("event_pairs", schema=None) as batch_op:
        batch_op.drop_index("ix_event_pairs_network")
        batch_op.drop_index("ix_event_pairs_event")
        batch_op.drop_index("ix_event_pairs_doc_id")

    op.drop_table("event_pairs")
    with op.batch_alter_table("event_actors", schema=None) as batch_op:
        batch_op.drop_index("ix_event_actors_sector")
        batch_op.drop_index("ix_event_actors_name")
        batch_op.drop_index("ix_event_actors_event")
        batch_op.drop_index("ix_event_actors_doc_id")
        batch_op.drop_index("ix_event_actors_country")

    op.drop_table("event_actors")
    with op.batch_alter_table("sentences", schema=None) as batch_op:
        batch_op.drop_index("ix_sentences_doc_id")

    op.drop_table("sentences")
    with op.batch_alter_table("quotes", schema=None) as batch_op:
        batch_op.drop_index("ix_quotes_doc_id")

    op.drop_table("quotes")
    with op.batch_alter_table("places", schema=None) as batch_op:
        batch_op.drop_index("ix_places_name")
        batch_op.drop_index("ix_places_doc_id")

    op.drop_table("places")
    with op.batch_alter_table("mentions", schema=None) as batch_op:
        batch_op.drop_index("ix_mentions_doc_id")

    op.drop_table("mentions")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index("ix_events_quad_day")
        batch_op.drop_index("ix_events_quad_loc")
        batch_op.drop_index("ix_events_loc")
        batch_op.drop_index(batch_op.f("ix_events_id"))
        batch_op.drop_index("ix_events_event_day")
        batch_op.drop_index("ix_events_doc_id")
        batch_op.drop_index("ix_events_day_quad")
        batch_op.drop_index("ix_events_day_pk")

    op.drop_table("events")
    with op.batch_alter_table("actors", schema=None) as batch_op:
        batch_op.drop_index("ix_actors_name")
        batch_op.drop_index("ix_actors_doc_id")
        batch_op.drop_index("ix_actors_country")

    op.drop_table("actors")
    op.drop_table("rejects")
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_index("ix_articles_day")

    op.drop_table("articles")
    op.drop_table("runs")
