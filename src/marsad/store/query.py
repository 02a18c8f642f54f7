"""Reading the store: event filters, keyset (cursor) pages, and the aggregates the dashboard
draws (daily counts, who acts on whom, event locations, actors).

Every list is ordered on indexed columns and paged with a cursor that carries the last row's
sort key, so a page costs the same however deep it lies.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import datetime as dt
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    and_,
    case,
    column,
    exists,
    func,
    literal,
    or_,
    select,
    table,
    text,
    tuple_,
)

from marsad.errors import MarsadError
from marsad.store import schema
from marsad.text.normalize import norm

EV = schema.events
EA = schema.event_actors
AR = schema.articles

MAX_LIMIT = 1000
EVENT_SORTS = ("-date", "date")


class QueryError(MarsadError):
    """A filter, sort or cursor that does not make sense (the API answers 400)."""

    code = "E302"


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What to keep. Countries are ISO alpha-3 (or IGO, UNO ...); ``name`` matches part of an
    actor's English name; ``place`` a place name or its country; ``text`` is Arabic, matched on
    normalised text (so الرئيس finds الرّئيس and الرئیس); ``story`` a story_id."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    event: tuple[str, ...] = ()
    quad: tuple[int, ...] = ()
    actor_country: str | None = None
    recipient_country: str | None = None
    country: str | None = None  # actor or recipient
    sector: str | None = None  # actor or recipient
    name: str | None = None  # actor or recipient
    place: str | None = None
    text: str | None = None
    doc_id: str | None = None
    story: str | None = None  # a story_id: every event its articles reported

    def params(self) -> dict[str, Any]:
        """The filter as query parameters (for links to the next page and JSON twins)."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value in (None, ()):
                continue
            out[f.name] = list(value) if isinstance(value, tuple) else str(value)
        return out


def _like(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


# A link filter matching at most this many rows is applied as an IN list (then sorted);
# a commoner one as a per-event probe while walking the date index, which stops at a page.
IN_LIST_MAX = 5000


def _linked(
    conn: Connection | None, role: str | None, condition: ColumnElement[bool], every: bool
) -> ColumnElement[bool]:
    """Events with an actor link (of ``role``, or either) that meets ``condition``."""
    # naming both roles lets the (value, role, event_pk) indexes serve either-role filters
    roles = EA.c.role.in_(("actor", "recipient")) if role is None else EA.c.role == role
    where = [condition, roles]
    if every:  # aggregates read every match anyway: collect them once
        return EV.c.pk.in_(select(EA.c.event_pk).where(*where))
    if conn is not None:
        n = conn.execute(select(func.count()).select_from(EA).where(*where)).scalar_one()
        if n <= IN_LIST_MAX:
            return EV.c.pk.in_(select(EA.c.event_pk).where(*where))
    return exists().where(EA.c.event_pk == EV.c.pk, *where)


def _names(conn: Connection | None, part: str) -> ColumnElement[bool]:
    """Links whose English name contains ``part`` (any case)."""
    if conn is None:
        return func.lower(EA.c.entity_name).like(_like(part.lower()), escape="\\")
    # distinct names come from the covering name index; matching them here is exact for
    # any script's case, and leaves an indexed IN for the database
    needle = part.casefold()
    names = conn.execute(select(EA.c.entity_name).distinct()).scalars()
    return EA.c.entity_name.in_([n for n in names if needle in n.casefold()])


TEXT_IN_MAX = 1000  # more hits than this: a common phrase, found walking by date
FTS = table("events_fts", column("rowid"), column("text_norm"))


def _text(conn: Connection | None, needle: str, every: bool) -> ColumnElement[bool]:
    """Events whose normalised clause contains ``needle``. On PostgreSQL this LIKE is served
    by the pg_trgm GIN index (migration 0003); on SQLite by the FTS5 trigram table when the
    phrase is rare (a common one is found soon enough walking by date)."""
    scan = EV.c.text_norm.like(_like(needle), escape="\\")
    if conn is None or conn.dialect.name != "sqlite" or len(needle) < 3:
        return scan
    if any(c in needle for c in "%_\\") or not _has_fts(conn):
        return scan
    hits = select(FTS.c.rowid).where(FTS.c.text_norm.like(f"%{needle}%"))
    if every:
        return EV.c.pk.in_(hits)
    pks = conn.execute(hits.limit(TEXT_IN_MAX + 1)).scalars().all()
    return EV.c.pk.in_(pks) if len(pks) <= TEXT_IN_MAX else scan


def _has_fts(conn: Connection) -> bool:
    found = conn.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events_fts'")
    ).first()
    return found is not None


def _places(conn: Connection | None, place: str) -> ColumnElement[bool]:
    """Events at a place whose name contains ``place``, or in the country it names."""
    condition = or_(
        EV.c.loc_country == place.upper(),
        func.lower(EV.c.loc_name).like(_like(place.lower()), escape="\\"),
    )
    if conn is None:
        return condition
    # the few matching names, read from the covering location index, then an indexed IN
    names = conn.execute(
        select(EV.c.loc_name).where(EV.c.loc_name.is_not(None), condition).distinct()
    ).scalars()
    return and_(EV.c.loc_name.in_(list(names)), condition)


def event_conditions(
    f: EventFilter, conn: Connection | None = None, every: bool = False
) -> list[ColumnElement[bool]]:
    """SQL conditions on ``events`` for the filter. With ``conn``, link filters are planned
    by how many rows they match; ``every`` plans for reading all matches (aggregates)."""
    conds: list[ColumnElement[bool]] = []
    if f.date_from is not None:
        conds.append(EV.c.day >= f.date_from)
    if f.date_to is not None:
        conds.append(EV.c.day <= f.date_to)
    if f.date_from is None and f.date_to is not None:
        conds.append(EV.c.day > schema.NO_DAY)
    if f.event:
        conds.append(EV.c.event.in_([e.upper() for e in f.event]))
    if f.quad:
        conds.append(EV.c.quad_code.in_(f.quad))
    if f.actor_country:
        conds.append(_linked(conn, "actor", EA.c.country == f.actor_country.upper(), every))
    if f.recipient_country:
        country = EA.c.country == f.recipient_country.upper()
        conds.append(_linked(conn, "recipient", country, every))
    if f.country:
        conds.append(_linked(conn, None, EA.c.country == f.country.upper(), every))
    if f.sector:
        conds.append(_linked(conn, None, EA.c.sector_code == f.sector.upper(), every))
    if f.name:
        conds.append(_linked(conn, None, _names(conn, f.name), every))
    if f.place:
        conds.append(_places(conn, f.place))
    if f.text:
        needle = norm(f.text.strip())
        if needle:
            conds.append(_text(conn, needle, every))
    if f.doc_id:
        conds.append(EV.c.doc_id == f.doc_id)
    if f.story:
        conds.append(EV.c.story_id == f.story)
    return conds


# -- cursors ---------------------------------------------------------------------------------


def encode_cursor(key: Sequence[Any]) -> str:
    raw = json.dumps(list(key), separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, size: int) -> list[Any]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        key = json.loads(raw)
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise QueryError("the cursor is not one this server gave out") from None
    if not isinstance(key, list) or len(key) != size:
        raise QueryError("the cursor is not one this server gave out")
    return key


@dataclass(slots=True)
class Page:
    items: list[dict[str, Any]]
    next_cursor: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"items": self.items, "next_cursor": self.next_cursor}


def _limit(limit: int) -> int:
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"limit must be between 1 and {MAX_LIMIT}")
    return limit


# -- events ----------------------------------------------------------------------------------


def event_line(record: dict[str, Any], story_id: str | None) -> dict[str, Any]:
    """A stored event line with its story: new lines carry it already; those of a database
    upgraded from before stories get it from the column the migration filled."""
    line = dict(record)
    if story_id is not None:
        line["story_id"] = story_id
    return line


def list_events(
    conn: Connection,
    f: EventFilter,
    sort: str = "-date",
    cursor: str | None = None,
    limit: int = 50,
) -> Page:
    """One page of event lines (as written to the JSONL output), newest first by default."""
    if sort not in EVENT_SORTS:
        raise QueryError(f"sort must be one of {', '.join(EVENT_SORTS)}")
    limit = _limit(limit)
    desc = sort.startswith("-")
    query = select(EV.c.pk, EV.c.day, EV.c.record, EV.c.story_id).where(
        *event_conditions(f, conn)
    )
    if cursor:
        day_iso, pk = decode_cursor(cursor, 2)
        try:
            key = (dt.date.fromisoformat(day_iso), int(pk))
        except (TypeError, ValueError):
            raise QueryError("the cursor is not one this server gave out") from None
        row_key = tuple_(EV.c.day, EV.c.pk)
        bound = tuple_(literal(key[0]), literal(key[1]))
        query = query.where(row_key < bound if desc else row_key > bound)
    order = (EV.c.day.desc(), EV.c.pk.desc()) if desc else (EV.c.day, EV.c.pk)
    rows = conn.execute(query.order_by(*order).limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    items = [event_line(r.record, r.story_id) for r in rows]
    last = rows[-1] if rows else None
    next_cursor = encode_cursor([last.day.isoformat(), last.pk]) if more and last else None
    return Page(items, next_cursor)


def iter_events(conn: Connection, f: EventFilter, sort: str = "-date") -> Iterator[dict[str, Any]]:
    """Every matching event line, fetched a page at a time."""
    cursor: str | None = None
    while True:
        page = list_events(conn, f, sort, cursor, MAX_LIMIT)
        yield from page.items
        if page.next_cursor is None:
            return
        cursor = page.next_cursor


def get_event(conn: Connection, event_id: str) -> dict[str, Any] | None:
    query = select(EV.c.record, EV.c.story_id).where(EV.c.id == event_id).limit(1)
    row = conn.execute(query).first()
    return event_line(row.record, row.story_id) if row else None


# -- aggregates ------------------------------------------------------------------------------


def daily_counts(conn: Connection, f: EventFilter) -> list[dict[str, Any]]:
    """Events per day and quad class (dated events only), oldest day first."""
    query = (
        select(EV.c.day, EV.c.quad_code, func.count().label("n"))
        .where(EV.c.day > schema.NO_DAY, *event_conditions(f, conn, every=True))
        .group_by(EV.c.day, EV.c.quad_code)
        .order_by(EV.c.day, EV.c.quad_code)
    )
    days: dict[dt.date, dict[str, Any]] = {}
    for day, quad, n in conn.execute(query):
        entry = days.setdefault(day, {"date": day.isoformat(), "total": 0, "quad": {}})
        entry["quad"][str(quad or 0)] = n
        entry["total"] += n
    return list(days.values())


def _offset_page(rows: list[dict[str, Any]], offset: int, limit: int) -> Page:
    more = len(rows) > limit
    return Page(rows[:limit], encode_cursor([offset + limit]) if more else None)


def _offset(cursor: str | None) -> int:
    if not cursor:
        return 0
    (offset,) = decode_cursor(cursor, 1)
    if not isinstance(offset, int) or offset < 0:
        raise QueryError("the cursor is not one this server gave out")
    return offset


def network(conn: Connection, f: EventFilter, limit: int = 100) -> dict[str, Any]:
    """Who acts on whom: actor -> recipient pairs with their number of events, largest first."""
    EP = schema.event_pairs
    conds: list[ColumnElement[bool]] = []
    if f.date_from is not None:
        conds.append(EP.c.day >= f.date_from)
    if f.date_to is not None:
        conds += [EP.c.day <= f.date_to, EP.c.day > schema.NO_DAY]
    if f.event:
        conds.append(EP.c.event.in_([e.upper() for e in f.event]))
    if f.quad:
        conds.append(EP.c.quad_code.in_(f.quad))
    if f.actor_country:
        conds.append(EP.c.actor_country == f.actor_country.upper())
    if f.recipient_country:
        conds.append(EP.c.recipient_country == f.recipient_country.upper())
    # what the pairs table cannot answer by itself goes through the events
    rest = dataclasses.replace(
        f, date_from=None, date_to=None, event=(), quad=(), actor_country=None,
        recipient_country=None,
    )
    others = event_conditions(rest, conn, every=True)
    if others:
        conds.append(EP.c.event_pk.in_(select(EV.c.pk).where(*others)))
    n = func.count()
    query = (
        select(
            EP.c.actor,
            EP.c.actor_country,
            EP.c.recipient,
            EP.c.recipient_country,
            n.label("n"),
            func.avg(EP.c.quad_code).label("quad"),
        )
        .where(*conds)
        .group_by(EP.c.actor, EP.c.actor_country, EP.c.recipient, EP.c.recipient_country)
        .order_by(n.desc(), EP.c.actor, EP.c.recipient)
        .limit(_limit(limit))
    )
    nodes: dict[str, dict[str, Any]] = {}
    edges = []
    for a_name, a_country, r_name, r_country, count, quad in conn.execute(query):
        for name, country in ((a_name, a_country), (r_name, r_country)):
            node = nodes.setdefault(name, {"id": name, "country": country, "events": 0})
            node["events"] += count
        mean = round(float(quad or 0), 2)
        edges.append({"source": a_name, "target": r_name, "events": count, "quad": mean})
    return {"nodes": list(nodes.values()), "edges": edges}


def list_places(
    conn: Connection, f: EventFilter, cursor: str | None = None, limit: int = 100
) -> Page:
    """Where events happened: each event location with its number of events, most first."""
    offset, limit = _offset(cursor), _limit(limit)
    query = (
        select(
            EV.c.loc_name,
            EV.c.loc_country,
            EV.c.loc_lat,
            EV.c.loc_lon,
            func.count().label("n"),
        )
        .where(EV.c.loc_name.is_not(None), *event_conditions(f, conn, every=True))
        .group_by(EV.c.loc_name, EV.c.loc_country, EV.c.loc_lat, EV.c.loc_lon)
        .order_by(func.count().desc(), EV.c.loc_name)
        .offset(offset)
        .limit(limit + 1)
    )
    rows = [
        {"name": name, "country": country, "lat": lat, "lon": lon, "events": n}
        for name, country, lat, lon, n in conn.execute(query)
    ]
    return _offset_page(rows, offset, limit)


def list_actors(
    conn: Connection, f: EventFilter, cursor: str | None = None, limit: int = 100
) -> Page:
    """Actors and recipients of the matching events, with their counts in each role."""
    offset, limit = _offset(cursor), _limit(limit)
    acts = func.sum(case((EA.c.role == "actor", 1), else_=0))
    query = (
        select(
            EA.c.entity_name,
            EA.c.country,
            EA.c.sector_code,
            func.count().label("n"),
            acts.label("as_actor"),
        )
        .group_by(EA.c.entity_name, EA.c.country, EA.c.sector_code)
        .order_by(func.count().desc(), EA.c.entity_name)
        .offset(offset)
        .limit(limit + 1)
    )
    conds = event_conditions(f, conn, every=True)
    if conds:  # without filters every link counts, and the subquery would only cost time
        query = query.where(EA.c.event_pk.in_(select(EV.c.pk).where(*conds)))
    rows = [
        {
            "entity_name": name,
            "country": country,
            "sector_code": sector,
            "events": n,
            "as_actor": int(as_actor or 0),
            "as_recipient": n - int(as_actor or 0),
        }
        for name, country, sector, n, as_actor in conn.execute(query)
    ]
    return _offset_page(rows, offset, limit)


# -- articles --------------------------------------------------------------------------------


def list_articles(
    conn: Connection,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    outlet: str | None = None,
    cursor: str | None = None,
    limit: int = 50,
    sort: str = "-date",
    story: str | None = None,
) -> Page:
    """Articles, newest first (undated last) or oldest first, with their number of events;
    ``story`` keeps the articles of one story."""
    if sort not in EVENT_SORTS:
        raise QueryError(f"sort must be one of {', '.join(EVENT_SORTS)}")
    desc = sort.startswith("-")
    limit = _limit(limit)
    n_events = (
        select(func.count()).where(EV.c.doc_id == AR.c.doc_id).correlate(AR).scalar_subquery()
    )
    day = AR.c.day
    query = select(
        AR.c.doc_id,
        AR.c.title,
        AR.c.published,
        AR.c.url,
        AR.c.outlet,
        AR.c.story_id,
        n_events.label("n"),
    )
    if date_from is not None:
        query = query.where(day >= date_from)
    if date_to is not None:
        query = query.where(day <= date_to, day > schema.NO_DAY)
    if outlet:
        query = query.where(AR.c.outlet == outlet)
    if story:
        query = query.where(AR.c.story_id == story)
    if cursor:
        day_iso, doc_id = decode_cursor(cursor, 2)
        try:
            key_day = dt.date.fromisoformat(day_iso)
        except (TypeError, ValueError):
            raise QueryError("the cursor is not one this server gave out") from None
        bound = tuple_(literal(key_day), literal(str(doc_id)))
        row_key = tuple_(day, AR.c.doc_id)
        query = query.where(row_key < bound if desc else row_key > bound)
    order = (day.desc(), AR.c.doc_id.desc()) if desc else (day, AR.c.doc_id)
    rows = conn.execute(query.order_by(*order).limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    items = [
        {
            "doc_id": r.doc_id,
            "title": r.title,
            "published": r.published.isoformat() if r.published else None,
            "url": r.url,
            "outlet": r.outlet,
            "story_id": r.story_id,
            "events": r.n,
        }
        for r in rows
    ]
    last = rows[-1] if rows else None
    next_cursor = None
    if more and last is not None:
        next_cursor = encode_cursor([(last.published or schema.NO_DAY).isoformat(), last.doc_id])
    return Page(items, next_cursor)


def get_article(conn: Connection, doc_id: str) -> dict[str, Any] | None:
    """One article with everything coded in it, spans into its ``text``."""
    row = conn.execute(select(AR).where(AR.c.doc_id == doc_id)).first()
    if row is None:
        return None
    art = row._mapping

    def rows(table: Any, *order: Any) -> list[dict[str, Any]]:
        query = select(table).where(table.c.doc_id == doc_id).order_by(*order)
        return [dict(r._mapping) for r in conn.execute(query)]

    sentences = rows(schema.sentences, schema.sentences.c.idx)
    actors = rows(schema.actors, schema.actors.c.idx)
    mentions = rows(schema.mentions, schema.mentions.c.start)
    quotes = rows(schema.quotes, schema.quotes.c.quote_start)
    places = rows(schema.places, schema.places.c.start)
    events = conn.execute(
        select(EV.c.record, EV.c.story_id)
        .where(EV.c.doc_id == doc_id)
        .order_by(EV.c.event_start, EV.c.pk)
    )
    return {
        "doc_id": art["doc_id"],
        "title": art["title"],
        "published": art["published"].isoformat() if art["published"] else None,
        "url": art["url"],
        "outlet": art["outlet"],
        "story_id": art["story_id"],
        "text": art["text"],
        "errors": art["errors"],
        "trace": art["trace"],
        "sentences": [[s["start"], s["end"]] for s in sentences],
        "actors": [
            {
                "entity_name": a["entity_name"],
                "kind": a["kind"],
                "country": a["country"],
                "sector_code": a["sector_code"],
                "wikidata_id": a["wikidata_id"],
                "raw_text": a["raw_text"],
                "mentions": a["mentions"],
            }
            for a in actors
        ],
        "mentions": [
            {
                "span": [m["start"], m["end"]],
                "text": m["text"],
                "actor": m["actor_idx"],
                "entity_name": m["entity_name"],
                "kind": m["kind"],
                "country": m["country"],
                "sector_code": m["sector_code"],
            }
            for m in mentions
        ],
        "events": [event_line(e.record, e.story_id) for e in events],
        "quotes": [
            {
                "speaker": q["speaker"],
                "speaker_span": (
                    None if q["speaker_start"] is None else [q["speaker_start"], q["speaker_end"]]
                ),
                "cue": q["cue"],
                "cue_span": [q["cue_start"], q["cue_end"]],
                "quote": q["quote"],
                "quote_span": [q["quote_start"], q["quote_end"]],
            }
            for q in quotes
        ],
        "places": [
            {
                "raw_text": p["raw_text"],
                "name": p["name"],
                "country": p["country"],
                "lat": p["lat"],
                "lon": p["lon"],
                "span": [p["start"], p["end"]],
                "feature": p["feature"],
            }
            for p in places
        ],
    }
