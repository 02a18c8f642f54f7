"""A batch run with --stories --db stores each article's story, also across a resumed run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli import main
from marsad.store import Store
from marsad.store.query import list_articles


def _lines(text: str) -> list[dict[str, object]]:
    return [json.loads(x) for x in text.splitlines() if x]


def test_stories_reach_the_database_of_a_resumed_run(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = CliRunner()
    out, docs, db = tmp_path / "ev.jsonl", tmp_path / "docs.jsonl", f"sqlite:///{tmp_path / 'm.db'}"
    args = ["code", str(corpus), "--engine", "local", "--partition-size", "2", "--stories",
            "--run-dir", str(tmp_path / "run"), "--out", str(out), "--docs", str(docs),
            "--db", db, "--no-progress"]  # fmt: skip
    monkeypatch.setenv("MARSAD_TEST_FAIL_PARTITIONS", "1")
    assert runner.invoke(main, args).exit_code == 1  # partition 1 failed; the rest is stored
    monkeypatch.delenv("MARSAD_TEST_FAIL_PARTITIONS")
    resumed = runner.invoke(main, args)
    assert "resumed: 3 of 4 partitions were complete" in resumed.stderr

    written = _lines(out.read_text(encoding="utf-8"))
    assert written and all(str(e["story_id"]).startswith("story-") for e in written)
    shown = runner.invoke(main, ["events", "--db", db, "--format", "jsonl"])
    assert sorted(_lines(shown.stdout), key=lambda e: str(e["id"])) == sorted(
        written, key=lambda e: str(e["id"])
    )
    docs_lines = _lines(docs.read_text(encoding="utf-8"))
    story_of = {d["doc_id"]: d["story_id"] for d in docs_lines if "story_id" in d}
    with Store(db) as store, store.engine.connect() as conn:
        stored = {a["doc_id"]: a["story_id"] for a in list_articles(conn, limit=100).items}
    assert stored == {doc: story_of[doc] for doc in stored} and len(stored) == 5
