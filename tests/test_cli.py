"""The ``marsad`` command: outputs, exit status, one stderr line per reject, no tracebacks."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import marsad
import marsad.pipeline
from marsad.cli import main
from marsad.model import Actor, ActorRef, Article, Doc, Event, EventActor, Mention
from marsad.store import Store

HEADLINE = "الرئيس يدعو إلى وقف إطلاق النار"
BODY = "دعا الرئيس الفرنسي جميع الأطراف إلى وقف فوري لإطلاق النار."


def fake_pipeline(article: Article) -> Doc:
    """Codes one REQUEST per article from its first word: enough to check what the CLI writes."""
    end = article.text.index(" ")
    actor = EventActor("الرئيس الفرنسي", "Emmanuel Macron", "FRA", "GOV", (end + 1, end + 15))
    event = Event(
        event="REQUEST",
        mode=None,
        actor=[actor],
        recipient=[],
        event_text=article.text[:end],
        event_span=(0, end),
        sentence=0,
        text=article.text,
        text_span=(0, len(article.text)),
        confidence=0.7,
        rule="test.request",
    )
    macron = Actor("Emmanuel Macron", "PER", "FRA", "GOV", None, "macron", ["الرئيس الفرنسي"])
    return Doc(article=article, sentences=[(0, len(article.text))], events=[event], actors=[macron])


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(marsad.pipeline, "load_pipeline", lambda: fake_pipeline)


@pytest.fixture
def articles(tmp_path: Path) -> dict[str, Path]:
    good = tmp_path / "good.txt"
    good.write_text(f"{HEADLINE}\n\n{HEADLINE}\n\n{BODY}\n", encoding="utf-8")
    bad = tmp_path / "broken.txt"
    bad.write_bytes(bytes(range(256)) * 3)
    lines = [json.dumps({"doc_id": "j1", "text": BODY}, ensure_ascii=False), "{oops"]
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {"good": good, "bad": bad, "batch": batch}


def _lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_cli_code_writes_events_to_stdout(fake: None, articles: dict[str, Path]) -> None:
    result = CliRunner().invoke(main, ["code", str(articles["good"])])
    assert result.exit_code == 0, result.output
    (event,) = _lines(result.stdout)
    assert event["event"] == ["REQUEST"] and event["event_text"] == "دعا"
    assert event["cite_info"]["title"] == HEADLINE
    assert result.stderr == ""


def test_cli_code_rejects_go_to_stderr_docs_and_db(
    fake: None, articles: dict[str, Path], tmp_path: Path
) -> None:
    out, docs, db = tmp_path / "events.jsonl", tmp_path / "docs.jsonl", tmp_path / "m.db"
    args = ["code", str(articles["bad"]), str(articles["batch"]), str(articles["good"])]
    args += ["--out", str(out), "--docs", str(docs), "--db", f"sqlite:///{db}"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"marsad: rejected {articles['bad']}: binary data, not text; "
        "give a .txt, .jsonl or .html article",
        f"marsad: rejected {articles['batch']}:2: line 2 is not valid JSON "
        "(Expecting property name enclosed in double quotes, column 2)",
    ]
    assert len(_lines(out.read_text("utf-8"))) == 2
    doc_lines = _lines(docs.read_text("utf-8"))
    assert [d["errors"][0]["code"] if d["errors"] else None for d in doc_lines] == [
        "E101",
        None,
        "E101",
        None,
    ]
    assert doc_lines[3]["actors"][0]["entity_name"] == "Emmanuel Macron"
    with Store(f"sqlite:///{db}") as store:
        assert (store.count("articles"), store.count("events"), store.count("rejects")) == (2, 2, 2)


def test_cli_code_again_replaces_records_in_the_db(
    fake: None, articles: dict[str, Path], tmp_path: Path
) -> None:
    db = f"sqlite:///{tmp_path / 'm.db'}"
    for _ in range(2):
        result = CliRunner().invoke(main, ["code", str(articles["good"]), "--db", db])
        assert result.exit_code == 0
    with Store(db) as store:
        assert (store.count("articles"), store.count("events")) == (1, 1)
        assert len(store.runs()) == 2


def test_cli_code_reads_stdin(fake: None) -> None:
    result = CliRunner().invoke(main, ["code", "-"], input=f"{HEADLINE}\n\n{BODY}".encode())
    assert result.exit_code == 0
    (event,) = _lines(result.stdout)
    assert event["doc_id"].startswith("stdin-")


def test_cli_code_bad_db_url_is_one_error_line(fake: None, articles: dict[str, Path]) -> None:
    result = CliRunner().invoke(main, ["code", str(articles["good"]), "--db", "nosuch://db"])
    assert result.exit_code == 1
    assert result.stderr.startswith("marsad: error: cannot open the database")
    assert "Traceback" not in result.output


def test_cli_code_survives_a_crashing_pipeline(
    monkeypatch: pytest.MonkeyPatch, articles: dict[str, Path], tmp_path: Path
) -> None:
    def crash(article: Article) -> Doc:
        raise RuntimeError("boom")

    monkeypatch.setattr(marsad.pipeline, "load_pipeline", lambda: crash)
    docs = tmp_path / "docs.jsonl"
    result = CliRunner().invoke(main, ["code", str(articles["good"]), "--docs", str(docs)])
    assert result.exit_code == 0
    assert result.stderr.strip().endswith("stage pipeline failed: RuntimeError: boom")
    (line,) = _lines(docs.read_text("utf-8"))
    assert line["errors"] == [
        {"stage": "pipeline", "code": "E201", "message": "RuntimeError: boom"}
    ]


def test_cli_code_needs_a_path() -> None:
    result = CliRunner().invoke(main, ["code"])
    assert result.exit_code == 2
    assert "Missing argument" in result.stderr


def test_cli_explain_shows_rule_and_confidence(monkeypatch: pytest.MonkeyPatch) -> None:
    def fake_code(text: str, published: str | None = None, **_: Any) -> Doc:
        doc = fake_pipeline(Article(doc_id="x", text=text))
        ref = ActorRef("Emmanuel Macron", "FRA", "GOV", "PER")
        doc.mentions = [Mention((4, 18), "الرئيس الفرنسي", 0, (1, 3), ref, "kb.title")]
        return doc

    monkeypatch.setattr(marsad, "code", fake_code)
    result = CliRunner().invoke(main, ["explain", BODY])
    assert result.exit_code == 0
    assert "REQUEST  confidence 0.70  rule test.request" in result.stdout
    assert "trigger:   دعا [0, 3]" in result.stdout
    assert "Emmanuel Macron (FRA/GOV)" in result.stdout
    assert "rule kb.title" in result.stdout


def test_cli_explain_when_nothing_is_coded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(marsad, "code", lambda text, **_: Doc(article=Article("x", text)))
    result = CliRunner().invoke(main, ["explain", "جملة عادية."])
    assert result.exit_code == 0
    assert result.stdout.strip() == "no event coded"


def test_cli_actors_lookup(monkeypatch: pytest.MonkeyPatch) -> None:
    import marsad.actors

    def lookup(text: str, date: object = None) -> list[Mention]:
        if "بومبيو" not in text:
            return []
        ref = ActorRef("Mike Pompeo", "USA", "GOV", "PER", key="per:pompeo")
        return [Mention((0, 11), "مايك بومبيو", 0, (0, 2), ref, "title-name")]

    monkeypatch.setattr(marsad.actors, "lookup", lookup, raising=False)
    monkeypatch.setattr(marsad.actors, "explain", lambda m: f"{m.text} -> {m.actor.entity_name}")
    found = CliRunner().invoke(main, ["actors", "lookup", "مايك بومبيو", "--date", "2019-12-10"])
    assert found.exit_code == 0
    assert found.stdout == "مايك بومبيو -> Mike Pompeo\n"
    as_json = CliRunner().invoke(main, ["actors", "lookup", "مايك بومبيو", "--json"])
    assert json.loads(as_json.stdout)["actor"]["entity_name"] == "Mike Pompeo"
    missing = CliRunner().invoke(main, ["actors", "lookup", "فلان"])
    assert missing.exit_code == 1
    assert "no actor found" in missing.stderr
    bad_date = CliRunner().invoke(main, ["actors", "lookup", "بومبيو", "--date", "yesterday"])
    assert bad_date.exit_code == 2


def test_cli_eval_missing_gold_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval", "--gold", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


# -- the installed script, as a user runs it ----------------------------------------------------


def _script() -> str:
    found = Path(sys.executable).with_name("marsad")
    if found.exists():
        return str(found)
    which = shutil.which("marsad")
    if which is None:
        pytest.skip("the marsad script is not installed (pip install -e .)")
    return which


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [_script(), *args],
        input=stdin.decode("utf-8") if stdin else None,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


def test_cli_script_rejects_with_one_line_and_goes_on(
    articles: dict[str, Path], tmp_path: Path
) -> None:
    docs = tmp_path / "docs.jsonl"
    proc = _run("code", str(articles["bad"]), str(articles["good"]), "--docs", str(docs))
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    rejected = [ln for ln in proc.stderr.splitlines() if ln.startswith("marsad: rejected")]
    assert rejected == [
        f"marsad: rejected {articles['bad']}: binary data, not text; "
        "give a .txt, .jsonl or .html article"
    ]
    assert [d["title"] for d in _lines(docs.read_text("utf-8"))] == [None, HEADLINE]


def test_cli_script_exit_status_and_errors(articles: dict[str, Path]) -> None:
    ok = _run("code", str(articles["good"]))
    assert ok.returncode == 0, ok.stderr
    assert all(json.loads(line)["doc_id"] for line in ok.stdout.splitlines())
    usage = _run("code", "--no-such-option", str(articles["good"]))
    assert usage.returncode == 2 and "No such option" in usage.stderr
    bad_db = _run("code", str(articles["good"]), "--db", "nosuch://db")
    assert bad_db.returncode == 1
    assert bad_db.stderr.startswith("marsad: error: ") and "Traceback" not in bad_db.stderr


def test_cli_script_reads_stdin() -> None:
    proc = _run("code", "-", stdin=f"{HEADLINE}\n\n{BODY}".encode())
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr


def test_cli_registers_the_ner_commands_when_present() -> None:
    pytest.importorskip("marsad.ner.commands")
    runner = CliRunner()
    for args in (["train", "ner", "--help"], ["bench", "ner", "--help"], ["ner", "--help"]):
        result = runner.invoke(main, args)
        assert result.exit_code == 0, (args, result.output)
        assert result.stdout.startswith("Usage: ")


def test_code_rejects_a_non_arabic_article_with_its_language(tmp_path: Path) -> None:
    english = tmp_path / "weather.txt"
    english.write_text(
        "Weather report\n\nIt rained all day in London and the trains were late again.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["code", str(english)])
    assert result.exit_code == 1
    assert "not Arabic" in result.stderr and "en" in result.stderr
