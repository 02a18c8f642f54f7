"""Batch coding: the local and Dask engines give the same output; reruns resume."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.batch import PartitionsFailed, code_partition, run_batch
from marsad.cli import main
from marsad.ingest import read_paths
from marsad.store import Store


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x]


def test_code_partition_is_pure_and_rejects_other_languages(corpus: Path) -> None:
    items = list(read_paths([corpus]))
    first = code_partition(items, index=0)
    again = code_partition(items, index=0)
    assert [r.events_jsonl for r in first.items] == [r.events_jsonl for r in again.items]
    reasons = {r.reject.doc_id: r.reject for r in first.items if r.reject is not None}
    assert reasons["n3"].code == "E103" and "language is fa" in reasons["n3"].reason
    assert reasons["n5"].code == "E103" and "language is en" in reasons["n5"].reason
    assert sum(r.n_events for r in first.items) > 0


def test_local_and_dask_engines_write_the_same_output(corpus: Path, tmp_path: Path) -> None:
    items = list(read_paths([corpus]))
    outputs = []
    for engine in ("local", "dask"):
        events, docs = io.StringIO(), io.StringIO()
        summary = run_batch(
            items,
            events,
            docs,
            engine=engine,
            run_dir=tmp_path / engine,
            partition_size=2,
            workers=2,
            warn=lambda _line: None,
        )
        assert summary.articles == 5 and summary.rejects == 3
        assert summary.reject_codes == {"E101": 1, "E103": 2}
        outputs.append((events.getvalue(), docs.getvalue()))
    assert outputs[0] == outputs[1]
    assert outputs[0][0].count("\n") > 0


def test_cli_dask_engine_on_a_local_cluster(corpus: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main,
        [
            "code", str(corpus), "--workers", "2", "--partition-size", "3",
            "--run-dir", str(tmp_path / "run"), "--out", str(tmp_path / "ev.jsonl"),
            "--docs", str(tmp_path / "docs.jsonl"), "--no-progress",
        ],
    )  # fmt: skip
    assert result.exit_code == 1  # some input was rejected
    assert "marsad: coded 5 articles" in result.stderr
    assert "rejected 2: not Arabic (E103)" in result.stderr
    assert "2 worker process(es)" in result.stderr
    docs = _lines(tmp_path / "docs.jsonl")
    assert [d["doc_id"] for d in docs if d["doc_id"]] == [f"n{i}" for i in range(7)]


def _code(
    corpus: Path, run: Path, out: Path, db: Path, *extra: str
) -> subprocess.CompletedProcess[str]:
    cmd = (
        [sys.executable, "-m", "marsad.cli"] if False else [Path(sys.executable).parent / "marsad"]
    )
    return subprocess.run(
        [*map(str, cmd), "code", str(corpus), "--engine", "local", "--partition-size", "1",
         "--run-dir", str(run), "--out", str(out), "--db", f"sqlite:///{db}", "--no-progress",
         *extra],
        capture_output=True, text=True, check=False,
    )  # fmt: skip


def test_a_failed_partition_is_redone_on_rerun_without_loss_or_duplicates(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = CliRunner()
    ref = tmp_path / "ref.jsonl"
    args = ["code", str(corpus), "--engine", "local", "--partition-size", "2", "--no-progress"]
    runner.invoke(main, [*args, "--run-dir", str(tmp_path / "ref"), "--out", str(ref)])
    out, db = tmp_path / "ev.jsonl", tmp_path / "m.db"
    full = [*args, "--run-dir", str(tmp_path / "run"), "--out", str(out), "--db", f"sqlite:///{db}"]
    monkeypatch.setenv("MARSAD_TEST_FAIL_PARTITIONS", "1")
    failed = runner.invoke(main, full)
    assert failed.exit_code == 1
    assert "1 of 4 partitions failed (partition 1" in failed.stderr
    assert "run the same command again to resume (E203)" in failed.stderr
    assert sorted(p.name for p in (tmp_path / "run").glob("*.done")) == [
        "part-00000.done",
        "part-00002.done",
        "part-00003.done",
    ]
    monkeypatch.delenv("MARSAD_TEST_FAIL_PARTITIONS")
    resumed = runner.invoke(main, full)
    assert "resumed: 3 of 4 partitions were complete" in resumed.stderr
    assert "marsad: coded 5 articles" in resumed.stderr
    assert out.read_text(encoding="utf-8") == ref.read_text(encoding="utf-8")
    with Store(f"sqlite:///{db}") as store:
        assert store.count("articles") == 5
        assert store.count("rejects") == 3
        assert store.count("events") == len(_lines(ref))


def test_a_killed_run_resumes_without_loss_or_duplicates(corpus: Path, tmp_path: Path) -> None:
    ref_out = tmp_path / "ref.jsonl"
    ref = _code(corpus, tmp_path / "ref", ref_out, tmp_path / "ref.db")
    assert ref.returncode == 1, ref.stderr  # rejects
    run, out, db = tmp_path / "run", tmp_path / "ev.jsonl", tmp_path / "m.db"
    cmd = [str(Path(sys.executable).parent / "marsad"), "code", str(corpus), "--engine", "local",
           "--partition-size", "1", "--run-dir", str(run), "--out", str(out),
           "--db", f"sqlite:///{db}", "--no-progress"]  # fmt: skip
    proc = subprocess.Popen(cmd, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    while len(list(run.glob("*.done"))) < 3 and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    done = len(list(run.glob("*.done")))
    assert 3 <= done < 8, "the run was not killed midway"
    again = _code(corpus, run, out, db)
    assert f"resumed: {done} of 8 partitions" in again.stderr
    assert out.read_text(encoding="utf-8") == ref_out.read_text(encoding="utf-8")
    with Store(f"sqlite:///{db}") as store, Store(f"sqlite:///{tmp_path / 'ref.db'}") as want:
        for table in ("articles", "events", "rejects", "actors", "places"):
            assert store.count(table) == want.count(table), table


def test_partitions_failed_is_a_marsad_error(corpus: Path, tmp_path: Path) -> None:
    items = list(read_paths([corpus]))
    with pytest.raises(PartitionsFailed) as err:
        run_batch(items, io.StringIO(), run_dir=tmp_path, partition_size=4,
                  fail_partitions=frozenset({0}), warn=lambda _l: None)  # fmt: skip
    assert err.value.code == "E203" and err.value.summary.articles == 2


def test_an_existing_scheduler_is_used(corpus: Path, tmp_path: Path) -> None:
    import logging

    from dask.distributed import LocalCluster

    items = list(read_paths([corpus]))
    ref = io.StringIO()
    run_batch(items, ref, run_dir=tmp_path / "ref", partition_size=3, warn=lambda _l: None)
    with LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None,
        silence_logs=logging.ERROR,
    ) as cluster:  # fmt: skip
        out = io.StringIO()
        summary = run_batch(
            items, out, engine="dask", scheduler=cluster.scheduler_address,
            run_dir=tmp_path / "run", partition_size=3, warn=lambda _l: None,
        )  # fmt: skip
    assert out.getvalue() == ref.getvalue() and len(summary.worker_peak_kib) == 1


def test_progress_bar_and_stories(corpus: Path, tmp_path: Path) -> None:
    stories = tmp_path / "stories.jsonl"
    result = CliRunner().invoke(
        main,
        ["code", str(corpus), "--run-dir", str(tmp_path / "r"), "--progress", "--stories",
         "--story-events", str(stories), "--docs", str(tmp_path / "d.jsonl"),
         "--out", str(tmp_path / "e.jsonl")],
    )  # fmt: skip
    assert "coding" in result.stderr and "8/8" in result.stderr  # 8 items in all
    assert "7 articles in 7 stories" in result.stderr  # grouped before the language check
    docs = [d for d in _lines(tmp_path / "d.jsonl") if d["doc_id"] in ("n0", "n1", "n2")]
    assert all(str(d["story_id"]).startswith("story-") for d in docs)
    events = _lines(tmp_path / "e.jsonl")
    merged = _lines(stories)
    assert len(merged) == len(events) and all(m["sources"] == 1 for m in merged)
