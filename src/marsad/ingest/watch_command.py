"""``marsad watch FEED_URL... --db URL --every 10m``: follow feeds into a database."""

from __future__ import annotations

import time
from typing import IO

import click

from marsad.ingest.watch import parse_duration


def _duration(_ctx: click.Context, param: click.Parameter, value: str) -> float:
    try:
        return parse_duration(value, allow_zero=param.name == "min_interval")
    except ValueError as err:
        raise click.BadParameter(str(err), param=param) from None


@click.command("watch")
@click.argument("feeds", nargs=-1, required=True, metavar="FEED_URL...")
@click.option("--db", required=True, metavar="URL", help="Database to store articles in.")
@click.option(
    "--every",
    default="10m",
    show_default=True,
    callback=_duration,
    help="Time between polls (30s, 10m, 1h).",
)
@click.option("--once", is_flag=True, help="Poll once and exit (for cron and tests).")
@click.option(
    "--out",
    type=click.File("a", encoding="utf-8", lazy=False),
    help="Also append the new events as JSONL to this file (each with its story_id).",
)
@click.option(
    "--min-interval",
    default="2s",
    show_default=True,
    callback=_duration,
    help="At most one request per host per this long (longer when robots.txt asks).",
)
@click.option("--timeout", default="20s", show_default=True, callback=_duration)
@click.option(
    "--backoff",
    default="1m",
    show_default=True,
    callback=_duration,
    help="Wait after a feed's first error; doubles with each further error, up to 6h.",
)
@click.option(
    "--any-language", is_flag=True, help="Code articles in any language (default: Arabic only)."
)
def watch_command(
    feeds: tuple[str, ...],
    db: str,
    every: float,
    once: bool,
    out: IO[str] | None,
    min_interval: float,
    timeout: float,
    backoff: float,
    any_language: bool,
) -> None:
    """Poll RSS/Atom feeds politely; fetch, code and store every new article once.

    Each host's robots.txt is obeyed (disallowed URLs are skipped, Crawl-delay paces the host),
    and each coded article joins a story: that of an earlier near-duplicate, else a new one.
    """
    from marsad.ingest.fetch import PoliteFetcher
    from marsad.ingest.watch import Watcher
    from marsad.store import Store

    store = Store(db)
    watcher = Watcher(
        store,
        PoliteFetcher(min_interval=min_interval, timeout=timeout),
        check_language=not any_language,
        backoff_base=backoff,
        events_out=out,
    )
    errors = 0
    try:
        while True:
            started = time.monotonic()
            counts = watcher.poll(list(feeds))
            for line in counts.messages:
                click.echo(line, err=True)
            click.echo(counts.line(), err=True)
            errors = counts.feed_errors
            if once:
                break
            time.sleep(max(0.0, every - (time.monotonic() - started)))
    except KeyboardInterrupt:
        click.echo("marsad: watch: stopped", err=True)
    finally:
        store.close()
    if errors:
        raise SystemExit(1)
