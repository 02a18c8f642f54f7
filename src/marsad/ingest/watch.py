"""Follow news feeds: poll politely, fetch new articles, code and store each one once.

State lives in the marsad database beside the coded articles, in tables of our own
(``watch_feeds``: validators and backoff per feed; ``watch_seen``: every entry and content
hash already handled; ``watch_stories``: the story each coded article joined), so a watcher can
stop and start, or run from cron with ``--once``, without coding an article twice or losing
its grouping.

Every host's robots.txt is read before its feed or pages are (``marsad.ingest.robots``): a
disallowed URL is not fetched, a Crawl-delay paces the host. Errors back off exponentially per
feed (``backoff_base`` doubling up to ``backoff_max``, or the server's Retry-After); a page that
cannot be fetched is retried at the next poll.

Each coded article joins a story (``marsad.dedup.StoryIndex``): the story of an earlier
near-duplicate, else a new one. Its id goes on the article's event lines as ``story_id``, as
in ``marsad code --stories``, and is stored with the article and its events (``marsad events
--story``, the API's ``story`` filter).
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    insert,
    select,
    update,
)

from marsad.dedup.stories import StoryIndex
from marsad.errors import BadInput
from marsad.ingest.feeds import FeedEntry, entry_article, parse_feed
from marsad.ingest.fetch import FetchError, PoliteFetcher, Response
from marsad.ingest.html import decode_html, parse_html
from marsad.ingest.ids import content_hash
from marsad.ingest.langid import language_reject
from marsad.ingest.reject import Reject
from marsad.ingest.robots import RobotsCache
from marsad.model import Article, Doc

if TYPE_CHECKING:
    from marsad.store import Store

metadata = MetaData()

watch_feeds = Table(
    "watch_feeds",
    metadata,
    Column("url", Text, primary_key=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("failures", Integer, nullable=False, default=0),
    Column("next_try", Float, nullable=False, default=0.0),  # unix time before which we wait
    Column("last_status", Integer),
    Column("last_polled", DateTime(timezone=True)),
)

watch_seen = Table(
    "watch_seen",
    metadata,
    Column("key", Text, primary_key=True),  # entry id or link
    Column("content_hash", String, index=True),
    Column("doc_id", String),
    Column("status", String, nullable=False),  # coded | rejected | duplicate
    Column("feed", Text),
    Column("at", DateTime(timezone=True), nullable=False),
)

watch_stories = Table(
    "watch_stories",
    metadata,
    Column("doc_id", String, primary_key=True),
    Column("story_id", String, nullable=False, index=True),
    Column("published", Date),
    Column("coded", Float, nullable=False, index=True),  # unix time it was coded
    Column("copy_of", String),  # the earlier article it was found to copy
)

# Articles coded this long ago leave the in-memory story index: copies of a story appear within
# days (``marsad.dedup.stories.MAX_DAYS``), and a long-running watcher must not grow forever.
STORY_MEMORY = 7 * 86400.0

_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd]?)", re.IGNORECASE)
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str, allow_zero: bool = False) -> float:
    """Seconds in ``90``, ``30s``, ``10m``, ``1h30m`` or ``1d``; ValueError otherwise."""
    compact = text.strip().replace(" ", "")
    pos, total = 0, 0.0
    while pos < len(compact):
        match = _DURATION.match(compact, pos)
        if not match:
            raise ValueError(f"{text!r} is not a duration; write e.g. 30s, 10m, 1h")
        total += float(match.group(1)) * _UNITS[match.group(2).lower()]
        pos = match.end()
    if not compact or total < 0 or (total == 0 and not allow_zero):
        raise ValueError(f"{text!r} is not a positive duration; write e.g. 30s, 10m, 1h")
    return total


@dataclass
class PollCounts:
    feeds: int = 0
    not_modified: int = 0
    backing_off: int = 0  # feeds skipped because an earlier error's backoff has not ended
    feed_errors: int = 0
    new_entries: int = 0
    coded: int = 0
    events: int = 0
    new_stories: int = 0  # coded articles that copy no earlier one
    rejected: int = 0
    disallowed: int = 0  # feeds and pages that robots.txt keeps us from
    duplicates: int = 0  # same text as an article already coded (another URL, a re-post)
    page_errors: int = 0  # pages not fetched this time; retried at the next poll
    messages: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"marsad: watch: {self.feeds} feeds ({self.not_modified} not modified, "
            f"{self.backing_off} backing off, {self.feed_errors} errors); "
            f"{self.new_entries} new entries: {self.coded} coded ({self.events} events, "
            f"{self.new_stories} new stories), {self.rejected} rejected, "
            f"{self.duplicates} duplicates, {self.disallowed} disallowed by robots.txt, "
            f"{self.page_errors} pages to retry"
        )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Watcher:
    """Polls feeds into a Store; ``poll(urls)`` does one round and returns its counts."""

    def __init__(
        self,
        store: Store,
        fetcher: PoliteFetcher | None = None,
        pipeline: Callable[[Article], Doc] | None = None,
        *,
        check_language: bool = True,
        backoff_base: float = 60.0,
        backoff_max: float = 6 * 3600.0,
        clock: Callable[[], float] = time.time,
        events_out: IO[str] | None = None,
        robots: RobotsCache | None = None,
        stories: StoryIndex | None = None,
    ) -> None:
        self.store = store
        self.fetcher = fetcher or PoliteFetcher()
        if pipeline is None:
            from marsad.pipeline import load_pipeline

            pipeline = load_pipeline()
        self.pipeline = pipeline
        self.check_language = check_language
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        self.clock = clock
        self.events_out = events_out
        self.robots = robots or RobotsCache(
            self.fetcher, retry_base=backoff_base, retry_max=backoff_max, clock=clock
        )
        self.stories = stories or StoryIndex()
        self._coded_at: dict[str, float] = {}  # doc_id -> when, for the story index
        metadata.create_all(store.engine)
        self._load_stories()

    # -- state ----------------------------------------------------------------------------

    def feed_state(self, url: str) -> dict[str, Any]:
        with self.store.engine.connect() as conn:
            row = conn.execute(select(watch_feeds).where(watch_feeds.c.url == url)).first()
        if row is None:
            return {"url": url, "etag": None, "last_modified": None, "failures": 0, "next_try": 0.0}
        return dict(row._mapping)

    def _save_feed(self, url: str, **values: Any) -> None:
        values["last_polled"] = _now()
        with self.store.engine.begin() as conn:
            done = conn.execute(
                update(watch_feeds).where(watch_feeds.c.url == url).values(**values)
            )
            if done.rowcount == 0:
                conn.execute(insert(watch_feeds).values(url=url, **values))

    def seen(self, key: str) -> bool:
        with self.store.engine.connect() as conn:
            return (
                conn.execute(select(watch_seen.c.key).where(watch_seen.c.key == key)).first()
                is not None
            )

    def _seen_content(self, digest: str) -> str | None:
        with self.store.engine.connect() as conn:
            row = conn.execute(
                select(watch_seen.c.doc_id).where(
                    watch_seen.c.content_hash == digest, watch_seen.c.status == "coded"
                )
            ).first()
        return None if row is None else str(row[0])

    def _remember(self, key: str, feed: str, status: str, article: Article | None) -> None:
        with self.store.engine.begin() as conn:
            conn.execute(
                insert(watch_seen).values(
                    key=key,
                    content_hash=content_hash(article.text, 20) if article else None,
                    doc_id=article.doc_id if article else None,
                    status=status,
                    feed=feed,
                    at=_now(),
                )
            )

    def _load_stories(self) -> None:
        """Reload the recent story assignments, so a restart groups as if it had not stopped."""
        from marsad.store.schema import articles

        since = self.clock() - STORY_MEMORY
        query = (
            select(watch_stories, articles.c.text)
            .join(articles, articles.c.doc_id == watch_stories.c.doc_id)
            .where(watch_stories.c.coded >= since)
            .order_by(watch_stories.c.coded, watch_stories.c.doc_id)
        )
        with self.store.engine.connect() as conn:
            for row in conn.execute(query):
                self.stories.restore(row.doc_id, row.text, row.published, row.story_id)
                self._coded_at[row.doc_id] = float(row.coded)

    def _forget_old_stories(self) -> None:
        since = self.clock() - STORY_MEMORY
        for doc_id in [d for d, at in self._coded_at.items() if at < since]:
            self.stories.forget(doc_id)
            del self._coded_at[doc_id]

    def story_of(self, doc_id: str) -> str | None:
        """The story a coded article joined (from the database: any age)."""
        with self.store.engine.connect() as conn:
            row = conn.execute(
                select(watch_stories.c.story_id).where(watch_stories.c.doc_id == doc_id)
            ).first()
        return None if row is None else str(row[0])

    def _backoff(self, failures: int, retry_after: float | None) -> float:
        delay = min(self.backoff_max, self.backoff_base * 2 ** max(0, failures - 1))
        return float(max(delay, retry_after or 0.0))

    # -- polling --------------------------------------------------------------------------

    def poll(self, urls: list[str]) -> PollCounts:
        counts = PollCounts()
        self._forget_old_stories()
        for url in urls:
            counts.feeds += 1
            self._poll_feed(url, counts)
        return counts

    def _robots_allow(self, url: str, counts: PollCounts) -> bool | None:
        """True: fetch ``url``; False: robots.txt disallows it; None: wait for robots.txt."""
        verdict = self.robots.check(url)
        counts.messages.extend(self.robots.messages)
        self.robots.messages.clear()
        if verdict.allowed:
            return True
        return None if verdict.wait > 0 else False

    def _poll_feed(self, url: str, counts: PollCounts) -> None:
        state = self.feed_state(url)
        now = self.clock()
        if now < float(state["next_try"]):
            counts.backing_off += 1
            return
        allowed = self._robots_allow(url, counts)
        if allowed is None:  # robots.txt unavailable: the feed waits, without a failure
            counts.backing_off += 1
            return
        if not allowed:
            counts.feed_errors += 1
            counts.disallowed += 1
            counts.messages.append(
                f"marsad: watch: {url}: disallowed by its host's robots.txt; not polled"
            )
            return
        try:
            resp: Response | None = self.fetcher.get(url, state["etag"], state["last_modified"])
            error = (
                None
                if resp is not None and (resp.ok or resp.status == 304)
                else (f"HTTP {resp.status}" if resp is not None else "no response")
            )
        except FetchError as err:
            resp, error = None, str(err)
        if error is not None:
            failures = int(state["failures"]) + 1
            wait = self._backoff(failures, resp.retry_after if resp is not None else None)
            self._save_feed(
                url,
                failures=failures,
                next_try=now + wait,
                last_status=resp.status if resp is not None else None,
            )
            counts.feed_errors += 1
            counts.messages.append(
                f"marsad: watch: {url}: {error}; failure {failures}, next try in {wait:.0f} s"
            )
            return
        assert resp is not None
        if resp.status == 304:
            counts.not_modified += 1
            self._save_feed(url, failures=0, next_try=0.0, last_status=304)
            return
        try:
            feed = parse_feed(resp.body, url)
        except BadInput as err:
            failures = int(state["failures"]) + 1
            wait = self._backoff(failures, None)
            self._save_feed(url, failures=failures, next_try=now + wait, last_status=resp.status)
            counts.feed_errors += 1
            counts.messages.append(f"marsad: watch: {url}: {err.message}")
            return
        waiting = counts.page_errors
        for entry in feed.entries:
            if not self.seen(entry.key):
                counts.new_entries += 1
                self._handle_entry(url, entry, feed.title, counts)
        # validators are saved last: if we stop midway, the next poll sees the feed again; and
        # not at all while a page waits, or a 304 would hide that entry until the feed changes
        complete = counts.page_errors == waiting
        self._save_feed(
            url,
            etag=resp.etag if complete else None,
            last_modified=resp.last_modified if complete else None,
            failures=0,
            next_try=0.0,
            last_status=resp.status,
        )

    def _article(
        self, entry: FeedEntry, outlet: str | None, counts: PollCounts
    ) -> Article | Reject | None:
        """The entry's article: its page, else its own text; None to retry later."""
        page_error, retry = None, False
        allowed = self._robots_allow(entry.link, counts) if entry.link else True
        if allowed is None:
            return None  # its host's robots.txt could not be read: try at the next poll
        if not allowed:
            counts.disallowed += 1
            page_error = "its page is disallowed by its host's robots.txt"
            try:
                art = entry_article(entry, entry.link or entry.key, outlet)
            except BadInput as err:
                return Reject(entry.link or entry.key, f"{page_error}; {err.message}", "E101")
            counts.messages.append(
                f"marsad: watch: {entry.link}: disallowed by its host's robots.txt; "
                "coded from the feed entry's own text"
            )
            return art
        if entry.link:
            try:
                resp = self.fetcher.get(entry.link)
                if resp.ok:
                    art = parse_html(decode_html(resp.body), entry.link, entry.link)
                    return Article(
                        doc_id=art.doc_id,
                        text=art.text,
                        title=art.title or entry.title,
                        published=art.published or entry.published,
                        url=art.url or entry.link,
                        outlet=art.outlet or outlet,
                        source=entry.link,
                    )
                page_error = f"the article page answered HTTP {resp.status}"
                retry = resp.status >= 500 or resp.status == 429  # may come back; 404 will not
            except FetchError as err:
                page_error, retry = str(err), True
            except BadInput as err:
                page_error = err.message
        try:
            return entry_article(entry, entry.link or entry.key, outlet)
        except BadInput as err:
            if retry:
                return None  # try again at the next poll
            return Reject(entry.link or entry.key, page_error or err.message, "E101")

    def _handle_entry(
        self, feed: str, entry: FeedEntry, outlet: str | None, counts: PollCounts
    ) -> None:
        item = self._article(entry, outlet, counts)
        if item is None:
            counts.page_errors += 1
            return
        if isinstance(item, Article) and self.check_language:
            item = language_reject(item) or item
        if isinstance(item, Reject):
            counts.rejected += 1
            counts.messages.append(f"marsad: rejected {item.source}: {item.reason}")
            self.store.write_reject(item)
            self._remember(entry.key, feed, "rejected", None)
            return
        if self._seen_content(content_hash(item.text, 20)) is not None:
            counts.duplicates += 1
            self._remember(entry.key, feed, "duplicate", item)
            return
        doc = self.pipeline(item)
        story = self.stories.assign(item.doc_id, item.text, item.published)
        self.store.write_doc(doc, story_id=story.story_id)  # `marsad events --story` finds it
        self._save_story(item, story.story_id, story.copy_of)
        if self.events_out is not None:
            from marsad.output import dumps, event_record

            lines = []
            for event in doc.events:
                record = event_record(doc, event)
                record["story_id"] = story.story_id  # where ``marsad code --stories`` puts it
                lines.append(dumps(record) + "\n")
            self.events_out.write("".join(lines))
            self.events_out.flush()
        self._remember(entry.key, feed, "coded", item)
        counts.coded += 1
        counts.events += len(doc.events)
        counts.new_stories += story.new
        joined = (
            "a new story"
            if story.new
            else f"a copy of {story.copy_of}"
            if story.copy_of
            else "coded before"
        )
        counts.messages.append(
            f"marsad: watch: coded {item.url or entry.key} as {item.doc_id}: "
            f"{len(doc.events)} events; story {story.story_id} ({joined})"
        )

    def _save_story(self, article: Article, story_id: str, copy_of: str | None) -> None:
        coded = self.clock()
        self._coded_at.setdefault(article.doc_id, coded)
        with self.store.engine.begin() as conn:
            known = conn.execute(
                select(watch_stories.c.doc_id).where(watch_stories.c.doc_id == article.doc_id)
            ).first()
            if known is None:  # else coded again after a crash: it keeps its story
                conn.execute(
                    insert(watch_stories).values(
                        doc_id=article.doc_id,
                        story_id=story_id,
                        published=article.published,
                        coded=coded,
                        copy_of=copy_of,
                    )
                )
