"""The SQL store: one transaction per article, re-coding replaces, rejects and runs recorded."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from marsad.errors import StoreError
from marsad.ingest import Reject
from marsad.store import Store
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
