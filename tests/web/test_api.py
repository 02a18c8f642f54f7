"""The HTTP API on SQLite and PostgreSQL: filters, sorting, cursor pages, aggregates, JSON
twins, and the token-guarded POST that codes and stores an article."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from databases import database_url
from marsad.model import Article, Doc
from marsad.store import Store
from marsad.web.app import create_app
from sample_doc import TEXT, make_doc

TYPES = [("ACCUSE", 3), ("ASSAULT", 4), ("CONSULT", 1)]
COUNTRIES = ["USA", "ISR", "EGY", "RUS"]


def varied_doc(i: int) -> Doc:
    """make_doc's article under another id, date, event type and actor country."""
    doc = make_doc(published=dt.date(2024, 1, 1) + dt.timedelta(days=i % 10))
    doc.article = dataclasses.replace(doc.article, doc_id=f"a{i:03d}")
    ev = doc.events[0]
    ev.event = TYPES[i % 3][0]
    ev.actor[0].country = COUNTRIES[i % 4]
    if i % 5 == 0:
        ev.text = ev.text.replace("الجوية", "الجوّية")  # a shadda the search must see through
    return doc


def fake_pipeline(article: Article) -> Doc:
    doc = make_doc(published=article.published)
    doc.article = dataclasses.replace(doc.article, doc_id=article.doc_id, title=article.title)
    return doc


@pytest.fixture(params=["sqlite", "postgresql"])
def client(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[TestClient]:
    with database_url(request.param, tmp_path) as url:
        with Store(url) as store:
            for i in range(30):
                store.write_doc(varied_doc(i))
        app = create_app(url, token="s3cret", pipeline=fake_pipeline)
        with TestClient(app, raise_server_exceptions=False) as c:
            yield c
        app.state.store.close()


def all_pages(client: TestClient, path: str, **params: Any) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    cursor = None
    while True:
        page = client.get(path, params={**params, **({"cursor": cursor} if cursor else {})})
        assert page.status_code == 200, page.text
        body = page.json()
        items += body["items"]
        cursor = body["next_cursor"]
        if cursor is None:
            return items


def test_events_pages_cover_everything_once_in_date_order(client: TestClient) -> None:
    items = all_pages(client, "/api/events", limit=7)
    assert len(items) == 30 and len({e["id"] for e in items}) == 30
    dates = [e["date"] for e in items]
    assert dates == sorted(dates, reverse=True)
    oldest_first = all_pages(client, "/api/events", limit=4, sort="date")
    assert [e["id"] for e in oldest_first] == [e["id"] for e in reversed(items)]


def test_event_filters(client: TestClient) -> None:
    def ids(**params: Any) -> set[str]:
        return {e["doc_id"] for e in all_pages(client, "/api/events", **params)}

    assert ids(type="ASSAULT") == {f"a{i:03d}" for i in range(30) if i % 3 == 1}
    assert ids(quad=["1", "3"]) == {f"a{i:03d}" for i in range(30) if i % 3 != 1}
    assert ids(actor_country="egy") == {f"a{i:03d}" for i in range(30) if i % 4 == 2}
    assert ids(recipient_country="RUS") == ids()
    assert ids(actor_country="RUS", recipient_country="RUS") == {
        f"a{i:03d}" for i in range(30) if i % 4 == 3
    }
    assert ids(**{"from": "2024-01-09", "to": "2024-01-10"}) == {
        f"a{i:03d}" for i in range(30) if i % 10 >= 8
    }
    assert len(ids(name="air def", sector="MIL", place="Tripoli")) == 30
    assert ids(place="Cairo") == set()
    assert len(ids(text="الجوية الروسية")) == 30  # الجوّية too, once normalised
    assert len(ids(text="الجوّية")) == 30


def test_errors_are_json_without_traces(client: TestClient) -> None:
    for path, status in [
        ("/api/events?from=yesterday", 400),
        ("/api/events?quad=7", 400),
        ("/api/events?sort=loudness", 400),
        ("/api/events?cursor=not-a-cursor", 400),
        ("/api/events?limit=0", 422),
        ("/api/events/nope", 404),
        ("/api/articles/nope", 404),
    ]:
        r = client.get(path)
        assert r.status_code == status, path
        assert "error" in r.json() and "Traceback" not in r.text


def test_aggregates(client: TestClient) -> None:
    days = client.get("/api/counts/daily").json()["days"]
    assert len(days) == 10 and sum(d["total"] for d in days) == 30
    assert days[0]["date"] == "2024-01-01" and days[0]["quad"] == {"1": 1, "3": 1, "4": 1}
    net = client.get("/api/network", params={"quad": 4}).json()
    assert sum(e["events"] for e in net["edges"]) == 10
    assert {e["target"] for e in net["edges"]} == {"Russian air defence"}
    places = client.get("/api/places").json()["items"]
    assert places == [
        {"name": "Tripoli", "country": "LBY", "lat": 32.8872, "lon": 13.1913, "events": 30}
    ]
    actors = all_pages(client, "/api/actors", limit=2)
    assert sum(a["as_actor"] for a in actors) == 30
    assert {(a["entity_name"], a["as_recipient"]) for a in actors if a["as_recipient"]} == {
        ("Russian air defence", 30)
    }


def test_articles_and_their_twins(client: TestClient) -> None:
    arts = all_pages(client, "/api/articles", limit=8)
    assert len(arts) == 30 and arts[0]["published"] == "2024-01-10"
    oldest = all_pages(client, "/api/articles", limit=8, sort="date")
    assert [a["doc_id"] for a in oldest] == [a["doc_id"] for a in reversed(arts)]
    june = all_pages(client, "/api/articles", **{"from": "2024-01-02", "to": "2024-01-03"})
    assert {a["published"] for a in june} == {"2024-01-02", "2024-01-03"} and len(june) == 6
    one = client.get("/api/articles/a001").json()
    assert one["text"] == TEXT
    assert [p["name"] for p in one["places"]] == ["Tripoli"]
    assert one["events"][0]["event"] == ["ASSAULT"]
    assert client.get("/articles/a001.json").json() == one
    api = client.get("/api/events", params={"type": "ASSAULT", "limit": 5}).json()
    twin = client.get("/events.json", params={"type": "ASSAULT", "limit": 5}).json()
    assert twin["items"] == api["items"] and twin["filters"] == {"event": ["ASSAULT"]}
    assert client.get("/timeline.json").json()["days"] == client.get("/api/counts/daily").json()[
        "days"
    ]


def test_openapi_lists_the_endpoints(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/events", "/api/articles", "/api/actors", "/api/places", "/api/counts/daily"):
        assert path in paths
    assert "post" in paths["/api/articles"]


def test_post_codes_and_stores_behind_the_token(client: TestClient) -> None:
    body = {"text": TEXT, "title": "جديد", "published": "2024-02-01", "doc_id": "new-1"}
    assert client.post("/api/articles", json=body).status_code == 401
    bad = client.post("/api/articles", json=body, headers={"Authorization": "Bearer nope"})
    assert bad.status_code == 401 and bad.json()["error"].startswith("a valid token")
    ok = client.post("/api/articles", json=body, headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 201, ok.text
    assert ok.json()["doc_id"] == "new-1" and ok.json()["events"][0]["event"] == ["ACCUSE"]
    stored = client.get("/api/articles/new-1").json()
    assert stored["title"] == "جديد" and stored["published"] == "2024-02-01"
    assert len(all_pages(client, "/api/events")) == 31
    auth = {"Authorization": "Bearer s3cret"}
    too_big = client.post("/api/articles", json={"text": "x" * 1_100_000}, headers=auth)
    assert too_big.status_code == 413
    invalid = client.post("/api/articles", json={"text": "", "extra": 1}, headers=auth)
    assert invalid.status_code == 422 and "Traceback" not in invalid.text


def test_post_is_off_without_a_token(tmp_path: Path) -> None:
    app = create_app(f"sqlite:///{tmp_path / 'm.db'}", pipeline=fake_pipeline)
    with TestClient(app) as c:
        r = c.post("/api/articles", json={"text": TEXT}, headers={"Authorization": "Bearer "})
    assert r.status_code == 403 and "MARSAD_API_TOKEN" in r.json()["error"]
