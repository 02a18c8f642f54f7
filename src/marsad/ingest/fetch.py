"""Polite HTTP for ``marsad watch``: conditional GET, one request per host per interval.

The standard library only (urllib), so that watching adds no runtime dependency. Every
request names marsad in its User-Agent, has a timeout, and waits until ``min_interval``
seconds (or the host's Crawl-delay, when its robots.txt asks for longer) have passed since the
last request to the same host.
"""

from __future__ import annotations

import email.utils
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from marsad import __version__

USER_AGENT = f"marsad/{__version__} (Arabic news event coder)"
MAX_BYTES = 10 * 1024 * 1024  # a page or feed larger than this is not news


class FetchError(Exception):
    """The server could not be reached (DNS, refused, timeout) or sent too much."""


@dataclass(frozen=True, slots=True)
class Response:
    url: str
    status: int  # 200, 304, or the HTTP error status
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    retry_after: float | None = None  # seconds, when the server asked for a pause

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class PoliteFetcher:
    """``get(url, etag, last_modified)`` with per-host pacing; HTTP errors are Responses."""

    def __init__(
        self,
        min_interval: float = 1.0,
        timeout: float = 20.0,
        user_agent: str = USER_AGENT,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.min_interval = min_interval
        self.timeout = timeout
        self.user_agent = user_agent
        self._clock = clock
        self._sleep = sleep
        self._last: dict[str, float] = {}  # host -> time of its last request
        self._delays: dict[str, float] = {}  # host -> its robots.txt Crawl-delay

    def set_crawl_delay(self, host: str, seconds: float) -> None:
        """Pace ``host`` (``netloc``, lower case) at least ``seconds`` apart from now on."""
        self._delays[host.lower()] = max(0.0, seconds)

    def interval(self, host: str) -> float:
        """Seconds kept between two requests to ``host``."""
        return max(self.min_interval, self._delays.get(host.lower(), 0.0))

    def _wait_for(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            wait = last + self.interval(host) - self._clock()
            if wait > 0:
                self._sleep(wait)
        self._last[host] = self._clock()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise FetchError(f"{url!r} is not an http(s) URL")
        self._wait_for(parts.netloc.lower())
        headers = {"User-Agent": self.user_agent, "Accept-Encoding": "identity"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        request = urllib.request.Request(url, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as resp:
                body = resp.read(MAX_BYTES + 1)
                if len(body) > MAX_BYTES:
                    raise FetchError(f"{url} is larger than {MAX_BYTES // 2**20} MiB")
                return Response(
                    resp.geturl(),
                    resp.status,
                    body,
                    resp.headers.get("ETag"),
                    resp.headers.get("Last-Modified"),
                )
        except urllib.error.HTTPError as err:  # 304 arrives here too
            with err:
                return Response(
                    url,
                    err.code,
                    etag=err.headers.get("ETag") or (etag if err.code == 304 else None),
                    last_modified=err.headers.get("Last-Modified")
                    or (last_modified if err.code == 304 else None),
                    retry_after=_retry_after(err.headers.get("Retry-After")),
                )
        except (urllib.error.URLError, TimeoutError, OSError) as err:
            reason = getattr(err, "reason", err)
            raise FetchError(f"cannot fetch {url} ({reason})") from None
