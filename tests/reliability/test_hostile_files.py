"""Hostile files through ingestion and ``marsad code``: binary data, truncated UTF-8, mixed
encodings, lone surrogates, a 50 MB file, a million-character line, 100,000 nested HTML
elements. Each is coded or rejected with a stated reason; nothing escapes as a traceback."""

from __future__ import annotations

import json
import os
from pathlib import Path

from click.testing import CliRunner, Result
from fuzz_cases import tried
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.cli import main
from marsad.ingest import Reject, read_bytes
from marsad.model import Article

ARTICLE = "قصفت القوات الروسية مدينة حلب وقتل عشرة مدنيين، وقال الرئيس إن الهجوم فشل."

FUZZ = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)

# Bytes built from pieces that trip decoders: BOMs, UTF-8 and Windows-1256 Arabic, cut
# characters, NULs, markup, JSON punctuation.
PIECES = [
    b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"\x00", b"\xd8", b"\xd9\x84",
    ARTICLE.encode(), ARTICLE.encode("cp1256"), ARTICLE.encode("utf-16-le"), b"\n", b"\r\n",
    b"<html>", b"<div>", b"</div>", b"<p>", b"<script>", b"<meta charset=windows-1256>",
    b'<meta charset="utf-8">', b"<meta charset=bogus>", b"{", b"}", b'"text": ', b'"', b",",
    b'"\\ud800"', b"\xe2\x80\xae", b"\xe2\x80\x8b", b"\xc0\xaf", b"\xed\xa0\x80", b"\x80",
]
hostile_bytes = st.one_of(
    st.binary(max_size=400), st.lists(st.sampled_from(PIECES), max_size=40).map(b"".join)
)


def _check_items(items: list[Article | Reject]) -> None:
    for item in items:
        if isinstance(item, Reject):
            assert item.reason.strip(), f"reject without a reason: {item}"
            assert item.code.startswith("E")
        else:
            assert item.text.strip() and item.doc_id
            json.dumps(item.text, ensure_ascii=False)


@FUZZ
@given(hostile_bytes, st.sampled_from([None, "txt", "html", "jsonl"]))
def test_reading_hostile_bytes_gives_articles_or_reasons(data: bytes, kind: str | None) -> None:
    tried("hostile files: random and crafted bytes (ingest.read_bytes)")
    _check_items(list(read_bytes(data, "fuzz", kind)))


def _code(args: list[str], stdin: bytes | None = None) -> Result:
    result = CliRunner().invoke(main, ["code", *args], input=stdin)
    assert "Traceback" not in result.output, result.output
    if result.exception is not None:
        assert isinstance(result.exception, SystemExit), repr(result.exception)
    return result


@settings(max_examples=40, deadline=None, database=None)
@given(hostile_bytes)
def test_marsad_code_on_hostile_stdin(data: bytes) -> None:
    tried("hostile files: random and crafted bytes on stdin (marsad code -)")
    result = _code(["-"], data)
    assert result.exit_code in (0, 1)
    for line in result.stdout.splitlines():
        json.loads(line)
    if result.exit_code == 1:
        assert "marsad: rejected stdin" in result.stderr or "marsad: error: " in result.stderr


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_named_hostile_files(tmp_path: Path) -> None:
    """One file of each kind; the reason a user reads for each."""
    u8 = ARTICLE.encode()
    cases = {
        "binary.txt": (os.urandom(100_000), "binary data, not text"),
        "nul.txt": (u8 + b"\x00" + u8, "binary data, not text"),
        "truncated.txt": (u8[:-1], None),  # cut inside its last character: coded
        "mixed.txt": (u8 + b"\n" + ARTICLE.encode("cp1256"), "mixes UTF-8 with another encoding"),
        "bad-bom.txt": (b"\xef\xbb\xbf" + ARTICLE.encode("cp1256"), "byte-order mark"),
        "latin1.txt": ("Ceci n'est pas un article arabe: été, île".encode("latin-1"), "encoding"),
        "empty.txt": (b"   \n\n", "empty"),
        "bidi.txt": (
            ("\u202e\u200f" + "\u200b".join(ARTICLE.split(" ")) + "\u2069\ufeff").encode(),
            None,
        ),
        "nested.html": (
            b"<html><body>" + b"<div>" * 100_000 + u8 + b"</div>" * 100_000 + b"</body></html>",
            "no article text found in the HTML page",
        ),
        "surrogate.jsonl": (b'{"text": "\\ud800 ' + u8 + b'"}\n', "lone surrogate"),
        "long-line.txt": (("ا" * 1_000_000).encode(), "1,000,000 characters"),
    }
    for name, (data, reason) in cases.items():
        tried("hostile files: named cases (marsad code FILE)")
        path = _write(tmp_path / name, data)
        result = _code([str(path)])
        if reason is None:
            assert result.exit_code == 0, (name, result.stderr)
            assert "rejected" not in result.stderr, (name, result.stderr)
        else:
            assert result.exit_code == 1, (name, result.output)
            assert f"marsad: rejected {path}" in result.stderr, (name, result.stderr)
            assert reason in result.stderr, (name, result.stderr)


def test_fifty_megabyte_files(tmp_path: Path) -> None:
    """A 50 MB article file is refused unread; a 50 MB JSONL dump is streamed: its giant line
    is refused with the reason and the articles around it are coded."""
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    tried("hostile files: 50 MB files")
    result = _code([str(big)])
    assert result.exit_code == 1
    assert "the file has 50.0 MB" in result.stderr and "JSONL" in result.stderr

    dump = tmp_path / "dump.jsonl"
    with dump.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"doc_id": "a", "text": ARTICLE}, ensure_ascii=False) + "\n")
        fh.write(json.dumps({"doc_id": "huge", "text": "ح" * (25 * 1024 * 1024)}) + "\n")
        fh.write(json.dumps({"doc_id": "b", "text": ARTICLE}, ensure_ascii=False) + "\n")
    assert dump.stat().st_size > 50 * 1024 * 1024
    tried("hostile files: 50 MB files")
    result = _code([str(dump), "-v"])
    assert result.exit_code == 1
    assert f"marsad: rejected {dump}:2: line 2: the article body has 26,214,400" in result.stderr
    assert {json.loads(line)["doc_id"] for line in result.stdout.splitlines()} == {"a", "b"}
    assert "coded 2 articles" in result.stderr


def test_full_disk_and_unwritable_output(tmp_path: Path) -> None:
    article = _write(tmp_path / "a.txt", ARTICLE.encode())
    tried("faults: output to a full device (/dev/full)")
    if Path("/dev/full").exists():
        result = _code([str(article), "--out", "/dev/full"])
        assert result.exit_code == 1
        assert "marsad: error: cannot write" in result.stderr
        assert "No space left on device" in result.stderr
