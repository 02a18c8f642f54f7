"""An article over the length limit is refused with its size and the limit, in every reader and
in the library call, and a batch goes on with the next article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import marsad
from marsad.errors import BadInput
from marsad.ingest import read_paths
from marsad.ingest.limits import MAX_ARTICLE_CHARS
from marsad.ingest.reject import Reject
from marsad.model import Article

SENTENCE = "وقال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل في العاصمة. "


def _body(chars: int) -> str:
    return (SENTENCE * (chars // len(SENTENCE) + 1))[:chars]


def test_library_call_refuses_an_over_long_body_with_its_size() -> None:
    with pytest.raises(BadInput, match=f"{MAX_ARTICLE_CHARS + 1:,} characters"):
        marsad.code(_body(MAX_ARTICLE_CHARS + 1))


def test_a_long_report_under_the_limit_is_coded() -> None:
    doc = marsad.code(_body(60_000))  # longer than any news article, well under the limit
    assert len(doc.text) == 60_000 and doc.sentences


def test_jsonl_batch_rejects_the_long_line_and_keeps_the_next(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    rows = [
        {"id": "long", "title": "تقرير", "text": _body(MAX_ARTICLE_CHARS + 10)},
        {"id": "short", "title": "خبر", "text": SENTENCE},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
    out = list(read_paths([path]))
    assert isinstance(out[0], Reject) and out[0].source.endswith("batch.jsonl:1")
    assert "split longer documents" in out[0].reason
    assert isinstance(out[1], Article) and out[1].text == SENTENCE


def test_txt_file_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("عنوان\n\n" + _body(MAX_ARTICLE_CHARS + 1), "utf-8")
    (out,) = read_paths([path])
    assert isinstance(out, Reject)
    assert f"up to {MAX_ARTICLE_CHARS:,}" in out.reason
