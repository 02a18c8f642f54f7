"""robots.txt for ``marsad watch``: fetched once per host, cached, obeyed (RFC 9309).

Each host's robots.txt is fetched with marsad's User-Agent through the same polite fetcher as
everything else and kept for ``ttl`` seconds (a day by default, the RFC's ceiling). What the
answer means follows the usual crawler convention:

- 2xx: its rules apply (``urllib.robotparser``), and so does its Crawl-delay (or Request-rate);
- 4xx other than 429 (404 above all): there is no robots.txt, every URL is allowed;
- 5xx, 429, a timeout or a refused connection: the host is not crawled until a later try
  (backing off like a feed), unless an earlier copy of its robots.txt is still at hand, which
  then goes on applying: a server's bad minute does not turn a known "no" into a "yes".
"""

from __future__ import annotations

import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from marsad.ingest.fetch import USER_AGENT, FetchError, PoliteFetcher

DAY = 86400.0
MAX_ROBOTS_BYTES = 512 * 1024  # RFC 9309 asks crawlers to read at least 500 KiB


@dataclass(frozen=True, slots=True)
class Verdict:
    """May ``url`` be fetched now? ``wait`` > 0: not yet (robots.txt unavailable)."""

    allowed: bool
    wait: float = 0.0
    reason: str = ""  # why not, for the log line


@dataclass
class _HostRules:
    parser: urllib.robotparser.RobotFileParser | None  # None: no robots.txt, all allowed
    expires: float  # clock time after which robots.txt is fetched again
    failures: int = 0  # consecutive failed fetches since the last good one
    retry_at: float = 0.0  # while failing: no new try before this
    problem: str = ""  # the last failure, while the host waits


def robots_url(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))


def host_of(url: str) -> str:
    return urlsplit(url).netloc.lower()


class RobotsCache:
    """``check(url)`` against the host's robots.txt, fetching it when not cached or stale.

    ``messages`` collects one line for each robots.txt that could not be fetched (the caller
    prints them); ``crawl_delay`` is passed to the fetcher so it paces that host.
    """

    def __init__(
        self,
        fetcher: PoliteFetcher,
        *,
        ttl: float = DAY,
        retry_base: float = 60.0,
        retry_max: float = 6 * 3600.0,
        clock: Callable[[], float] = time.time,
        user_agent: str = USER_AGENT,
    ) -> None:
        self.fetcher = fetcher
        self.ttl = ttl
        self.retry_base = retry_base
        self.retry_max = retry_max
        self.clock = clock
        self.agent = user_agent.split("/")[0]  # robots.txt groups name the product token
        self.messages: list[str] = []
        self._hosts: dict[str, _HostRules] = {}

    def check(self, url: str) -> Verdict:
        if urlsplit(url).scheme not in ("http", "https"):
            return Verdict(True)  # no robots.txt to ask; the fetcher refuses such URLs itself
        host = host_of(url)
        rules = self._hosts.get(host)
        now = self.clock()
        if rules is None or (now >= rules.expires and now >= rules.retry_at):
            rules = self._refresh(url, host, rules, now)
        if rules.parser is None:
            if rules.failures:
                return Verdict(False, max(1.0, rules.retry_at - now), rules.problem)
            return Verdict(True)
        if rules.parser.can_fetch(self.agent, url):
            return Verdict(True)
        return Verdict(False, reason=f"disallowed by {robots_url(url)}")

    def _refresh(self, url: str, host: str, old: _HostRules | None, now: float) -> _HostRules:
        where = robots_url(url)
        problem = None
        retry_after = None
        try:
            resp = self.fetcher.get(where)
        except FetchError as err:
            problem = str(err)
        else:
            if resp.ok:
                parser = urllib.robotparser.RobotFileParser(where)
                text = resp.body[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace")
                parser.parse(text.splitlines())
                rules = _HostRules(parser, now + self.ttl)
                delay = self._delay(parser)
                if delay > self.fetcher.min_interval and (old is None or old.parser is None):
                    self.messages.append(
                        f"marsad: watch: {host} asks for {delay:g} s between requests "
                        "(robots.txt Crawl-delay); its pages are fetched that slowly"
                    )
                self.fetcher.set_crawl_delay(host, delay)
            elif 400 <= resp.status < 500 and resp.status != 429:
                rules = _HostRules(None, now + self.ttl)  # no robots.txt: nothing is off limits
                self.fetcher.set_crawl_delay(host, 0.0)
            else:
                problem, retry_after = f"HTTP {resp.status}", resp.retry_after
        if problem is None:
            self._hosts[host] = rules
            return rules
        failures = (old.failures if old else 0) + 1
        wait = max(retry_after or 0.0, min(self.retry_max, self.retry_base * 2 ** (failures - 1)))
        keeps = old is not None and old.parser is not None
        self.messages.append(
            f"marsad: watch: {where}: {problem}; "
            + (
                "keeping its earlier rules"
                if keeps
                else f"nothing is fetched from {host} until it answers"
            )
            + f", next try in {wait:.0f} s"
        )
        rules = _HostRules(
            old.parser if keeps and old else None,
            old.expires if keeps and old else now,
            failures,
            now + wait,
            f"{where} could not be read ({problem})",
        )
        self._hosts[host] = rules
        return rules

    def _delay(self, parser: urllib.robotparser.RobotFileParser) -> float:
        delay = float(parser.crawl_delay(self.agent) or 0.0)
        rate = parser.request_rate(self.agent)
        if rate is not None and rate.requests > 0:
            delay = max(delay, rate.seconds / rate.requests)
        return delay
