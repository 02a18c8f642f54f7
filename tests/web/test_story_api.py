"""Stories in the API and on the dashboard (SQLite and PostgreSQL): story_id on events and
articles, the ``story`` filter, and the article page's link to its story."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from databases import database_url
from marsad.model import Doc
from marsad.store import Store
from marsad.web.app import create_app
from sample_doc import make_doc

STORY = "story-0123456789ab"


def doc(doc_id: str, day: int, event: str = "ACCUSE") -> Doc:
    d = make_doc(published=dt.date(2024, 5, day))
    d.article = dataclasses.replace(d.article, doc_id=doc_id)
    d.events[0].event = event
    return d


@pytest.fixture(params=["sqlite", "postgresql"])
def client(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[TestClient]:
    with database_url(request.param, tmp_path) as url:
        with Store(url) as store:
            # copies of one story (as a batch run writes them), another story, and none
            store.write_docs(
                [doc("copy-1", 1), doc("copy-2", 2, "ASSAULT"), doc("other", 3)],
                stories={"copy-1": STORY, "copy-2": STORY, "other": "story-ffffffffffff"},
            )
            store.write_doc(doc("loose", 4))
        app = create_app(url)
        with TestClient(app, raise_server_exceptions=False) as c:
            yield c
        app.state.store.close()


def test_events_carry_and_filter_by_story(client: TestClient) -> None:
    items = client.get("/api/events", params={"story": STORY}).json()["items"]
    assert [(e["doc_id"], e["story_id"]) for e in items] == [
        ("copy-2", STORY),
        ("copy-1", STORY),
    ]
    one = client.get(f"/api/events/{items[0]['id']}").json()
    assert one["story_id"] == STORY
    every = client.get("/api/events").json()["items"]
    assert {e["doc_id"]: e.get("story_id") for e in every} == {
        "copy-1": STORY,
        "copy-2": STORY,
        "other": "story-ffffffffffff",
        "loose": None,
    }
    # with other filters, and in the aggregates
    both = client.get("/api/events", params={"story": STORY, "type": "ASSAULT"}).json()
    assert [e["doc_id"] for e in both["items"]] == ["copy-2"]
    days = client.get("/api/counts/daily", params={"story": STORY}).json()["days"]
    assert [(d["date"], d["total"]) for d in days] == [("2024-05-01", 1), ("2024-05-02", 1)]
    assert client.get("/api/events", params={"story": "story-none"}).json()["items"] == []


def test_articles_carry_and_filter_by_story(client: TestClient) -> None:
    items = client.get("/api/articles").json()["items"]
    assert {a["doc_id"]: a["story_id"] for a in items} == {
        "copy-1": STORY,
        "copy-2": STORY,
        "other": "story-ffffffffffff",
        "loose": None,
    }
    mine = client.get("/api/articles", params={"story": STORY, "sort": "date"}).json()
    assert [a["doc_id"] for a in mine["items"]] == ["copy-1", "copy-2"]
    article = client.get("/api/articles/copy-2").json()
    assert article["story_id"] == STORY and article["events"][0]["story_id"] == STORY
    assert client.get("/api/articles/loose").json()["story_id"] is None


def test_openapi_documents_the_story_filter(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/articles", "/api/counts/daily"):
        params = {p["name"]: p for p in spec["paths"][path]["get"]["parameters"]}
        assert params["story"]["in"] == "query"
        assert params["story"]["required"] is False


def test_article_page_links_to_its_story(client: TestClient) -> None:
    page = client.get("/articles/copy-1").text
    assert f'href="/events?story={STORY}"' in page
    assert f'href="/articles?story={STORY}"' in page
    assert "/events?story=" not in client.get("/articles/loose").text
    events = client.get("/events", params={"story": STORY}).text
    assert "/articles/copy-1" in events and "/articles/copy-2" in events
    assert "/articles/other" not in events and "/articles/loose" not in events
    assert f'name="story" size="18" value="{STORY}"' in events  # kept by the filter form
    listed = client.get("/articles", params={"story": STORY}).text
    assert "/articles/copy-1" in listed and "/articles/other" not in listed
