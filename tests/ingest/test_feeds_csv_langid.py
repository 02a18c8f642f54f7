"""Feed files, CSV corpora and language identification."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from marsad.ingest import Reject, read_bytes, read_path
from marsad.ingest.feeds import parse_feed, strip_markup
from marsad.ingest.langid import identify, language_reject
from marsad.model import Article

BODY = (
    "قال وزير الخارجية الأردني إن بلاده تدعو جميع الأطراف إلى وقف فوري لإطلاق النار، مؤكدا أن "
    "الحوار هو السبيل الوحيد لإنهاء الأزمة في المنطقة. وأضاف الوزير خلال مؤتمر صحفي مشترك مع "
    "نظيره المصري في عمان أن البلدين سيواصلان التنسيق لدعم جهود التهدئة."
)

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>أخبار المثال</title><id>urn:example:feed</id><updated>2024-03-05T10:00:00Z</updated>
  <entry><title>الأردن يدعو إلى وقف إطلاق النار</title><id>urn:example:1</id>
    <link href="http://127.0.0.1/1"/><updated>2024-03-05T10:00:00Z</updated>
    <content type="html">&lt;p&gt;{BODY}&lt;/p&gt;</content></entry>
  <entry><title>موجز</title><id>urn:example:2</id><link href="http://127.0.0.1/2"/>
    <updated>2024-03-06T10:00:00Z</updated><summary>خبر قصير</summary></entry>
</feed>
"""


def test_atom_entries_with_dates_links_and_text() -> None:
    feed = parse_feed(ATOM.encode())
    assert feed.title == "أخبار المثال"
    first, second = feed.entries
    assert (first.key, first.link, first.published) == (
        "urn:example:1",
        "http://127.0.0.1/1",
        dt.date(2024, 3, 5),
    )
    assert first.body == BODY and second.body == "خبر قصير"


def test_a_feed_file_gives_full_entries_and_rejects_teasers(tmp_path: Path) -> None:
    path = tmp_path / "news.atom"
    path.write_text(ATOM, encoding="utf-8")
    article, teaser = list(read_path(path))
    assert isinstance(article, Article) and article.text == BODY
    assert article.outlet == "أخبار المثال" and article.url == "http://127.0.0.1/1"
    assert isinstance(teaser, Reject) and "teaser" in teaser.reason
    sniffed = list(read_bytes(ATOM.encode(), "stdin"))
    assert isinstance(sniffed[0], Article)


def test_not_a_feed_is_rejected_with_a_reason() -> None:
    (reject,) = list(read_bytes(b"<?xml version='1.0'?><note>hi</note>", "x.xml"))
    assert isinstance(reject, Reject)


def test_strip_markup_keeps_paragraphs() -> None:
    assert strip_markup("<p>أ &amp; ب</p><p>ج</p>") == "أ & ب\nج"


def test_csv_rows_become_articles_and_bad_rows_rejects(tmp_path: Path) -> None:
    path = tmp_path / "corpus.csv"
    path.write_text(
        "id,title,content,date,url\n"
        f'a1,عنوان,"{BODY}",2015-08-01,http://127.0.0.1/a1\n'
        "a2,فارغ,,2015-08-01,\n"
        f'a3,,"{BODY[:40]}",not a date,\n',
        encoding="utf-8",
    )
    good, empty, bad_date = list(read_path(path))
    assert isinstance(good, Article)
    assert (good.doc_id, good.title, good.published) == ("a1", "عنوان", dt.date(2015, 8, 1))
    assert isinstance(empty, Reject) and "no article text" in empty.reason
    assert isinstance(bad_date, Reject) and "not an ISO date" in bad_date.reason
    assert bad_date.source.endswith("corpus.csv:4")


def test_csv_without_a_text_column(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("id,title\n1,x\n", encoding="utf-8")
    (reject,) = list(read_path(path))
    assert isinstance(reject, Reject) and "no text, content or body column" in reject.reason


def test_language_identification() -> None:
    assert identify(BODY)[0] == "ar"
    assert language_reject(Article("a", BODY)) is None
    persian = "وزیر امور خارجه ایران امروز در تهران با همتای عراقی خود دیدار کرد و گفتگو کردند."
    reject = language_reject(Article("p", persian, source="p.txt"))
    assert reject is not None and reject.code == "E103" and "language is fa" in reject.reason
    english = language_reject(Article("e", "The minister met his counterpart in Amman today."))
    assert english is not None and "language is en" in english.reason


def test_filter_language_keeps_order_and_rejects() -> None:
    from marsad.ingest.langid import filter_language

    items = [Article("a", BODY), Reject("x", "bad"), Article("e", "The minister met them today.")]
    out = list(filter_language(items))
    assert out[0] is items[0] and out[1] is items[1]
    assert isinstance(out[2], Reject) and out[2].doc_id == "e"
