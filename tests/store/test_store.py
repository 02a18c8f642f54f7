"""The SQL store: one transaction per article, re-coding replaces, rejects and runs recorded."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text

from marsad.errors import StoreError
from marsad.ingest import Reject
from marsad.store import Store, migrate
from marsad.store.database import normalize_url
from sample_doc import make_doc


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with Store(db_url) as opened:
        yield opened


def test_store_writes_every_table(store: Store) -> None:
    run = store.begin_run(["text.normalize.v1", "events.rules.v1"])
    store.write_doc(make_doc(), run)
    store.write_reject(Reject("bad.txt", "binary data, not text"), run)
    store.end_run(run)
    counts = {t: store.count(t) for t in ("articles", "events", "actors", "quotes", "places")}
    assert counts == {"articles": 1, "events": 1, "actors": 1, "quotes": 1, "places": 1}
    assert store.count("rejects") == 1
    (row,) = store.runs()
    assert (row["articles"], row["events"], row["rejects"], row["errors"]) == (1, 1, 1, 1)
    assert row["ended"] is not None and row["code_version"]
    assert row["stages"] == ["text.normalize.v1", "events.rules.v1"]


def test_store_recoding_replaces_and_never_duplicates(store: Store) -> None:
    doc = make_doc()
    store.write_doc(doc)
    store.write_doc(make_doc())
    assert store.count("articles") == 1
    assert store.count("events", "seed-000") == 1
    assert store.count("actors", "seed-000") == 1
    # coded again with fewer findings: the old records go
    fewer = make_doc()
    fewer.events.clear()
    fewer.places.clear()
    store.write_doc(fewer)
    assert (store.count("events"), store.count("places"), store.count("actors")) == (0, 0, 1)


def test_store_keeps_the_event_line_as_written(store: Store) -> None:
    from marsad.output import event_record

    doc = make_doc()
    store.write_doc(doc)
    assert store.events("seed-000") == [event_record(doc, doc.events[0])]


def test_store_accepts_a_plain_path(tmp_path: Path) -> None:
    with Store(str(tmp_path / "plain.db")) as plain:
        plain.write_doc(make_doc())
    assert (tmp_path / "plain.db").exists()


@pytest.mark.parametrize("url", ["nosuchdb://x/y", "sqlite:////nonexistent-dir/sub/m.db"])
def test_store_bad_url_is_a_store_error(url: str) -> None:
    with pytest.raises(StoreError, match=r"sqlite:///marsad\.db|folder exists"):
        Store(url)


def test_store_fills_the_linked_tables(store: Store) -> None:
    from marsad.model import ActorRef, Mention

    doc = make_doc()
    ref = ActorRef("Russian air defence", "RUS", "MIL", "ORG")
    span = doc.actors[0].mentions[0]
    doc.mentions.append(Mention(span, "الدفاعات الجوية الروسية", 0, (3, 6), ref, "kb", 0))
    store.write_doc(doc)
    counts = {t: store.count(t) for t in ("sentences", "mentions", "event_actors")}
    assert counts == {"sentences": 1, "mentions": 1, "event_actors": 2}
    with store.engine.connect() as conn:
        from marsad.store import schema

        links = conn.execute(
            select(schema.event_actors.c.role, schema.event_actors.c.country).order_by("role")
        ).all()
        assert [tuple(r) for r in links] == [("actor", "USA"), ("recipient", "RUS")]
        (mention,) = conn.execute(select(schema.mentions)).mappings().all()
        assert (mention["start"], mention["end"], mention["actor_idx"]) == (*span, 0)
        version = conn.execute(text("select version_num from alembic_version")).scalar_one()
    assert version == migrate.head_revision()


def test_store_keeps_normalised_text_for_search(store: Store) -> None:
    from marsad.store.query import EventFilter, iter_events

    doc = make_doc()
    doc.events[0].text = doc.events[0].text.replace("الجوية", "الجوّية")
    store.write_doc(doc)
    with store.engine.connect() as conn:
        assert len(list(iter_events(conn, EventFilter(text="الجوية")))) == 1
        assert len(list(iter_events(conn, EventFilter(text="الجوّية الروسية")))) == 1
        assert list(iter_events(conn, EventFilter(text="البحرية"))) == []


def test_store_runs_record_resource_versions(store: Store) -> None:
    run = store.begin_run(["events.rules.v1"])
    store.end_run(run)
    (row,) = store.runs()
    assert "events/triggers.tsv" in row["resources"]
    assert all(len(h) == 12 for h in row["resources"].values())


def test_store_opening_again_keeps_data(db_url: str) -> None:
    with Store(db_url) as first:
        first.write_doc(make_doc())
    with Store(db_url) as again:  # migrations already at head: nothing to do, nothing lost
        assert again.count("events") == 1


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgresql://u@h:5432/db", "postgresql+psycopg://u@h:5432/db"),
        ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
        ("sqlite:///m.db", "sqlite:///m.db"),
        ("m.db", "sqlite:///m.db"),
    ],
)
def test_store_urls_people_write(given: str, expected: str) -> None:
    assert normalize_url(given) == expected


def test_store_refuses_tables_made_without_migrations(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:
        conn.execute("create table articles (doc_id text primary key)")
    with pytest.raises(StoreError, match="without migrations"):
        Store(str(path))


def test_store_read_only_use_needs_an_existing_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="marsad code --db"):
        Store(str(tmp_path / "missing.db"), create=False)
    assert not (tmp_path / "missing.db").exists()
