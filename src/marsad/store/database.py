"""Write coded articles to a SQL database (SQLite by default, any SQLAlchemy URL).

Each article is written in its own transaction, replacing whatever an earlier run stored
under the same doc_id, so coding an article again never duplicates its records.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, delete, event, func, insert, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.pool import ConnectionPoolEntry

from marsad import __version__
from marsad.errors import StoreError
from marsad.ingest.reject import Reject
from marsad.model import Doc
from marsad.output import event_record
from marsad.store import migrate, schema
from marsad.store.query import event_line
from marsad.text.normalize import norm

DEFAULT_URL = "sqlite:///marsad.db"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def normalize_url(url: str) -> str:
    """Accept a SQLAlchemy URL or a plain file path (which means a SQLite file).

    ``postgresql://`` and ``postgres://`` URLs, as people write them, go through psycopg 3.
    """
    if "://" not in url:
        return f"sqlite:///{Path(url)}"
    scheme, rest = url.split("://", 1)
    if scheme in ("postgresql", "postgres"):
        return f"postgresql+psycopg://{rest}"
    return url


@cache
def resource_versions() -> dict[str, str]:
    """Each shipped data file with a short hash of its content: what a run coded with."""
    root = Path(__file__).resolve().parents[1] / "data"
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()[:12]
        for path in sorted(root.rglob("*"))
        if path.is_file() and not path.name.startswith(".")
    }


def _sqlite_foreign_keys(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


class Store:
    """A marsad database: ``begin_run``, then ``write_doc``/``write_reject``, then ``end_run``."""

    def __init__(self, url: str = DEFAULT_URL, *, create: bool = True) -> None:
        """Open (and migrate) the database; ``create=False`` refuses a SQLite file that does
        not exist yet, for commands that only read."""
        self.url = normalize_url(url)
        if not create:
            _must_exist(self.url)
        try:
            self.engine: Engine = create_engine(self.url)
            if self.engine.dialect.name == "sqlite":
                event.listen(self.engine, "connect", _sqlite_foreign_keys)
            migrate.upgrade(self.engine)
        except (ArgumentError, SQLAlchemyError, ImportError, OSError) as err:
            advice = _hint(_short(err)) or (
                "check that its folder exists and is writable"
                if self.url.startswith("sqlite") and not isinstance(err, ArgumentError)
                else "give a URL like sqlite:///marsad.db or postgresql://user@host/db"
            )
            raise StoreError(
                f"cannot open the database {url!r} ({_short(err)}); {advice}"
            ) from None
        self._counts: dict[str, int] = {}

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- runs -----------------------------------------------------------------------------

    def begin_run(self, stages: Sequence[str] = ()) -> int:
        """Record the start of a coding run (with the pipeline's stage names); returns its id."""
        self._counts = {"articles": 0, "events": 0, "rejects": 0, "errors": 0}
        with self._begin() as conn:
            result = conn.execute(
                insert(schema.runs).values(
                    code_version=__version__,
                    stages=list(stages),
                    resources=resource_versions(),
                    started=_now(),
                )
            )
            key = result.inserted_primary_key
            assert key is not None
            return int(key[0])

    def end_run(self, run_id: int) -> None:
        """Record the end of a run with its counts."""
        with self._begin() as conn:
            conn.execute(
                schema.runs.update()
                .where(schema.runs.c.id == run_id)
                .values(ended=_now(), **self._counts)
            )

    # -- writing --------------------------------------------------------------------------

    def write_doc(
        self, doc: Doc, run_id: int | None = None, story_id: str | None = None
    ) -> None:
        """Store one coded article, replacing any earlier version with the same doc_id;
        ``story_id`` is the story it joined (``marsad.dedup``), also put on its event lines."""
        self.write_docs([doc], run_id, {doc.article.doc_id: story_id} if story_id else None)

    def write_docs(
        self,
        docs: Iterable[Doc],
        run_id: int | None = None,
        stories: Mapping[str, str] | None = None,
    ) -> None:
        """Store several coded articles in one transaction (all or none): much faster for
        bulk loads than one ``write_doc`` each. ``stories``: doc_id -> story_id."""
        with self._begin() as conn:
            for doc in docs:
                _write(conn, doc, run_id, (stories or {}).get(doc.article.doc_id))
                self._count("articles")
                self._count("events", len(doc.events))
                if doc.errors:
                    self._count("errors")

    def write_reject(self, reject: Reject, run_id: int | None = None) -> None:
        """Store input that could not be read, with its reason."""
        with self._begin() as conn:
            conn.execute(
                insert(schema.rejects).values(
                    run_id=run_id,
                    source=reject.source,
                    doc_id=reject.doc_id,
                    code=reject.code,
                    reason=reject.reason,
                    at=_now(),
                )
            )
        self._count("rejects")

    # -- reading (for tests, reports and the web layer) -------------------------------------

    def count(self, table: str, doc_id: str | None = None) -> int:
        """Number of rows in ``table`` (optionally of one article)."""
        tbl = schema.metadata.tables[table]
        query = select(func.count()).select_from(tbl)
        if doc_id is not None:
            query = query.where(tbl.c.doc_id == doc_id)
        with self.engine.connect() as conn:
            return int(conn.execute(query).scalar_one())

    def events(self, doc_id: str | None = None) -> list[dict[str, Any]]:
        """Stored event lines (as written to the events JSONL), in article then text order."""
        ev = schema.events
        query = select(ev.c.record, ev.c.story_id).order_by(
            ev.c.doc_id, ev.c.event_start, ev.c.pk
        )
        if doc_id is not None:
            query = query.where(ev.c.doc_id == doc_id)
        with self.engine.connect() as conn:
            return [event_line(row.record, row.story_id) for row in conn.execute(query)]

    def runs(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(schema.runs).order_by(schema.runs.c.id))
            return [dict(row._mapping) for row in rows]

    # -- internals ------------------------------------------------------------------------

    def _begin(self) -> _Transaction:
        return _Transaction(self.engine)

    def _count(self, key: str, n: int = 1) -> None:
        self._counts[key] = self._counts.get(key, 0) + n


def _must_exist(url: str) -> None:
    try:
        parsed = make_url(url)
    except ArgumentError:
        return  # the constructor reports it with advice
    path = parsed.database
    if parsed.get_backend_name() == "sqlite" and path not in (None, "", ":memory:"):
        assert path is not None
        if not Path(path).exists():
            raise StoreError(f"no database at {path}; fill one with marsad code --db {url}")


class _Transaction:
    """``engine.begin()`` whose database errors come out as a StoreError with advice."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._ctx: Any = None

    def __enter__(self) -> Connection:
        try:
            self._ctx = self._engine.begin()
            conn: Connection = self._ctx.__enter__()
        except SQLAlchemyError as err:
            raise StoreError(
                f"cannot open {self._engine.url} for writing ({_short(err)}); "
                "check the path and its permissions"
            ) from None
        return conn

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        try:
            self._ctx.__exit__(exc_type, exc, tb)
        except SQLAlchemyError as err:
            raise StoreError(_write_error(self._engine, err)) from None
        if isinstance(exc, SQLAlchemyError):
            raise StoreError(_write_error(self._engine, exc)) from None


def _write_error(engine: Engine, err: BaseException) -> str:
    hint = _hint(_short(err))
    return f"cannot write to {engine.url} ({_short(err)})" + (f"; {hint}" if hint else "")


def _hint(message: str) -> str:
    """What to do about the two faults people meet most: a lock and a full disk."""
    if "locked" in message:
        return (
            "another process is writing to it; wait for it to finish, or use PostgreSQL "
            "for several writers at once"
        )
    if "full" in message or "No space" in message:
        return "free some disk space and run the command again (stored articles are kept)"
    return ""


def _short(err: BaseException) -> str:
    """The driver's own message (without SQLAlchemy's wrapping), first line only."""
    orig = getattr(err, "orig", None)
    return str(orig if orig is not None else err).splitlines()[0][:200]


def _insert_many(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    if rows:
        conn.execute(insert(table), rows)


def _write(conn: Connection, doc: Doc, run_id: int | None, story_id: str | None) -> None:
    article = doc.article
    doc_id = article.doc_id
    for table in schema.CHILD_TABLES:
        conn.execute(delete(table).where(table.c.doc_id == doc_id))
    conn.execute(delete(schema.articles).where(schema.articles.c.doc_id == doc_id))
    conn.execute(
        insert(schema.articles).values(
            doc_id=doc_id,
            title=article.title,
            published=article.published,
            day=article.published or schema.NO_DAY,
            url=article.url,
            outlet=article.outlet,
            source=article.source,
            text=article.text,
            errors=[e.to_dict() for e in doc.errors],
            trace=dict(doc.trace),
            run_id=run_id,
            coded_at=_now(),
            story_id=story_id,
        )
    )
    _insert_many(conn, schema.sentences, list(_sentence_rows(doc)))
    _write_events(conn, doc, story_id)
    _insert_many(conn, schema.actors, list(_actor_rows(doc)))
    _insert_many(conn, schema.mentions, list(_mention_rows(doc)))
    _insert_many(conn, schema.quotes, list(_quote_rows(doc)))
    _insert_many(conn, schema.places, list(_place_rows(doc)))


def _sentence_rows(doc: Doc) -> Iterator[dict[str, Any]]:
    for i, (start, end) in enumerate(doc.sentences):
        yield {
            "doc_id": doc.article.doc_id,
            "idx": i,
            "start": start,
            "end": end,
            "norm": norm(doc.text[start:end]),
        }


def _write_events(conn: Connection, doc: Doc, story_id: str | None) -> None:
    """Events, then their actor links (which need the events' keys)."""
    if not doc.events:
        return
    rows = list(_event_rows(doc, story_id))
    # one statement for all events; RETURNING gives their keys in the order of the rows
    keys = conn.execute(
        insert(schema.events).returning(schema.events.c.pk, sort_by_parameter_order=True), rows
    ).scalars()
    links: list[dict[str, Any]] = []
    pairs: list[dict[str, Any]] = []
    for key, ev, row in zip(keys, doc.events, rows, strict=True):
        pairs += [
            {
                "event_pk": int(key),
                "doc_id": doc.article.doc_id,
                "day": row["day"],
                "event": ev.event,
                "quad_code": row["quad_code"],
                "actor": a.entity_name,
                "actor_country": a.country,
                "recipient": r.entity_name,
                "recipient_country": r.country,
            }
            for a in ev.actor
            for r in ev.recipient
        ]
        for role, parties in (("actor", ev.actor), ("recipient", ev.recipient)):
            links += [
                {
                    "event_pk": int(key),
                    "doc_id": doc.article.doc_id,
                    "role": role,
                    "entity_name": p.entity_name,
                    "country": p.country,
                    "sector_code": p.sector_code,
                    "wikidata_id": p.wikidata_id,
                    "raw_text": p.raw_text,
                    "start": p.span[0],
                    "end": p.span[1],
                }
                for p in parties
            ]
    _insert_many(conn, schema.event_actors, links)
    _insert_many(conn, schema.event_pairs, pairs)


def _event_rows(doc: Doc, story_id: str | None) -> Iterator[dict[str, Any]]:
    for ev in doc.events:
        record = event_record(doc, ev)
        if story_id is not None:
            record["story_id"] = story_id  # the line as ``marsad code --stories`` writes it
        date = ev.date or doc.article.published
        loc = ev.event_loc
        yield {
            "id": record["id"],
            "doc_id": doc.article.doc_id,
            "date": date,
            "day": date or schema.NO_DAY,
            "event": ev.event,
            "mode": ev.mode,
            "context": list(ev.context),
            "quad_code": record["quad_code"],
            "actor": record["actor"],
            "recipient": record["recipient"],
            "event_text": ev.event_text,
            "event_start": ev.event_span[0],
            "event_end": ev.event_span[1],
            "text": ev.text,
            "text_norm": norm(ev.text),
            "text_start": ev.text_span[0],
            "text_end": ev.text_span[1],
            "event_loc": record["event_loc"],
            "loc_name": loc.name if loc else None,
            "loc_country": loc.country if loc else None,
            "loc_lat": loc.lat if loc else None,
            "loc_lon": loc.lon if loc else None,
            "negated": ev.negated,
            "auxiliary": ev.auxiliary,
            "confidence": ev.confidence,
            "rule": ev.rule,
            "record": record,
            "story_id": story_id,
        }


def _actor_rows(doc: Doc) -> Iterator[dict[str, Any]]:
    for i, a in enumerate(doc.actors):
        yield {
            "doc_id": doc.article.doc_id,
            "idx": i,
            "entity_name": a.entity_name,
            "kind": a.kind,
            "country": a.country,
            "sector_code": a.sector_code,
            "wikidata_id": a.wikidata_id,
            "raw_text": list(a.raw_text),
            "mentions": [list(m) for m in a.mentions],
        }


def _mention_rows(doc: Doc) -> Iterator[dict[str, Any]]:
    for m in doc.mentions:
        yield {
            "doc_id": doc.article.doc_id,
            "actor_idx": m.entity if 0 <= m.entity < len(doc.actors) else None,
            "start": m.span[0],
            "end": m.span[1],
            "text": m.text,
            "sentence": m.sentence,
            "entity_name": m.actor.entity_name,
            "kind": m.actor.kind,
            "country": m.actor.country,
            "sector_code": m.actor.sector_code,
            "rule": m.rule,
        }


def _quote_rows(doc: Doc) -> Iterator[dict[str, Any]]:
    for q in doc.quotes:
        speaker = q.speaker_span or (None, None)
        yield {
            "doc_id": doc.article.doc_id,
            "speaker": q.speaker,
            "speaker_start": speaker[0],
            "speaker_end": speaker[1],
            "cue": q.cue,
            "cue_start": q.cue_span[0],
            "cue_end": q.cue_span[1],
            "quote": q.quote,
            "quote_start": q.quote_span[0],
            "quote_end": q.quote_span[1],
        }


def _place_rows(doc: Doc) -> Iterator[dict[str, Any]]:
    for p in doc.places:
        yield {
            "doc_id": doc.article.doc_id,
            "raw_text": p.raw_text,
            "name": p.name,
            "country": p.country,
            "lat": p.lat,
            "lon": p.lon,
            "start": p.span[0],
            "end": p.span[1],
            "feature": p.feature,
        }
