"""The dashboard in headless Chromium (Debian's package) driven by Playwright: load, filter,
open an article, see its highlights; hostile markup in an article shows as text and never runs.

A screenshot of the article page is written to the test's tmp folder (path printed) and kept
as tests/web/artifacts/article.png.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from webdata import HOSTILE_NAME, Served

CHROMIUM = os.environ.get("MARSAD_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        message = f"Chromium not found at {CHROMIUM}: apt-get install chromium"
        if os.environ.get("CI") or os.environ.get("MARSAD_REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any, served: Served) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1300, "height": 900}, locale="en-GB")
    # offline: any request that leaves the test server fails the test
    outside: list[str] = []
    context.route(
        "**/*",
        lambda route: (
            route.continue_()
            if route.request.url.startswith(served.url)
            else (outside.append(route.request.url), route.abort())
        ),
    )
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    yield tab
    context.close()
    assert outside == [], f"the dashboard reached outside: {outside}"
    assert errors == [], f"script errors: {errors}"


def test_events_load_filter_and_open_an_article(page: Any, served: Served, tmp_path: Path) -> None:
    page.goto(f"{served.url}/events")
    rows = page.locator("#events-table tbody tr.event")
    assert rows.count() >= 8
    # filter: material conflict only
    page.select_option("select[name=quad]", "4")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**quad=4**")
    quads = page.locator("#events-table tbody tr.event td:nth-child(3)").all_inner_texts()
    assert quads and set(quads) == {"4"}
    # Arabic search finds الرّئيس (with shadda) from الرئيس
    page.goto(f"{served.url}/events")
    page.fill("input[name=text]", "الرئيس المصري")
    page.click("#filters button[type=submit]")
    assert page.locator("#events-table tbody tr.event").count() >= 1
    # open the example article from its event
    page.goto(f"{served.url}/events?place=Dilling")
    page.locator("a.article-link").first.click()
    page.wait_for_url("**/articles/**")
    body = page.locator("#article-body")
    assert body.get_attribute("dir") == "rtl"
    for kind in ("actor", "event", "place"):
        assert page.locator(f"#article-body mark.hl-{kind}").count() >= 1, kind
    trigger = page.locator("#article-body mark.hl-event").first
    assert "event: " in (trigger.get_attribute("title") or "")
    gloss = page.locator("#article-body mark.hl-place").first.get_attribute("title") or ""
    assert "place: " in gloss and ", SDN" in gloss  # glossed in English
    # the page lists every event its JSON twin holds for the article
    twin = page.request.get(page.url + ".json").json()
    assert len(twin["events"]) >= 5
    assert page.locator("#article-events li").count() == len(twin["events"])
    trigger.hover()
    assert page.locator("#gloss").inner_text().startswith("event: ")
    shot = tmp_path / "article.png"
    page.screenshot(path=str(shot), full_page=True)
    ARTIFACTS.mkdir(exist_ok=True)
    shutil.copy(shot, ARTIFACTS / "article.png")
    print(f"screenshot: {shot} (latest kept as {ARTIFACTS / 'article.png'})")


def test_charts_draw_from_their_data(page: Any, served: Served) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(f"{served.url}/timeline")
    assert page.locator("#timeline-svg rect.bar").count() >= 1
    page.goto(f"{served.url}/network")
    assert page.locator("#network-svg circle.node").count() >= 2
    assert page.locator("#network-svg path.edge").count() >= 1
    labels = page.locator("#network-svg text").all_text_contents()
    assert HOSTILE_NAME in labels  # drawn as text
    page.screenshot(path=str(ARTIFACTS / "network.png"))
    page.goto(f"{served.url}/map")
    page.wait_for_selector("#map-svg circle.dot")
    assert page.locator("#map-svg path.land").count() > 100  # the shipped base map
    dots = page.locator("#map-svg circle.dot title").all_text_contents()
    assert any("Dilling" in t for t in dots)
    page.screenshot(path=str(ARTIFACTS / "map.png"))


def test_every_page_links_its_json_twin(page: Any, served: Served) -> None:
    for path in ("/events", "/timeline", "/network", "/map", "/articles", "/articles/evil-001"):
        page.goto(served.url + path)
        twin = page.locator("#json-twin").get_attribute("href")
        assert twin == f"{path}.json"
        response = page.request.get(served.url + twin)
        assert response.ok and response.headers["content-type"].startswith("application/json")


def test_markup_in_an_article_is_shown_as_text_and_never_run(page: Any, served: Served) -> None:
    page.goto(f"{served.url}/articles/evil-001")
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#article-body script, #article-body img, h1 b, h1 script").count() == 0
    body = page.locator("#article-body").inner_text()
    assert '<script>window.__pwned = "body"</script>' in body
    assert "<img src=x onerror=" in body
    assert page.locator("#article-title").inner_text() == (
        '<b>عنوان</b><script>window.__pwned = "title"</script>'
    )
    assert page.locator("a[href^='javascript:']").count() == 0  # its URL is not a link
    # the table, the network (drawn by script) and the map: still nothing runs
    for path in ("/events", "/articles", "/network", "/map", "/timeline"):
        page.goto(served.url + path)
        assert page.evaluate("window.__pwned") is None, path
