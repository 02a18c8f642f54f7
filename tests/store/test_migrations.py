"""Migrations on a database with data in it: the story and text-index revisions go down and up
in place, keep every row, and carry over the stories ``marsad watch`` kept before them."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from alembic import command
from click.testing import CliRunner
from sqlalchemy import Connection, create_engine, insert, inspect, text

from databases import database_url
from marsad.cli import main
from marsad.ingest.watch import metadata as watch_metadata
from marsad.ingest.watch import watch_stories
from marsad.store import Store, migrate
from marsad.store.database import normalize_url
from marsad.store.query import EventFilter, event_conditions, list_events
from sample_doc import make_doc

TRGM = "ix_events_text_trgm"


@contextmanager
def connection(url: str) -> Iterator[Connection]:
    engine = create_engine(normalize_url(url))
    try:
        with engine.begin() as conn:
            yield conn
    finally:
        engine.dispose()


def downgrade(url: str, revision: str) -> None:
    config = migrate.alembic_config()
    with connection(url) as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)


def shape(url: str) -> tuple[set[str], set[str], set[str]]:
    """Columns of articles and events, and the events' index names."""
    with connection(url) as conn:
        found = inspect(conn)
        return (
            {c["name"] for c in found.get_columns("articles")},
            {c["name"] for c in found.get_columns("events")},
            {str(i["name"]) for i in found.get_indexes("events")},
        )


def events_cli(*args: str) -> list[str]:
    result = CliRunner().invoke(main, ["events", *args])
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


def test_story_revision_goes_down_and_up_in_place(db_url: str) -> None:
    watched = make_doc()
    watched.article = dataclasses.replace(watched.article, doc_id="w1")
    with Store(db_url) as store:
        store.write_docs([make_doc(), watched])
    assert migrate.current_revision(create_engine(normalize_url(db_url))) == "0003"

    downgrade(db_url, "0001")
    articles, events, indexes = shape(db_url)
    assert "story_id" not in articles | events and TRGM not in indexes
    with connection(db_url) as conn:  # every row kept (marsad events would migrate it up)
        assert conn.execute(text("SELECT count(*) FROM events")).scalar_one() == 2

    # a database `marsad watch` filled before stories were stored: its watch_stories table
    with connection(db_url) as conn:
        watch_metadata.create_all(conn)
        conn.execute(insert(watch_stories).values(doc_id="w1", story_id="story-abc", coded=0.0))
    with Store(db_url) as store:  # opening migrates to head
        articles, events, indexes = shape(db_url)
        assert "story_id" in articles and "story_id" in events
        assert (TRGM in indexes) == db_url.startswith("postgresql")
        lines = events_cli("--db", db_url, "--story", "story-abc", "--format", "jsonl")
        assert [(e["doc_id"], e["story_id"]) for e in map(json.loads, lines)] == [
            ("w1", "story-abc")
        ]
        # text search still finds old rows and new ones (SQLite's FTS triggers survived)
        late = make_doc()
        late.article = dataclasses.replace(late.article, doc_id="late")
        store.write_doc(late, story_id="story-late")
        found = events_cli("--db", db_url, "--text", "الدفاعات الجوّية", "--format", "jsonl")
        assert sorted(json.loads(x)["doc_id"] for x in found) == ["late", "seed-000", "w1"]


def test_pg_text_search_is_served_by_the_trigram_index(tmp_path: Path) -> None:
    """On a table of 20,000 events the planner reads the text filter from the pg_trgm GIN
    index (a bitmap scan), not by reading every event."""
    with database_url("postgresql", tmp_path) as url, Store(url) as store:
        store.write_doc(make_doc())  # its clause names الدفاعات الجوية الروسية
        with store.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO events (id, doc_id, day, event, context, actor, recipient, "
                    "event_text, event_start, event_end, text, text_norm, text_start, text_end, "
                    "negated, confidence, record) "
                    "SELECT 'filler-' || g, 'seed-000', date '2020-01-01' + g % 900, 'ACCUSE', "
                    "'[]', '[]', '[]', 'x', 0, 1, 'x', "
                    "'قال المتحدث ان الحكومه رقم ' || g || ' تدين الهجوم علي القريه', 0, 1, "
                    "false, 0.5, '{}' FROM generate_series(1, 20000) AS g"
                )
            )
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE events"))

        seen: list[tuple[str, object]] = []

        def capture(_c: object, _cur: object, statement: str, params: object, *_: object) -> None:
            if "text_norm" in statement:
                seen.append((statement, params))

        from sqlalchemy import event

        event.listen(store.engine, "before_cursor_execute", capture)
        with store.engine.connect() as conn:
            page = list_events(conn, EventFilter(text="الدفاعات الجوّية"))
            assert [e["doc_id"] for e in page.items] == ["seed-000"]
            (statement, params), *_ = seen
            plan = "\n".join(
                row[0]
                for row in conn.exec_driver_sql(f"EXPLAIN {statement}", params)  # type: ignore[arg-type]
            )
            assert f"Bitmap Index Scan on {TRGM}" in plan, plan
            assert "Seq Scan on events" not in plan, plan
            # the filter's form (LIKE '%...%') is what the index serves, aggregates included
            (cond,) = event_conditions(EventFilter(text="الروسية"), conn, every=True)
            assert "LIKE" in str(cond.compile(conn))
        event.remove(store.engine, "before_cursor_execute", capture)

        table = events_cli("--db", url, "--text", "الدفاعات الجوية")
        assert len(table) == 2 and "Russian air defence (RUS)" in table[1]


def test_sqlite_keeps_no_trigram_index_of_postgresql(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'm.db'}"
    Store(url).close()
    *_, indexes = shape(url)
    assert TRGM not in indexes
    with connection(url) as conn:
        tables = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))
        assert "events_fts" in set(tables.scalars())


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_migrations_leave_nothing_for_autogenerate(kind: str, tmp_path: Path) -> None:
    """schema.py and the migrations agree: a new migration would have nothing to do."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from marsad.store.schema import metadata

    def ours(_obj: object, name: str | None, *_: object) -> bool:  # as migrations/env.py
        return not (name or "").startswith(("events_fts", TRGM))

    with database_url(kind, tmp_path) as url:
        Store(url).close()
        with connection(url) as conn:
            context = MigrationContext.configure(
                conn, opts={"include_object": ours, "compare_type": True}
            )
            assert compare_metadata(context, metadata) == []
