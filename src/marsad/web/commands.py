"""``marsad events`` (query the store) and ``marsad serve`` (the API and dashboard)."""

from __future__ import annotations

import datetime as dt

import click

DEFAULT_URL = "sqlite:///marsad.db"  # as marsad.store, without importing SQLAlchemy


def _date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; write YYYY-MM-DD") from None


@click.command("events")
@click.option("--db", default=DEFAULT_URL, show_default=True, metavar="URL",
              help="The database marsad code --db filled (a SQLite file or postgresql://...).")
@click.option("--from", "date_from", callback=_date, metavar="DATE", help="First day (YYYY-MM-DD).")
@click.option("--to", "date_to", callback=_date, metavar="DATE", help="Last day (YYYY-MM-DD).")
@click.option("--type", "event", multiple=True, metavar="TYPE",
              help="PLOVER event type, e.g. ASSAULT (repeatable).")
@click.option("--quad", multiple=True, type=click.IntRange(1, 4),
              help="Quad class: 1 verbal coop, 2 material coop, 3 verbal conflict, "
              "4 material conflict (repeatable).")
@click.option("--actor-country", metavar="ISO3", help="Country of an actor (who acts).")
@click.option("--recipient-country", metavar="ISO3", help="Country of a recipient.")
@click.option("--country", metavar="ISO3", help="Country of an actor or recipient.")
@click.option("--sector", metavar="CODE", help="Sector of an actor or recipient (GOV, MIL ...).")
@click.option("--name", metavar="TEXT", help="Part of an actor's or recipient's English name.")
@click.option("--place", metavar="TEXT", help="Place name (part of it) or ISO3 of the location.")
@click.option("--text", metavar="ARABIC",
              help="Arabic text in the event's clause (matched after normalisation).")
@click.option("--doc", "doc_id", metavar="DOC_ID", help="Events of one article.")
@click.option("--story", metavar="STORY_ID",
              help="Events of one story (the story_id that marsad code --stories or "
              "marsad watch gave its articles).")
@click.option("--sort", type=click.Choice(["-date", "date"]), default="-date", show_default=True)
@click.option("--limit", type=click.IntRange(min=1), help="At most this many events.")
@click.option("--format", "fmt", type=click.Choice(
    ["table", "csv", "jsonl", "parquet", "geojson"]), default="table", show_default=True)
@click.option("--out", "out_path", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              help="Output file (default: standard output; required for parquet).")
def events_command(
    db: str,
    date_from: dt.date | None,
    date_to: dt.date | None,
    event: tuple[str, ...],
    quad: tuple[int, ...],
    actor_country: str | None,
    recipient_country: str | None,
    country: str | None,
    sector: str | None,
    name: str | None,
    place: str | None,
    text: str | None,
    doc_id: str | None,
    story: str | None,
    sort: str,
    limit: int | None,
    fmt: str,
    out_path: str,
) -> None:
    """List stored events that match the filters, as a table, CSV, PLOVER JSONL, Parquet or
    GeoJSON (events with a location only)."""
    from itertools import islice

    from marsad.store import Store, export
    from marsad.store.query import EventFilter, iter_events

    if fmt == "parquet" and out_path == "-":
        raise click.UsageError("Parquet is binary: give a file with --out")
    flt = EventFilter(
        date_from=date_from,
        date_to=date_to,
        event=event,
        quad=quad,
        actor_country=actor_country,
        recipient_country=recipient_country,
        country=country,
        sector=sector,
        name=name,
        place=place,
        text=text,
        doc_id=doc_id,
        story=story,
    )
    with Store(db, create=False) as store, store.engine.connect() as conn:
        records = iter_events(conn, flt, sort)
        if limit is not None:
            records = islice(records, limit)
        if fmt == "parquet":
            n = export.write_parquet(records, out_path)
        else:
            with click.open_file(out_path, "w", encoding="utf-8") as out:
                writer = {
                    "table": export.write_table,
                    "csv": export.write_csv,
                    "jsonl": export.write_jsonl,
                    "geojson": export.write_geojson,
                }[fmt]
                n = writer(records, out)
    if out_path != "-" or fmt == "table":
        click.echo(f"marsad: {n} events", err=True)


@click.command("serve")
@click.option("--db", default=DEFAULT_URL, show_default=True, metavar="URL",
              help="The database to serve (a SQLite file or postgresql://...).")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--token", envvar="MARSAD_API_TOKEN", metavar="TOKEN",
              help="Token that POST /api/articles requires (default: $MARSAD_API_TOKEN; "
              "without one, posting is off).")
def serve_command(db: str, host: str, port: int, token: str | None) -> None:
    """Serve the JSON API (/api, schema at /openapi.json) and the dashboard."""
    try:
        import uvicorn

        from marsad.web.app import create_app
    except ImportError as err:
        from marsad.errors import MarsadError

        raise MarsadError(
            f"the web server needs its extras ({err.name}): pip install 'marsad[web]'", "E202"
        ) from None
    app = create_app(db, token=token)
    click.echo(f"marsad: serving {db} on http://{host}:{port}/", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
