"""Faults: ``marsad code --db`` killed with SIGKILL at random points and run again loses no
article, duplicates none and leaves no half-written one, on SQLite and on PostgreSQL. A locked
SQLite database gives a one-line error, never a traceback."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fuzz_cases import tried
from sqlalchemy import create_engine, text

from databases import database_url
from marsad.ingest import read_paths
from marsad.model import Article
from marsad.output import event_record
from marsad.pipeline import load_pipeline
from marsad.store import Store
from marsad.store.database import normalize_url

N_ARTICLES = 40
SEEDS = (1, 2)
MARSAD = [sys.executable, "-c", "from marsad.cli import main; main()"]

SUBJECTS = ["القوات الروسية", "الجيش الإسرائيلي", "الشرطة العراقية", "الحوثيون", "حركة حماس"]
ACTS = ["قصفت مدينة حلب", "هاجم غزة", "اعتقلت متظاهرين في بغداد", "أطلقوا صاروخا على الرياض"]
TAILS = ["وقتل عشرة مدنيين.", "وقال الرئيس إن الهجوم فشل.", "ودعت الأمم المتحدة إلى التهدئة."]


def _articles(folder: Path) -> Path:
    rng = random.Random(0)
    folder.mkdir()
    for i in range(N_ARTICLES):
        body = " ".join(
            f"{rng.choice(SUBJECTS)} {rng.choice(ACTS)} {rng.choice(TAILS)}" for _ in range(3)
        )
        (folder / f"a{i:02d}.txt").write_text(f"خبر رقم {i}\n\n{body} ({i})\n", encoding="utf-8")
    return folder


def _expected(folder: Path) -> dict[str, list[dict[str, Any]]]:
    pipeline = load_pipeline()
    expected = {}
    for item in read_paths([folder]):
        assert isinstance(item, Article)
        doc = pipeline(item)
        expected[item.doc_id] = [event_record(doc, ev) for ev in doc.events]
    return expected


def _count(url: str) -> int:
    engine = create_engine(normalize_url(url))
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM articles")).scalar_one())
    except Exception:  # tables not created yet, or locked for a moment
        return -1
    finally:
        engine.dispose()


def _run_and_kill(args: list[str], url: str, rng: random.Random) -> str:
    """Start ``marsad code``; SIGKILL it at a random point. Returns where it was killed."""
    proc = subprocess.Popen([*MARSAD, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        if rng.random() < 0.3:  # anywhere: during start-up, migration or the batch
            time.sleep(rng.uniform(0.0, 3.0))
            where = "at a random time"
        else:  # mid-batch, after a random number of articles were stored
            target = rng.randint(1, N_ARTICLES - 1)
            deadline = time.monotonic() + 120
            while proc.poll() is None and _count(url) < target and time.monotonic() < deadline:
                time.sleep(0.005)
            where = f"after {target} articles"
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait()
        assert proc.stderr is not None
        proc.stderr.close()
    return where


def _check(url: str, expected: dict[str, list[dict[str, Any]]]) -> None:
    engine = create_engine(normalize_url(url))
    try:
        with engine.connect() as conn:
            ids = [r[0] for r in conn.execute(text("SELECT doc_id FROM articles"))]
            assert sorted(ids) == sorted(expected), "an article was lost or is extra"
            for table in ("events", "actors", "quotes", "places"):
                orphans = conn.execute(
                    text(
                        f"SELECT count(*) FROM {table} t LEFT JOIN articles a "
                        "ON a.doc_id = t.doc_id WHERE a.doc_id IS NULL"
                    )
                ).scalar_one()
                assert orphans == 0, f"{table} rows without their article"
            stored: dict[str, list[Any]] = {doc_id: [] for doc_id in expected}
            rows = conn.execute(text("SELECT doc_id, id FROM events ORDER BY doc_id, pk"))
            for doc_id, event_id in rows:
                stored[doc_id].append(event_id)
        for doc_id, records in expected.items():
            want = sorted(r["id"] for r in records)
            assert sorted(stored[doc_id]) == want, f"{doc_id}: events lost or duplicated"
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    folder = _articles(tmp_path_factory.mktemp("faults") / "articles")
    return folder, _expected(folder)


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_sigkill_mid_batch_then_rerun(
    kind: str, corpus: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    folder, expected = corpus
    assert len(expected) == N_ARTICLES
    for seed in SEEDS:
        rng = random.Random(seed)
        run_dir = tmp_path / f"seed{seed}"
        run_dir.mkdir()
        with database_url(kind, run_dir) as url:
            args = ["code", str(folder), "--db", url, "--out", os.devnull]
            kills = [_run_and_kill(args, url, rng) for _ in range(2)]
            tried(f"faults: SIGKILL mid-batch and rerun ({kind})", len(kills))
            done = subprocess.run([*MARSAD, *args], capture_output=True, text=True, timeout=300)
            assert done.returncode == 0, (kills, done.stderr)
            assert "Traceback" not in done.stderr
            _check(url, expected)


def _lock(path: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN EXCLUSIVE")
    try:
        yield conn
    finally:
        conn.execute("ROLLBACK")
        conn.close()


def test_locked_sqlite_database_is_a_clear_error(
    corpus: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    folder, _ = corpus
    db = tmp_path / "locked.db"
    url = f"sqlite:///{db}"
    Store(url).close()  # an existing, migrated database
    tried("faults: locked SQLite database")
    for _ in _lock(db):
        args = ["code", str(folder / "a01.txt"), "--db", url, "--out", os.devnull]
        done = subprocess.run([*MARSAD, *args], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("marsad: error: "), done.stderr
    assert "database is locked" in done.stderr and "another process is writing" in done.stderr


def test_full_disk_is_a_clear_error(
    corpus: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    """A database on a 256 KB tmpfs (root only), or a read-only folder otherwise."""
    folder, _ = corpus
    mount = tmp_path / "disk"
    mount.mkdir()
    mounted = os.geteuid() == 0 and subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)], capture_output=True
    ).returncode == 0
    try:
        if not mounted:
            mount.chmod(0o500)
        # big articles fill 256 KB quickly
        big = tmp_path / "big"
        big.mkdir()
        body = (folder / "a00.txt").read_text(encoding="utf-8") * 60
        for i in range(8):
            (big / f"b{i}.txt").write_text(f"{body} {i}", encoding="utf-8")
        tried("faults: full disk" if mounted else "faults: read-only database folder")
        done = subprocess.run(
            [*MARSAD, "code", str(big), "--db", f"sqlite:///{mount / 'm.db'}", "--out", os.devnull],
            capture_output=True, text=True, timeout=300,
        )
    finally:
        if mounted:
            subprocess.run(["umount", str(mount)], check=False)
        else:
            mount.chmod(0o700)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert "marsad: error: " in done.stderr, done.stderr
    if mounted:
        assert "database or disk is full" in done.stderr, done.stderr
        assert "free some disk space" in done.stderr


def test_migration_interrupted_halfway_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A process that dies while creating the tables must not leave a half-made database that
    the next run refuses (pysqlite would commit each CREATE TABLE on its own)."""
    from sqlalchemy import inspect

    from marsad.store import migrate

    real = migrate.command.upgrade

    def dies_after_the_tables(config: Any, revision: str) -> None:
        real(config, revision)
        raise KeyboardInterrupt  # what a kill looks like from inside: no commit

    url = f"sqlite:///{tmp_path / 'half.db'}"
    engine = create_engine(url)
    monkeypatch.setattr(migrate.command, "upgrade", dies_after_the_tables)
    tried("faults: migration interrupted halfway")
    with pytest.raises(KeyboardInterrupt):
        migrate.upgrade(engine)
    assert inspect(engine).get_table_names() == []
    monkeypatch.setattr(migrate.command, "upgrade", real)
    Store(url).close()
    engine.dispose()
