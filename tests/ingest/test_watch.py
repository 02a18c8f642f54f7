"""marsad watch against feeds and pages served from 127.0.0.1: conditional GET, no re-coding,
backoff on server errors, language rejects, robots.txt, stories. Nothing else is contacted.

The server answers for two host names, 127.0.0.1 and localhost, so that a feed and its
articles can live on hosts with different robots.txt files."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from databases import database_url
from marsad.cli import main
from marsad.dedup import StoryIndex, story_ids
from marsad.ingest.fetch import PoliteFetcher
from marsad.ingest.watch import Watcher, parse_duration
from marsad.model import Article
from marsad.store import Store
from marsad.store.schema import articles

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


def rss(base: str, items: list[tuple[str, str]], bodies: dict[str, str] | None = None) -> bytes:
    """A feed of (path or full URL, title) items; ``bodies`` gives some a full text."""
    links = [(p if p.startswith("http") else base + p, p, t) for p, t in items]
    entries = "".join(
        f"<item><title>{t}</title><link>{link}</link><guid>{link}</guid>"
        "<pubDate>Mon, 03 Aug 2015 09:00:00 GMT</pubDate>"
        f"<description>{(bodies or {}).get(p, 'موجز')}</description></item>"
        for link, p, t in links
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
    slow: set[str] = field(default_factory=set)  # paths that time out (host+path or path)
    robots: dict[str, bytes | int] = field(default_factory=dict)  # host name -> body or status
    log: list[tuple[str, int, str | None]] = field(default_factory=list)  # path, status, UA

    def hits(self, path: str) -> list[int]:
        return [status for p, status, _ua in self.log if p == path]


@pytest.fixture
def site() -> Iterator[Site]:
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            ua = self.headers.get("User-Agent")
            host = (self.headers.get("Host") or "").rsplit(":", 1)[0]
            if self.path in state.slow or f"{host}{self.path}" in state.slow:
                state.log.append((f"{host}{self.path}", 0, ua))  # 0: no answer
                time.sleep(2.0)  # past the client's timeout (no assertion waits on this)
                return  # the client is gone: nothing to answer
            if self.path == "/robots.txt" and host in state.robots:
                answer = state.robots[host]
                state.log.append(
                    (f"{host}/robots.txt", 200 if isinstance(answer, bytes) else answer, ua)
                )
                if isinstance(answer, int):
                    self.send_error(answer)
                    return
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)
                return
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


# -- robots.txt -------------------------------------------------------------------------------

# Other robots may fetch nothing; marsad (its own group, by product token) all but /private/.
ROBOTS = b"User-agent: *\nDisallow: /\n\nUser-agent: marsad\nDisallow: /private/\nCrawl-delay: 7\n"


class PacedClock:
    """The fetcher's clock: it moves only when the fetcher sleeps, and records each sleep."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 6))
        self.now += seconds


def test_robots_txt_keeps_watch_off_disallowed_pages_and_paces_the_host(
    site: Site, tmp_path: Path
) -> None:
    site.robots["127.0.0.1"] = ROBOTS
    site.routes["/a1"] = page("الرياض تدين الهجوم", ARABIC[0])
    site.routes["/private/a2"] = page("لقاء في القاهرة", ARABIC[1])
    site.routes["/private/a3"] = page("الأمم المتحدة تطالب", ARABIC[2])
    items = [("/a1", "الرياض تدين"), ("/private/a2", "لقاء"), ("/private/a3", "الأمم المتحدة")]
    site.routes["/feed.xml"] = rss(site.base, items, {"/private/a3": ARABIC[2]})
    paced, clock = PacedClock(), Clock()
    fetcher = PoliteFetcher(min_interval=0.0, timeout=5.0, clock=paced, sleep=paced.sleep)
    with Store(f"sqlite:///{tmp_path / 'w.db'}") as store:
        watcher = Watcher(store, fetcher, clock=clock)
        first = watcher.poll([f"{site.base}/feed.xml"])
        # a1 from its page; a3 from the feed's own full text; a2 (a teaser) rejected, with why
        assert (first.coded, first.rejected, first.disallowed) == (2, 1, 2)
        assert site.hits("/private/a2") == [] and site.hits("/private/a3") == []
        assert site.hits("/a1") == [200]
        assert (
            f"marsad: watch: {site.base}/private/a3: disallowed by its host's robots.txt; "
            "coded from the feed entry's own text"
        ) in first.messages
        rejected = [m for m in first.messages if m.startswith("marsad: rejected")]
        assert rejected == [
            f"marsad: rejected {site.base}/private/a2: its page is disallowed by its host's "
            "robots.txt; the feed entry has only 4 characters of text (a teaser); fetch its "
            "page for the article"
        ]
        assert "2 disallowed by robots.txt" in first.line()
        assert store.count("articles") == 2 and store.count("rejects") == 1
        # Crawl-delay 7: the feed and the page each waited 7 s after the previous request
        assert paced.sleeps == [7.0, 7.0]
        assert (
            "marsad: watch: 127.0.0.1:{} asks for 7 s between requests (robots.txt "
            "Crawl-delay); its pages are fetched that slowly".format(site.base.rsplit(":", 1)[1])
        ) in first.messages
        robots_log = [(s, ua) for p, s, ua in site.log if p == "127.0.0.1/robots.txt"]
        assert len(robots_log) == 1 and str(robots_log[0][1]).startswith("marsad/")

        watcher.poll([f"{site.base}/feed.xml"])  # within a day: robots.txt comes from the cache
        assert site.hits("127.0.0.1/robots.txt") == [200]
        clock.now += 86400 + 1  # a day later it is read again
        watcher.poll([f"{site.base}/feed.xml"])
        assert site.hits("127.0.0.1/robots.txt") == [200, 200]


@pytest.mark.parametrize("trouble", ["HTTP 503", "timed out"])
def test_an_unreadable_robots_txt_holds_its_host_back_until_it_answers(
    site: Site, tmp_path: Path, trouble: str
) -> None:
    other = site.base.replace("127.0.0.1", "localhost")  # the articles' host
    if trouble == "HTTP 503":
        site.robots["localhost"] = 503
    else:
        site.robots["localhost"] = b"User-agent: *\nDisallow:\n"
        site.slow.add("localhost/robots.txt")
    site.routes["/a1"] = page("الرياض تدين الهجوم", ARABIC[0])
    site.routes["/a2"] = page("لقاء في القاهرة", ARABIC[1])
    feed = f"{site.base}/feed.xml"
    site.routes["/feed.xml"] = rss(site.base, [(f"{other}/a1", "الرياض تدين"), ("/a2", "لقاء")])
    clock = Clock()
    fetcher = PoliteFetcher(min_interval=0.0, timeout=0.5)
    with Store(f"sqlite:///{tmp_path / 'w.db'}") as store:
        watcher = Watcher(store, fetcher, clock=clock, backoff_base=60.0)
        first = watcher.poll([feed])
        assert (first.coded, first.page_errors, first.rejected) == (1, 1, 0)
        assert site.hits("/a1") == [] and site.hits("/a2") == [200]
        waiting = [m for m in first.messages if "robots.txt" in m]
        assert len(waiting) == 1
        assert waiting[0].startswith(f"marsad: watch: {other}/robots.txt: ")
        assert trouble in waiting[0]
        assert waiting[0].endswith(
            f"nothing is fetched from {other.split('//')[1]} until it answers, next try in 60 s"
        )
        asked = len(site.hits("localhost/robots.txt"))

        second = watcher.poll([feed])  # before the next try: robots.txt is not asked again
        assert (second.coded, second.page_errors) == (0, 1)
        assert len(site.hits("localhost/robots.txt")) == asked and site.hits("/a1") == []
        assert "1 pages to retry" in second.line()

        site.slow.clear()
        del site.robots["localhost"]  # now it answers 404: no robots.txt, all allowed
        clock.now += 61
        third = watcher.poll([feed])
        assert (third.coded, third.page_errors) == (1, 0)
        assert site.hits("/a1") == [200] and store.count("articles") == 2


def test_cli_watch_does_not_poll_a_feed_robots_txt_disallows(site: Site, tmp_path: Path) -> None:
    site.robots["127.0.0.1"] = b"User-agent: marsad\nDisallow: /feeds/\n"
    site.routes["/feeds/rss.xml"] = rss(site.base, [("/a1", "الرياض تدين")])
    feed = f"{site.base}/feeds/rss.xml"
    db = f"sqlite:///{tmp_path / 'w.db'}"
    result = CliRunner().invoke(main, ["watch", feed, "--db", db, "--once", "--min-interval", "0s"])
    assert result.exit_code == 1
    assert f"marsad: watch: {feed}: disallowed by its host's robots.txt; not polled" in (
        result.stderr
    )
    assert "1 disallowed by robots.txt" in result.stderr
    assert site.hits("/feeds/rss.xml") == []


# -- stories ----------------------------------------------------------------------------------

# A syndicated copy of ARABIC[0]: an agency dateline in front, one more sentence at the end.
COPY = "الكويت (رويترز) - " + ARABIC[0] + " ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن."
_CODED = re.compile(
    r"^marsad: watch: coded (\S+) as (\S+): \d+ events; story (story-[0-9a-f]{12}) \((.+)\)$"
)


def _coded_lines(stderr: str) -> dict[str, tuple[str, str, str]]:
    """url -> (doc_id, story_id, how it joined) from the watch log."""
    found = (_CODED.match(line) for line in stderr.splitlines())
    return {m[1]: (m[2], m[3], m[4]) for m in found if m}


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_cli_watch_assigns_stories_and_keeps_them_across_restarts(
    site: Site, tmp_path: Path, kind: str
) -> None:
    site.routes["/a1"] = page("الرياض تدين الهجوم", ARABIC[0])
    site.routes["/a2"] = page("لقاء في القاهرة", ARABIC[1])
    site.routes["/b1"] = page("الكويت: الرياض تدين الهجوم", COPY)
    site.routes["/feed.xml"] = rss(site.base, [("/a1", "الرياض تدين"), ("/a2", "لقاء")])
    out = tmp_path / "events.jsonl"
    with database_url(kind, tmp_path) as db:
        args = ["watch", f"{site.base}/feed.xml", "--db", db, "--once", "--min-interval", "0s"]
        args += ["--out", str(out)]
        first = CliRunner().invoke(main, args)
        assert first.exit_code == 0, first.output
        assert "2 coded" in first.stderr and "2 new stories" in first.stderr
        coded = _coded_lines(first.stderr)
        a1_doc, a1_story, how = coded[f"{site.base}/a1"]
        assert how == "a new story"
        assert coded[f"{site.base}/a2"][1] != a1_story

        # a new process (a restart), and the feed now carries a copy of a1 from another outlet
        site.routes["/feed.xml"] = rss(
            site.base, [("/b1", "الرياض تدين"), ("/a1", "الرياض تدين"), ("/a2", "لقاء")]
        )
        second = CliRunner().invoke(main, args)
        assert second.exit_code == 0, second.output
        assert "1 coded" in second.stderr and "0 new stories" in second.stderr
        b1_doc, b1_story, how = _coded_lines(second.stderr)[f"{site.base}/b1"]
        assert (b1_story, how) == (a1_story, f"a copy of {a1_doc}")

        # every event line carries its article's story, as `marsad code --stories` writes it
        lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        stories = {(e["doc_id"], e["story_id"]) for e in lines}
        assert (b1_doc, a1_story) in stories and (a1_doc, a1_story) in stories
        assert len({doc for doc, _ in stories}) == len(stories)  # one story per article

        # the database keeps them too: `marsad events --story` lists the story's events
        shown = CliRunner().invoke(
            main, ["events", "--db", db, "--story", a1_story, "--format", "jsonl"]
        )
        assert shown.exit_code == 0, shown.output
        listed = [json.loads(line) for line in shown.stdout.splitlines()]
        assert sorted(e["id"] for e in listed) == sorted(
            e["id"] for e in lines if e["story_id"] == a1_story
        )
        assert {e["doc_id"] for e in listed} == {a1_doc, b1_doc}

        # the same articles in one batch get the same story ids
        with Store(db) as store, store.engine.connect() as conn:
            rows = {r.doc_id: r for r in conn.execute(articles.select())}
        batch = story_ids(
            Article(doc_id=d, text=rows[d].text, published=rows[d].published)
            for d in (a1_doc, coded[f"{site.base}/a2"][0], b1_doc)
        )
        assert batch[b1_doc] == batch[a1_doc] == a1_story


def test_story_index_joins_the_older_story_and_never_merges_two() -> None:
    one, two = ARABIC[0], ARABIC[2]
    both = one + " " + two  # a round-up that reprints two dispatches
    day = dt.date(2015, 8, 3)
    index = StoryIndex()
    first = index.assign("d1", one, day)
    second = index.assign("d2", two, day)
    assert first.new and second.new and first.story_id != second.story_id
    roundup = index.assign("d3", both, day)
    assert (roundup.story_id, roundup.copy_of) == (first.story_id, "d1")
    assert index.story_of("d2") == second.story_id  # an assigned story is never revised
    # a look-alike published weeks later is a new story (recurring boilerplate, not a copy)
    later = index.assign("d4", "(أ ف ب) " + one, day + dt.timedelta(days=30))
    assert later.new
    index.forget("d1")
    assert index.assign("d5", "(رويترز) " + one, day).copy_of == "d3"
