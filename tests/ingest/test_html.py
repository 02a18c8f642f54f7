"""HTML pages: main text, headline, date and site name come out; boilerplate stays out."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.errors import BadInput
from marsad.ingest import read_bytes
from marsad.ingest.html import parse_html
from marsad.model import Article

BODY = (
    "قال وزير الخارجية الأردني إن بلاده تدعو جميع الأطراف إلى وقف فوري لإطلاق النار، "
    "مؤكدا أن الحوار هو السبيل الوحيد لإنهاء الأزمة في المنطقة."
)
SECOND = (
    "وأضاف الوزير خلال مؤتمر صحفي مشترك مع نظيره المصري في عمان أن البلدين سيواصلان "
    "التنسيق لدعم جهود التهدئة وإيصال المساعدات الإنسانية إلى المدنيين."
)
PAGE = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head>
<meta charset="{{charset}}">
<title>الأردن يدعو إلى وقف إطلاق النار | أخبار المثال</title>
<meta property="og:title" content="الأردن يدعو إلى وقف إطلاق النار">
<meta property="og:site_name" content="أخبار المثال">
<meta property="article:published_time" content="2024-03-05T10:00:00+03:00">
<link rel="canonical" href="https://news.example.org/2024/03/05/jordan-ceasefire">
</head><body>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/sport">رياضة</a></li></ul></nav>
<article>
<h1>الأردن يدعو إلى وقف إطلاق النار</h1>
<p>{BODY}</p>
<p>{SECOND}</p>
</article>
<footer>جميع الحقوق محفوظة لأخبار المثال 2024</footer>
</body></html>
"""


def test_html_extracts_article_and_metadata() -> None:
    article = parse_html(PAGE.format(charset="utf-8"), "page.html")
    assert BODY in article.text and SECOND in article.text
    assert "الرئيسية" not in article.text and "جميع الحقوق" not in article.text
    assert article.title == "الأردن يدعو إلى وقف إطلاق النار"
    assert article.published == dt.date(2024, 3, 5)
    assert article.outlet == "أخبار المثال"
    assert article.url == "https://news.example.org/2024/03/05/jordan-ceasefire"


def test_html_in_windows_1256_uses_its_declared_charset() -> None:
    data = PAGE.format(charset="windows-1256").encode("cp1256")
    (article,) = read_bytes(data, "page.htm", "html")
    assert isinstance(article, Article)
    assert BODY in article.text


def test_html_without_main_text_is_bad_input() -> None:
    with pytest.raises(BadInput, match="no article text"):
        parse_html("<html><head><script>var x = 1;</script></head><body></body></html>", "x.html")
