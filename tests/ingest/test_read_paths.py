"""Reading paths: directories (recursive, sorted), stdin sniffing, rejects with reasons."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from marsad.ingest import Reject, read_paths
from marsad.ingest.read import sniff
from marsad.model import Article


def _write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def test_read_directory_recursively_in_sorted_order(tmp_path: Path) -> None:
    _write(tmp_path / "b.txt", "عنوان ب\n\nنص ب.")
    _write(tmp_path / "a" / "z.txt", "عنوان ز\n\nنص ز.".encode("utf-16"))
    _write(tmp_path / "a" / "c.jsonl", json.dumps({"doc_id": "c1", "text": "نص ج"}) + "\n")
    _write(tmp_path / "a" / "notes.md", "# not an article")
    _write(tmp_path / "a" / "image.png", b"\x89PNG\r\n\x1a\n" + bytes(64))
    items = list(read_paths([tmp_path]))
    assert all(isinstance(i, Article) for i in items)
    assert [i.text for i in items if isinstance(i, Article)] == ["نص ج", "نص ز.", "نص ب."]


def test_read_bad_files_are_rejects_and_the_batch_goes_on(tmp_path: Path) -> None:
    good = _write(tmp_path / "good.txt", "عنوان\n\nنص.")
    binary = _write(tmp_path / "bad.txt", bytes(range(256)))
    empty = _write(tmp_path / "empty.txt", "")
    missing = tmp_path / "missing.txt"
    items = list(read_paths([binary, empty, missing, good]))
    assert [type(i).__name__ for i in items] == ["Reject", "Reject", "Reject", "Article"]
    reasons = [i.reason for i in items if isinstance(i, Reject)]
    assert "binary" in reasons[0]
    assert "empty" in reasons[1]
    assert "no such file" in reasons[2]
    assert [i.source for i in items if isinstance(i, Reject)] == [
        str(binary),
        str(empty),
        str(missing),
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('  {"text": "x"}', "jsonl"),
        ("\ufeff<!doctype html><p>x</p>", "html"),
        ("عنوان\n\nنص", "txt"),
    ],
)
def test_read_sniffs_untyped_input(text: str, kind: str) -> None:
    assert sniff(text) == kind


def test_read_stdin_txt_jsonl_and_html() -> None:
    txt = "عنوان الخبر\n\nنص الخبر من المدخل القياسي.".encode("cp1256")
    (article,) = read_paths(["-"], stdin=io.BytesIO(txt))
    assert isinstance(article, Article)
    assert article.text == "نص الخبر من المدخل القياسي."
    assert article.source == "stdin" and article.doc_id.startswith("stdin-")

    jsonl = "\n".join(json.dumps({"doc_id": f"d{i}", "text": "نص"}) for i in range(3))
    items = list(read_paths(["-"], stdin=io.BytesIO(jsonl.encode("utf-8"))))
    assert [i.doc_id for i in items if isinstance(i, Article)] == ["d0", "d1", "d2"]

    page = "<html><body><article><p>" + "دعا الوزير إلى وقف إطلاق النار. " * 5
    (from_html,) = read_paths(
        ["-"], stdin=io.BytesIO((page + "</p></article></body></html>").encode())
    )
    assert isinstance(from_html, Article)
    assert from_html.text.startswith("دعا الوزير")


def test_read_directory_without_articles_is_a_reject(tmp_path: Path) -> None:
    _write(tmp_path / "notes.md", "# not an article")
    (reject,) = read_paths([tmp_path])
    assert isinstance(reject, Reject)
    assert (
        reject.reason
        == "no article files (.txt .jsonl .csv .html .htm .rss .atom .xml) in this directory"
    )
