"""marsad watch against feeds and pages served from 127.0.0.1: conditional GET, no re-coding,
backoff on server errors, language rejects. Nothing else is ever contacted."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli import main
from marsad.ingest.fetch import PoliteFetcher
from marsad.ingest.watch import Watcher, parse_duration
from marsad.store import Store

ARABIC = [
    "أعلنت وزارة الخارجية السعودية اليوم أن الرياض تدين بشدة الهجوم الذي استهدف مسجدا في "
    "مدينة الكويت. وقال المتحدث باسم الوزارة إن المملكة تقف إلى جانب الكويت في مواجهة الإرهاب، "
    "ودعا المجتمع الدولي إلى التعاون لمكافحة التنظيمات المتطرفة في المنطقة.",
    "التقى الرئيس المصري في القاهرة وزير الخارجية الأمريكي لبحث الأزمة في ليبيا. وأكد الجانبان "
    "أهمية الحل السياسي ودعم الحكومة الشرعية، وقالت الرئاسة المصرية في بيان إن الطرفين اتفقا "
    "على تعزيز التعاون الأمني ومواصلة التشاور بشأن أمن الحدود.",
    "طالبت الأمم المتحدة أطراف النزاع في سوريا بوقف إطلاق النار فورا والسماح بدخول المساعدات "
    "الإنسانية إلى المدن المحاصرة. وحذر المبعوث الأممي في مؤتمر صحفي بجنيف من تدهور الوضع "
    "الإنساني إذا استمر القتال في الأسابيع المقبلة.",
]
PERSIAN = (
    "وزیر امور خارجه ایران امروز در تهران با همتای عراقی خود دیدار کرد و دو طرف درباره "
    "همکاری‌های اقتصادی و امنیتی گفتگو کردند. این دیدار در ادامه سفرهای منطقه‌ای وزیر انجام شد "
    "و قرار است نشست بعدی در بغداد برگزار شود."
)


def page(title: str, body: str) -> bytes:
    html = (
        '<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8">'
        f"<title>{title}</title></head><body><nav><a href='/'>الرئيسية</a></nav>"
        f"<article><h1>{title}</h1><p>{body}</p></article></body></html>"
    )
    return html.encode("utf-8")


def rss(base: str, items: list[tuple[str, str]]) -> bytes:
    entries = "".join(
        f"<item><title>{t}</title><link>{base}{p}</link><guid>{base}{p}</guid>"
        "<pubDate>Mon, 03 Aug 2015 09:00:00 GMT</pubDate><description>موجز</description></item>"
        for p, t in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>أخبار المثال</title><link>{base}/</link>{entries}</channel></rss>"
    ).encode()


@dataclass
class Site:
    """What the test server serves, and what it was asked."""

    base: str = ""
    routes: dict[str, bytes] = field(default_factory=dict)
    failing: set[str] = field(default_factory=set)
    log: list[tuple[str, int, str | None]] = field(default_factory=list)  # path, status, UA

    def hits(self, path: str) -> list[int]:
        return [status for p, status, _ua in self.log if p == path]


@pytest.fixture
def site() -> Iterator[Site]:
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            ua = self.headers.get("User-Agent")
            if self.path in state.failing:
                state.log.append((self.path, 500, ua))
                self.send_error(500)
                return
            body = state.routes.get(self.path)
            if body is None:
                state.log.append((self.path, 404, ua))
                self.send_error(404)
                return
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            modified = "Mon, 03 Aug 2015 10:00:00 GMT"
            if self.headers.get("If-None-Match") == etag:
                state.log.append((self.path, 304, ua))
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            state.log.append((self.path, 200, ua))
            self.send_response(200)
            kind = "application/rss+xml" if self.path.endswith(".xml") else "text/html"
            self.send_header("Content-Type", f"{kind}; charset=utf-8")
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", modified)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def _watcher(store: Store, clock: Clock | None = None) -> Watcher:
    fetcher = PoliteFetcher(min_interval=0.0, timeout=5.0)
    return Watcher(store, fetcher, clock=clock or Clock(), backoff_base=60.0)


def test_new_articles_are_coded_once_and_304_is_honoured(site: Site, tmp_path: Path) -> None:
    site.routes["/a1"] = page("الرياض تدين الهجوم", ARABIC[0])
    site.routes["/fa"] = page("دیدار وزیران", PERSIAN)
    site.routes["/feed.xml"] = rss(site.base, [("/a1", "الرياض تدين"), ("/fa", "دیدار")])
    with Store(f"sqlite:///{tmp_path / 'w.db'}") as store:
        watcher = _watcher(store)
        first = watcher.poll([f"{site.base}/feed.xml"])
        assert (first.coded, first.rejected, first.new_entries) == (1, 1, 2)
        assert any("language is fa" in m for m in first.messages)
        assert store.count("articles") == 1 and store.count("rejects") == 1
        assert all(ua and ua.startswith("marsad/") for _p, _s, ua in site.log)

        second = watcher.poll([f"{site.base}/feed.xml"])
        assert second.not_modified == 1 and second.coded == 0
        assert site.hits("/feed.xml") == [200, 304]
        assert site.hits("/a1") == [200]  # never fetched again

        site.routes["/a2"] = page("لقاء في القاهرة", ARABIC[1])
        site.routes["/feed.xml"] = rss(
            site.base, [("/a2", "لقاء"), ("/a1", "الرياض تدين"), ("/fa", "دیدار")]
        )
        third = watcher.poll([f"{site.base}/feed.xml"])
        assert (third.new_entries, third.coded) == (1, 1)
        assert site.hits("/a1") == [200] and site.hits("/fa") == [200]
        assert store.count("articles") == 2 and store.count("rejects") == 1
        assert store.count("events") > 0


def test_server_errors_back_off_exponentially(site: Site, tmp_path: Path) -> None:
    site.routes["/feed.xml"] = rss(site.base, [("/a1", "الرياض تدين")])
    site.routes["/a1"] = page("الرياض تدين الهجوم", ARABIC[0])
    site.failing.add("/feed.xml")
    clock = Clock()
    feed = f"{site.base}/feed.xml"
    with Store(f"sqlite:///{tmp_path / 'w.db'}") as store:
        watcher = _watcher(store, clock)
        assert watcher.poll([feed]).feed_errors == 1
        assert watcher.feed_state(feed)["next_try"] == clock.now + 60
        skipped = watcher.poll([feed])  # within the backoff: no request at all
        assert skipped.backing_off == 1 and site.hits("/feed.xml") == [500]
        clock.now += 61
        assert watcher.poll([feed]).feed_errors == 1
        assert watcher.feed_state(feed)["next_try"] == clock.now + 120  # doubled
        site.failing.clear()
        clock.now += 121
        ok = watcher.poll([feed])
        assert ok.coded == 1 and watcher.feed_state(feed)["failures"] == 0


def test_a_failing_page_is_retried_at_the_next_poll(site: Site, tmp_path: Path) -> None:
    site.routes["/feed.xml"] = rss(site.base, [("/a3", "الأمم المتحدة")])
    site.routes["/a3"] = page("الأمم المتحدة تطالب بوقف إطلاق النار", ARABIC[2])
    site.failing.add("/a3")
    with Store(f"sqlite:///{tmp_path / 'w.db'}") as store:
        watcher = _watcher(store)
        assert watcher.poll([f"{site.base}/feed.xml"]).page_errors == 1
        site.failing.clear()
        site.routes["/feed.xml"] += b" "  # a new ETag, so the feed is read again
        assert watcher.poll([f"{site.base}/feed.xml"]).coded == 1
        assert store.count("articles") == 1


def test_cli_watch_once(site: Site, tmp_path: Path) -> None:
    site.routes["/a1"] = page("الرياض تدين الهجوم", ARABIC[0])
    site.routes["/feed.xml"] = rss(site.base, [("/a1", "الرياض تدين")])
    db = f"sqlite:///{tmp_path / 'w.db'}"
    args = ["watch", f"{site.base}/feed.xml", "--db", db, "--once", "--min-interval", "0s"]
    first = CliRunner().invoke(main, [*args, "--out", str(tmp_path / "ev.jsonl")])
    assert first.exit_code == 0, first.output
    assert "1 new entries: 1 coded" in first.stderr
    again = CliRunner().invoke(main, args)
    assert "1 not modified" in again.stderr and "0 new entries" in again.stderr
    with Store(db) as store:
        assert store.count("articles") == 1
    assert (tmp_path / "ev.jsonl").read_text(encoding="utf-8").count("\n") == store.count("events")
    bad = CliRunner().invoke(main, [*args[:4], "--every", "soon"])
    assert bad.exit_code == 2 and "not a duration" in bad.stderr


@pytest.mark.parametrize(
    ("text", "seconds"), [("90", 90), ("30s", 30), ("10m", 600), ("1h30m", 5400), ("1d", 86400)]
)
def test_parse_duration(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds


def test_pacing_waits_between_requests_to_one_host() -> None:
    waits: list[float] = []
    now = [0.0]
    fetcher = PoliteFetcher(min_interval=5.0, clock=lambda: now[0], sleep=waits.append)
    fetcher._wait_for("a.example")
    now[0] = 2.0
    fetcher._wait_for("a.example")
    fetcher._wait_for("b.example")
    assert waits == [3.0]
