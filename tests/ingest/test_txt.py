"""Plain-text articles: headline, repeated headline, body offsets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from marsad.errors import BadInput
from marsad.ingest import read_paths
from marsad.ingest.txt import parse_txt, split_headline
from marsad.model import Article


def test_txt_sample_body_equals_gold_text(gold_dir: Path) -> None:
    """The canonical sample (.txt, headline repeated) gives exactly the gold article's body."""
    sample = gold_dir.parents[1] / "samples" / "000_239c63b052fe9359.txt"
    gold = json.loads((gold_dir / "seed.jsonl").read_text("utf-8").splitlines()[0])
    (article,) = read_paths([sample])
    assert isinstance(article, Article)
    assert article.text == gold["text"]
    assert article.title == gold["title"]


@pytest.mark.parametrize(
    ("raw", "title", "body"),
    [
        ("العنوان\n\nالنص الأول.\nالنص الثاني.", "العنوان", "النص الأول.\nالنص الثاني."),
        ("العنوان\n\nالعنوان\n\nالنص.", "العنوان", "النص."),  # headline repeated
        ("  العنوان \r\n\r\n العنوان\r\n  النص.\r\n\r\n", "العنوان", "النص."),  # CRLF, spaces
        ("\n\nالعنوان\nالنص\n\nالعنوان", "العنوان", "النص\n\nالعنوان"),  # only the next line
        ("فقرة واحدة بلا عنوان.", None, "فقرة واحدة بلا عنوان."),
    ],
)
def test_txt_headline_and_body(raw: str, title: str | None, body: str) -> None:
    assert split_headline(raw) == (title, body)


def test_txt_offsets_point_into_the_body() -> None:
    article = parse_txt("عنوان الخبر\n\nعنوان الخبر\n\nقصفت الطائرات مدينة إدلب.", "a.txt")
    start = article.text.index("إدلب")
    assert article.text[start : start + 4] == "إدلب"
    assert article.text.startswith("قصفت")


def test_txt_doc_id_is_stable_and_depends_on_content() -> None:
    a = parse_txt("عنوان\n\nنص الخبر.", "dir/news_1.txt")
    b = parse_txt("عنوان\n\nنص الخبر.", "other/news_1.txt")
    c = parse_txt("عنوان\n\nنص آخر.", "dir/news_1.txt")
    assert a.doc_id == b.doc_id
    assert a.doc_id.startswith("news_1-")
    assert a.doc_id != c.doc_id


def test_txt_blank_file_is_bad_input() -> None:
    with pytest.raises(BadInput, match="no article text"):
        parse_txt(" \n\n ", "blank.txt")


_LINE = st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي ،.0123456789", min_size=1, max_size=40)


@given(_LINE.filter(str.strip), st.lists(_LINE.filter(str.strip), min_size=1, max_size=5))
def test_txt_headline_repeated_or_not_the_body_is_the_rest(headline: str, paras: list[str]) -> None:
    assume(paras[0].split() != headline.split())  # else the body's first line is a repeat
    body = "\n\n".join(p.strip() for p in paras)
    for raw in (f"{headline}\n\n{body}\n", f"{headline}\n{headline}\n\n{body}"):
        assert split_headline(raw) == (headline.strip(), body)
