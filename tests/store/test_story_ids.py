"""Stories in the store: ``marsad code --stories --db`` keeps each article's story_id, and
``marsad events`` shows it in every format and filters by it (SQLite and PostgreSQL)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from marsad.cli import main

# Our own short news: b is an agency copy of a (a dateline in front, one sentence more), c is
# another story.
RAID = (
    "قصفت طائرات حربية مواقع لجماعة مسلحة قرب مدينة درنة الليبية فجر الثلاثاء، وأعلن المتحدث "
    "باسم الجيش الليبي أن الغارات دمرت مخازن للأسلحة. واتهمت الحكومة في طرابلس قوات الجيش "
    "باستهداف المدنيين، فيما دعت الأمم المتحدة الطرفين إلى ضبط النفس ووقف التصعيد فورا."
)
ARTICLES = [
    {"doc_id": "a", "published": "2024-03-05", "title": "غارات قرب درنة", "text": RAID},
    {
        "doc_id": "b",
        "published": "2024-03-06",
        "title": "غارات على درنة",
        "text": "بنغازي (أ ف ب) - " + RAID + " ولم يصدر تعليق من الجماعة حتى مساء الثلاثاء.",
    },
    {
        "doc_id": "c",
        "published": "2024-03-05",
        "title": "لقاء في قرطاج",
        "text": "استقبل الرئيس التونسي في قصر قرطاج وزير الدفاع الجزائري، وبحث الجانبان تعزيز "
        "التعاون العسكري ومكافحة التهريب على الحدود المشتركة. وأعلن الرئيس التونسي أن بلاده "
        "ستشارك في مناورات عسكرية مشتركة مع الجزائر الشهر المقبل.",
    },
]


def code_with_stories(db: str, tmp_path: Path) -> list[dict[str, Any]]:
    """``marsad code --stories --db``, as a user runs it; returns the event lines it wrote."""
    corpus = tmp_path / "news.jsonl"
    corpus.write_text(
        "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8"
    )
    out = tmp_path / "events.jsonl"
    args = ["code", str(corpus), "--stories", "--db", db, "--out", str(out)]
    result = CliRunner().invoke(main, [*args, "--run-dir", str(tmp_path / "run")])
    assert result.exit_code == 0, result.output
    assert "3 articles in 2 stories" in result.stderr
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def events(*args: str) -> str:
    result = CliRunner().invoke(main, ["events", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_code_stories_are_stored_and_events_filter_by_story(db_url: str, tmp_path: Path) -> None:
    written = code_with_stories(db_url, tmp_path)
    story = {e["doc_id"]: e["story_id"] for e in written}
    assert story["a"] == story["b"] != story["c"]
    raid = [e for e in written if e["story_id"] == story["a"]]
    assert {e["doc_id"] for e in raid} == {"a", "b"}

    # the stored lines are the lines marsad code wrote, story_id included
    stored = [json.loads(x) for x in events("--db", db_url, "--format", "jsonl").splitlines()]
    assert sorted(stored, key=lambda e: e["id"]) == sorted(written, key=lambda e: e["id"])

    # --story: every event of the story's articles, and no other
    rows = list(
        csv.DictReader(
            io.StringIO(events("--db", db_url, "--story", story["a"], "--format", "csv"))
        )
    )
    assert sorted(r["id"] for r in rows) == sorted(e["id"] for e in raid)
    assert {r["story_id"] for r in rows} == {story["a"]} and {r["doc_id"] for r in rows} == {
        "a",
        "b",
    }
    other = [e for e in written if e["doc_id"] == "c"]
    table = events("--db", db_url, "--story", story["c"]).splitlines()
    assert len(table) == 1 + len(other) >= 2
    assert events("--db", db_url, "--story", "story-000000000000").splitlines()[1:] == []
    # with the other filters
    kind = raid[0]["event"][0]
    rows = list(
        csv.DictReader(
            io.StringIO(
                events("--db", db_url, "--story", story["a"], "--type", kind, "--format", "csv")
            )
        )
    )
    assert sorted(r["id"] for r in rows) == sorted(e["id"] for e in raid if kind in e["event"])


def test_story_id_in_geojson_and_parquet(db_url: str, tmp_path: Path) -> None:
    written = code_with_stories(db_url, tmp_path)
    placed = {e["id"]: e["story_id"] for e in written if e["event_loc"]}
    assert placed
    geo = json.loads(events("--db", db_url, "--format", "geojson"))
    assert {f["properties"]["id"]: f["properties"]["story_id"] for f in geo["features"]} == placed
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "events.parquet"
    events("--db", db_url, "--format", "parquet", "--out", str(out))
    table = pq.read_table(out).to_pylist()
    assert {r["id"]: r["story_id"] for r in table} == {e["id"]: e["story_id"] for e in written}


def test_events_without_a_story_have_an_empty_story_column(db_url: str, tmp_path: Path) -> None:
    from marsad.store import Store
    from sample_doc import make_doc

    with Store(db_url) as store:
        store.write_doc(make_doc())
    (row,) = csv.DictReader(io.StringIO(events("--db", db_url, "--format", "csv")))
    assert row["story_id"] == ""
    (line,) = events("--db", db_url, "--format", "jsonl").splitlines()
    assert "story_id" not in json.loads(line)  # as marsad code writes it without --stories
