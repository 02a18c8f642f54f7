"""JSONL input: one article a line; a bad line is a reject with its number, the rest goes on."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from marsad.ingest import Reject, read_paths
from marsad.ingest.jsonl import read_jsonl
from marsad.model import Article


def _line(**fields: object) -> str:
    return json.dumps(fields, ensure_ascii=False)


def test_jsonl_reads_every_field() -> None:
    text = _line(
        doc_id="a1",
        title="عنوان",
        text="نص الخبر",
        published="2019-12-10T08:30:00Z",
        url="https://example.org/1",
        outlet="example.org",
    )
    (article,) = read_jsonl(text, "in.jsonl")
    assert article == Article(
        doc_id="a1",
        text="نص الخبر",
        title="عنوان",
        published=dt.date(2019, 12, 10),
        url="https://example.org/1",
        outlet="example.org",
        source="in.jsonl",
    )


def test_jsonl_bad_lines_are_rejects_with_line_numbers() -> None:
    lines = [
        _line(doc_id="ok1", text="نص أول"),
        "{not json",
        _line(doc_id="empty", text="  "),
        "",
        _line(doc_id="baddate", text="نص", published="10/12/2019"),
        "[1, 2]",
        _line(doc_id="ok2", text="نص ثان", published="2020-01-05"),
    ]
    items = list(read_jsonl("\n".join(lines), "in.jsonl"))
    assert [type(i).__name__ for i in items] == [
        "Article",
        "Reject",
        "Reject",
        "Reject",
        "Reject",
        "Article",
    ]
    rejects = [i for i in items if isinstance(i, Reject)]
    assert [r.source for r in rejects] == ["in.jsonl:2", "in.jsonl:3", "in.jsonl:5", "in.jsonl:6"]
    assert "not valid JSON" in rejects[0].reason
    assert "text" in rejects[1].reason and rejects[1].doc_id == "empty"
    assert "YYYY-MM-DD" in rejects[2].reason
    assert "JSON object" in rejects[3].reason


def test_jsonl_missing_doc_id_gets_a_stable_one() -> None:
    text = _line(text="نص بلا معرف")
    (first,) = read_jsonl(text, "batch.jsonl")
    (again,) = read_jsonl(text, "batch.jsonl")
    assert isinstance(first, Article) and isinstance(again, Article)
    assert first.doc_id == again.doc_id and first.doc_id.startswith("batch-")


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_jsonl_unicode_line_separators_inside_text_are_kept(separator: str) -> None:
    (article,) = read_jsonl(_line(doc_id="x", text=f"سطر{separator}سطر"), "in.jsonl")
    assert isinstance(article, Article)
    assert article.text == f"سطر{separator}سطر"


def test_jsonl_accepts_id_and_content_aliases() -> None:
    (article,) = read_jsonl(_line(id="snn-1", content="نص", title="ع"), "in.jsonl")
    assert isinstance(article, Article)
    assert (article.doc_id, article.text) == ("snn-1", "نص")


def test_jsonl_file_streams_and_rejects_an_undecodable_line(tmp_path: Path) -> None:
    good = [_line(doc_id=f"d{i}", text="نص الخبر " * 50) for i in range(400)]  # > 64 KiB
    data = "\n".join(good[:300]).encode() + b'\n{"doc_id": "bad", "text": "\xff\xfe"}\n'
    data += "\n".join(good[300:]).encode()
    path = tmp_path / "big.jsonl"
    path.write_bytes(data)
    items = list(read_paths([path]))
    rejects = [i for i in items if isinstance(i, Reject)]
    assert len(items) == 401
    assert [(r.source, r.reason) for r in rejects] == [
        (f"{path}:301", "line 301 is not valid utf-8 text")
    ]
    assert [i.doc_id for i in items if isinstance(i, Article)] == [f"d{i}" for i in range(400)]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1256", "utf-16"])
def test_jsonl_file_in_other_encodings(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "in.jsonl"
    lines = [_line(doc_id="a", text="دعا الوزير إلى الهدنة"), _line(doc_id="b", text="نص")]
    path.write_bytes("\r\n".join(lines).encode(encoding))
    items = list(read_paths([path]))
    assert [(i.doc_id, i.text) for i in items if isinstance(i, Article)] == [
        ("a", "دعا الوزير إلى الهدنة"),
        ("b", "نص"),
    ]
