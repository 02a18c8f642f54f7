"""An app over a database that holds a hostile article (markup and SQL in its text, title and
actor names), for the abuse tests. Case counts join the reliability summary."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from fastapi import FastAPI

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reliability"))

from fuzz_cases import report

TOKEN = "t0ken-for-tests"
SCRIPT = '<script>window.__pwned = "x"</script>'
HOSTILE_TEXT = (
    f"قصفت القوات الروسية مدينة حلب يوم الاثنين. {SCRIPT} "
    "وقال الرئيس <img src=x onerror=alert(1)> إن الهجوم فشل'; DROP TABLE events; --"
)


@pytest.fixture(scope="session")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    from marsad.pipeline import load_pipeline, make_article
    from marsad.store import Store
    from sample_doc import make_doc

    db = f"sqlite:///{tmp_path_factory.mktemp('security') / 'marsad.db'}"
    article = make_article(
        HOSTILE_TEXT, published="2024-03-04", title=f"<b>عنوان</b>{SCRIPT}", doc_id="evil-1",
        url="javascript:alert(1)", outlet="<i>outlet</i>",
    )
    doc = load_pipeline()(article)
    assert doc.events, "the hostile article should code to at least one event"
    named = make_doc()
    named.events[0].actor[0].entity_name = "<img src=x onerror=alert(2)>' OR '1'='1"
    with Store(db) as store:
        store.write_doc(doc)
        store.write_doc(named)
    return db


@pytest.fixture(scope="session")
def app(hostile_db: str) -> FastAPI:
    from marsad.web.app import create_app

    return create_app(hostile_db, token=TOKEN)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    report(terminalreporter)
