"""The FastAPI application: a JSON API under /api, the dashboard pages, and a JSON twin of
every page at the same path with ``.json``.

Article text is untrusted: templates autoescape everything, scripts only ever set
``textContent``, and page data reaches scripts through ``tojson`` (which escapes ``<``).
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader
from pydantic import BaseModel, ConfigDict, Field, field_validator
from starlette.exceptions import HTTPException
from starlette.middleware.base import RequestResponseEndpoint

from marsad import __version__
from marsad.ingest.limits import MAX_ARTICLE_CHARS
from marsad.model import Article, Doc
from marsad.output import _QUAD_FALLBACK, event_record
from marsad.store import Store
from marsad.store import query as q
from marsad.web.highlight import QUAD_NAMES, notes_of, segments

ASSETS = Path(__file__).resolve().parents[1] / "data" / "web"
MAX_BODY = 1_000_000  # bytes a request may send (an article is far smaller)


def _event_types() -> list[str]:
    try:
        from marsad.events.plover import EVENT_TYPES

        return sorted(EVENT_TYPES)
    except ImportError:
        return sorted(_QUAD_FALLBACK)


class ApiError(HTTPException):
    pass


class ErrorOut(BaseModel):
    """Every error answer: a message for people (never a stack trace)."""

    error: str
    details: list[dict[str, str]] | None = None


# Documented on every operation, so that clients (and schemathesis) know the error answers.
ERRORS: dict[int | str, dict[str, Any]] = {
    status: {
        "description": why,
        "content": {"application/json": {"schema": ErrorOut.model_json_schema()}},
    }
    for status, why in (
        (400, "A filter, cursor or limit that cannot be used"),
        (401, "Missing or wrong token"),
        (403, "Posting is off on this server"),
        (404, "No such item"),
        (411, "A request body without Content-Length"),
        (413, "A request body over the size limit"),
        (422, "Parameters or body of the wrong form"),
        (500, "Internal error (details are logged, not sent)"),
    )
}


def _bad(message: str, status: int = 400) -> ApiError:
    return ApiError(status_code=status, detail=message)


def _date(value: str | None, name: str) -> dt.date | None:
    if not value or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise _bad(f"{name} must be a date written YYYY-MM-DD") from None


def _text(value: str | None) -> str | None:
    value = (value or "").strip()
    return value[:200] or None


def event_filter(
    date_from: Annotated[str | None, Query(alias="from", description="First day")] = None,
    date_to: Annotated[str | None, Query(alias="to", description="Last day")] = None,
    event_type: Annotated[list[str] | None, Query(alias="type", description="Event type")] = None,
    quad: Annotated[list[str] | None, Query(description="Quad class 1-4")] = None,
    actor_country: Annotated[str | None, Query(description="ISO3 of an actor")] = None,
    recipient_country: Annotated[str | None, Query(description="ISO3 of a recipient")] = None,
    country: Annotated[str | None, Query(description="ISO3 of an actor or recipient")] = None,
    sector: Annotated[str | None, Query(description="Sector code (GOV, MIL ...)")] = None,
    name: Annotated[str | None, Query(description="Part of an actor's English name")] = None,
    place: Annotated[str | None, Query(description="Place name or its ISO3")] = None,
    text: Annotated[str | None, Query(description="Arabic text, matched normalised")] = None,
    doc: Annotated[str | None, Query(description="Events of one article")] = None,
    story: Annotated[str | None, Query(description="Events of one story (a story_id)")] = None,
) -> q.EventFilter:
    quads: list[int] = []
    for value in quad or ():
        if value.strip():
            if value.strip() not in ("1", "2", "3", "4"):
                raise _bad("quad must be 1, 2, 3 or 4")
            quads.append(int(value))
    return q.EventFilter(
        date_from=_date(date_from, "from"),
        date_to=_date(date_to, "to"),
        event=tuple(t.strip().upper() for t in event_type or () if t.strip()),
        quad=tuple(quads),
        actor_country=_text(actor_country),
        recipient_country=_text(recipient_country),
        country=_text(country),
        sector=_text(sector),
        name=_text(name),
        place=_text(place),
        text=_text(text),
        doc_id=_text(doc),
        story=_text(story),
    )


Filter = Annotated[q.EventFilter, Depends(event_filter)]
Cursor = Annotated[str | None, Query(description="next_cursor of the previous page")]
Sort = Annotated[str, Query(description="-date (newest first) or date")]


Limit = Annotated[int, Query(ge=1, le=q.MAX_LIMIT, description="Items per page")]


class ArticleIn(BaseModel):
    """An article to code and store."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, max_length=MAX_ARTICLE_CHARS)  # coding cost grows fast
    title: str | None = Field(None, max_length=1_000)
    published: dt.date | None = None
    url: str | None = Field(None, max_length=2_000)
    outlet: str | None = Field(None, max_length=200)
    doc_id: str | None = Field(None, max_length=200, pattern=r"^[\w.:-]+$")

    @field_validator("published", mode="before")
    @classmethod
    def _iso_date(cls, value: object) -> object:
        """Only YYYY-MM-DD: pydantic would also take 0 or a timestamp as a date."""
        if value is not None and not (
            isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)
        ):
            raise ValueError("published must be a date written YYYY-MM-DD")
        return value


def create_app(
    db: str,
    *,
    token: str | None = None,
    pipeline: Callable[[Article], Doc] | None = None,
) -> FastAPI:
    """The app over the database at ``db``; POST /api/articles needs ``token`` (none: off)."""
    store = Store(db)
    app = FastAPI(
        title="marsad",
        version=__version__,
        description="Arabic news coded into PLOVER events: API and dashboard.",
        docs_url=None,  # the Swagger page loads its scripts from a CDN; the schema is served
        redoc_url=None,
        responses=ERRORS,
    )
    app.state.store = store
    app.state.pipeline = pipeline
    templates = Environment(loader=FileSystemLoader(ASSETS / "templates"), autoescape=True)
    app.mount("/static", StaticFiles(directory=ASSETS / "static"), name="static")
    types = _event_types()

    def connect() -> Any:
        return store.engine.connect()

    # -- errors: JSON, never a stack trace ------------------------------------------------

    @app.exception_handler(HTTPException)
    async def _http_error(_r: Request, exc: HTTPException) -> Response:
        # keep the headers (Allow on a 405, WWW-Authenticate on a 401)
        return JSONResponse(
            {"error": exc.detail}, status_code=exc.status_code, headers=exc.headers
        )

    @app.exception_handler(q.QueryError)
    async def _query_error(_r: Request, exc: q.QueryError) -> Response:
        return JSONResponse({"error": exc.message}, status_code=400)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_r: Request, exc: RequestValidationError) -> Response:
        details = [
            {"where": ".".join(str(p) for p in e.get("loc", ())), "problem": e.get("msg", "")}
            for e in exc.errors()
        ]
        return JSONResponse({"error": "invalid request", "details": details}, status_code=422)

    @app.exception_handler(Exception)
    async def _crash(_r: Request, _exc: Exception) -> Response:
        return JSONResponse({"error": "internal error"}, status_code=500)

    @app.middleware("http")
    async def _cap_body(request: Request, call_next: RequestResponseEndpoint) -> Response:
        if request.method in ("POST", "PUT", "PATCH"):
            length = request.headers.get("content-length")
            if length is None or not length.isdigit():
                return JSONResponse({"error": "send a Content-Length"}, status_code=411)
            if int(length) > MAX_BODY:
                return JSONResponse(
                    {"error": f"request larger than {MAX_BODY} bytes"}, status_code=413
                )
        return await call_next(request)

    # -- API ------------------------------------------------------------------------------

    @app.get("/api/events", tags=["events"])
    def api_events(
        f: Filter, sort: Sort = "-date", cursor: Cursor = None, limit: Limit = 50
    ) -> dict[str, Any]:
        """Event lines (PLOVER JSONL records) matching the filters, a page at a time."""
        with connect() as conn:
            return q.list_events(conn, f, sort, cursor, limit).to_dict()

    @app.get("/api/events/{event_id}", tags=["events"])
    def api_event(event_id: str) -> dict[str, Any]:
        with connect() as conn:
            found = q.get_event(conn, event_id)
        if found is None:
            raise _bad("no such event", 404)
        return found

    @app.get("/api/counts/daily", tags=["events"])
    def api_daily(f: Filter) -> dict[str, Any]:
        """Events per day and quad class."""
        with connect() as conn:
            return {"days": q.daily_counts(conn, f)}

    @app.get("/api/network", tags=["events"])
    def api_network(f: Filter, limit: Limit = 100) -> dict[str, Any]:
        """Who acts on whom: actor → recipient pairs with their numbers of events."""
        with connect() as conn:
            return q.network(conn, f, limit)

    @app.get("/api/actors", tags=["actors"])
    def api_actors(f: Filter, cursor: Cursor = None, limit: Limit = 100) -> dict[str, Any]:
        """Actors and recipients of the matching events, most events first."""
        with connect() as conn:
            return q.list_actors(conn, f, cursor, limit).to_dict()

    @app.get("/api/places", tags=["places"])
    def api_places(f: Filter, cursor: Cursor = None, limit: Limit = 100) -> dict[str, Any]:
        """Locations of the matching events, most events first."""
        with connect() as conn:
            return q.list_places(conn, f, cursor, limit).to_dict()

    @app.get("/api/articles", tags=["articles"])
    def api_articles(
        date_from: Annotated[str | None, Query(alias="from")] = None,
        date_to: Annotated[str | None, Query(alias="to")] = None,
        outlet: str | None = None,
        story: Annotated[str | None, Query(description="Articles of one story")] = None,
        sort: Sort = "-date",
        cursor: Cursor = None,
        limit: Limit = 50,
    ) -> dict[str, Any]:
        """Articles, newest first (or oldest with sort=date), with their numbers of events
        and their story_id."""
        with connect() as conn:
            return q.list_articles(
                conn,
                _date(date_from, "from"),
                _date(date_to, "to"),
                _text(outlet),
                cursor,
                limit,
                sort,
                _text(story),
            ).to_dict()

    @app.get("/api/articles/{doc_id}", tags=["articles"])
    def api_article(doc_id: str) -> dict[str, Any]:
        """One article: text, sentences, actors, mentions, events, quotes, places (spans)."""
        with connect() as conn:
            found = q.get_article(conn, doc_id)
        if found is None:
            raise _bad("no such article", 404)
        return found

    @app.post("/api/articles", tags=["articles"], status_code=201)
    def api_code_article(
        article: ArticleIn,
        authorization: Annotated[str | None, Header()] = None,
    ) -> dict[str, Any]:
        """Code an article and store it (replacing one with the same doc_id). Needs
        ``Authorization: Bearer <token>``."""
        if not token:
            raise _bad("posting is off: start the server with --token or MARSAD_API_TOKEN", 403)
        given = (authorization or "").removeprefix("Bearer ").strip()
        if not secrets.compare_digest(given.encode(), token.encode()):
            raise _bad("a valid token is needed (Authorization: Bearer ...)", 401)
        from marsad.pipeline import load_pipeline, make_article

        if app.state.pipeline is None:
            app.state.pipeline = load_pipeline()
        art = make_article(
            article.text,
            published=article.published,
            title=article.title,
            doc_id=article.doc_id,
            url=article.url,
            outlet=article.outlet,
        )
        doc = app.state.pipeline(art)
        store.write_doc(doc)
        return {
            "doc_id": art.doc_id,
            "events": [event_record(doc, ev) for ev in doc.events],
            "errors": [e.to_dict() for e in doc.errors],
            "page": f"/articles/{art.doc_id}",
        }

    # -- dashboard pages and their JSON twins ---------------------------------------------

    def page(request: Request, template: str, data: dict[str, Any], title: str) -> Response:
        if request.url.path.endswith(".json"):
            return JSONResponse(data)
        query = f"?{request.url.query}" if request.url.query else ""
        keep = [
            (k, v)
            for k, v in request.query_params.multi_items()
            if k not in ("cursor", "limit", "sort") and v
        ]
        html = templates.get_template(template).render(
            data=data,
            title=title,
            twin=f"{request.url.path}.json{query}",
            path=request.url.path,
            params=request.query_params,
            nav_query=urlencode(keep),
            types=types,
            quads=QUAD_NAMES,
            version=__version__,
        )
        return HTMLResponse(html)

    def next_link(request: Request, cursor: str | None) -> str | None:
        if cursor is None:
            return None
        items = [(k, v) for k, v in request.query_params.multi_items() if k != "cursor"]
        return f"{request.url.path}?{urlencode([*items, ('cursor', cursor)])}"

    @app.get("/", include_in_schema=False)
    def home() -> Response:
        return RedirectResponse("/events")

    @app.get("/events", tags=["pages"], response_class=HTMLResponse)
    @app.get("/events.json", tags=["pages"])
    def events_page(
        request: Request,
        f: Filter,
        sort: Sort = "-date",
        cursor: Cursor = None,
        limit: Limit = 50,
    ) -> Response:
        with connect() as conn:
            found = q.list_events(conn, f, sort, cursor, limit)
        data = {
            "filters": f.params(),
            "sort": sort,
            "items": found.items,
            "next_cursor": found.next_cursor,
            "next": next_link(request, found.next_cursor),
        }
        return page(request, "events.html", data, "Events")

    @app.get("/timeline", tags=["pages"], response_class=HTMLResponse)
    @app.get("/timeline.json", tags=["pages"])
    def timeline_page(request: Request, f: Filter) -> Response:
        with connect() as conn:
            data = {"filters": f.params(), "days": q.daily_counts(conn, f)}
        return page(request, "timeline.html", data, "Timeline")

    @app.get("/network", tags=["pages"], response_class=HTMLResponse)
    @app.get("/network.json", tags=["pages"])
    def network_page(request: Request, f: Filter, limit: Limit = 60) -> Response:
        with connect() as conn:
            data = {"filters": f.params(), **q.network(conn, f, limit)}
        return page(request, "network.html", data, "Network")

    @app.get("/map", tags=["pages"], response_class=HTMLResponse)
    @app.get("/map.json", tags=["pages"])
    def map_page(request: Request, f: Filter, limit: Limit = 500) -> Response:
        with connect() as conn:
            data = {"filters": f.params(), "places": q.list_places(conn, f, None, limit).items}
        return page(request, "map.html", data, "Map")

    @app.get("/articles", tags=["pages"], response_class=HTMLResponse)
    @app.get("/articles.json", tags=["pages"])
    def articles_page(
        request: Request,
        date_from: Annotated[str | None, Query(alias="from")] = None,
        date_to: Annotated[str | None, Query(alias="to")] = None,
        outlet: str | None = None,
        story: str | None = None,
        cursor: Cursor = None,
        limit: Limit = 50,
    ) -> Response:
        with connect() as conn:
            found = q.list_articles(
                conn,
                _date(date_from, "from"),
                _date(date_to, "to"),
                _text(outlet),
                cursor,
                limit,
                story=_text(story),
            )
        data = {
            "items": found.items,
            "next_cursor": found.next_cursor,
            "next": next_link(request, found.next_cursor),
        }
        return page(request, "articles.html", data, "Articles")

    @app.get("/articles/{doc_id}.json", tags=["pages"])
    def article_twin(request: Request, doc_id: str) -> Response:
        return article_page(request, doc_id)

    @app.get("/articles/{doc_id}", tags=["pages"], response_class=HTMLResponse)
    def article_page(request: Request, doc_id: str) -> Response:
        with connect() as conn:
            found = q.get_article(conn, doc_id)
        if found is None:
            raise _bad("no such article", 404)
        if request.url.path.endswith(".json"):
            return JSONResponse(found)
        query = f"?{request.url.query}" if request.url.query else ""
        html = templates.get_template("article.html").render(
            data=found,
            title=found["title"] or found["doc_id"],
            twin=f"{request.url.path}.json{query}",
            path=request.url.path,
            segments=segments(found["text"], notes_of(found)),
            quads=QUAD_NAMES,
            version=__version__,
        )
        return HTMLResponse(html)

    return app
