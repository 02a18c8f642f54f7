"""``marsad events``: filters and every output format, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli import main
from marsad.store import Store
from sample_doc import make_doc


@pytest.fixture
def filled(db_url: str) -> str:
    with Store(db_url) as store:
        for i, (kind, country) in enumerate([("ACCUSE", "USA"), ("ASSAULT", "ISR"), ("AID", "EGY")]):
            doc = make_doc(published=dt.date(2024, 3, 1 + i))
            doc.article = dataclasses.replace(doc.article, doc_id=f"d{i}")
            doc.events[0].event = kind
            doc.events[0].actor[0].country = country
            if i == 2:
                doc.events[0].event_loc = None
            store.write_doc(doc)
    return db_url


def run(*args: str) -> str:
    result = CliRunner().invoke(main, ["events", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_events_table_with_filters(filled: str) -> None:
    out = run("--db", filled)
    lines = out.splitlines()
    assert len(lines) == 4 and lines[1].startswith("2024-03-03  AID")
    out = run("--db", filled, "--quad", "4", "--actor-country", "isr")
    assert "ASSAULT" in out and "ACCUSE" not in out and "Israel" not in out
    assert "United States Africa Command (ISR)" in out
    assert len(run("--db", filled, "--from", "2024-03-02", "--to", "2024-03-02").splitlines()) == 2
    assert len(run("--db", filled, "--text", "الدفاعات الجوية").splitlines()) == 4
    assert len(run("--db", filled, "--place", "tripoli", "--limit", "1").splitlines()) == 2


def test_events_csv_and_jsonl(filled: str) -> None:
    rows = list(csv.DictReader(io.StringIO(run("--db", filled, "--format", "csv", "--sort", "date"))))
    assert [r["event"] for r in rows] == ["ACCUSE", "ASSAULT", "AID"]
    assert rows[0]["recipient_country"] == "RUS" and rows[0]["place"] == "Tripoli"
    lines = [json.loads(x) for x in run("--db", filled, "--format", "jsonl").splitlines()]
    with Store(filled) as store:
        assert sorted(lines, key=lambda r: r["doc_id"]) == store.events()


def test_events_geojson_and_parquet(filled: str, tmp_path: Path) -> None:
    geo = json.loads(run("--db", filled, "--format", "geojson"))
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == 2  # AID has no place
    assert geo["features"][0]["geometry"] == {"type": "Point", "coordinates": [13.1913, 32.8872]}
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "events.parquet"
    run("--db", filled, "--format", "parquet", "--out", str(out))
    table = pq.read_table(out).to_pylist()
    assert [r["event"] for r in table] == ["AID", "ASSAULT", "ACCUSE"]
    assert json.loads(table[0]["record"])["doc_id"] == "d2"


def test_events_errors_are_one_line(tmp_path: Path) -> None:
    missing = CliRunner().invoke(main, ["events", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 1 and "marsad code --db" in missing.stderr
    assert not (tmp_path / "none.db").exists()
    parquet = CliRunner().invoke(main, ["events", "--db", "x.db", "--format", "parquet"])
    assert parquet.exit_code == 2 and "--out" in parquet.stderr
