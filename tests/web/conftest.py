"""A database filled by ``marsad code`` (the real pipeline), and a live ``marsad serve`` app on it."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli import main

REPO = Path(__file__).resolve().parents[2]

# Article text is untrusted: this one carries markup that must show as text and never run.
EVIL_TITLE = '<b>عنوان</b><script>window.__pwned = "title"</script>'
EVIL_TEXT = (
    "قصفت الطائرات الإسرائيلية مواقع لحركة حماس في غزة يوم الاثنين. "
    '<script>window.__pwned = "body"</script> '
    'وقال المتحدث باسم الجيش <img src=x onerror="window.__pwned = \'img\'"> إن العملية مستمرة.\n\n'
    "ودعا الرّئيس المصري إلى وقف إطلاق النار في غزة."
)


# ... and so can whatever reaches an actor's name; this one is drawn by the network script.
HOSTILE_NAME = "<img src=x onerror=\"window.__pwned = 'network'\">"


@dataclass
class Served:
    url: str
    db: str


def fill(db: str, tmp: Path) -> None:
    """Code the example article and the hostile one into ``db``, as a user would."""
    batch = tmp / "batch.jsonl"
    line = {
        "doc_id": "evil-001",
        "title": EVIL_TITLE,
        "text": EVIL_TEXT,
        "published": "2023-05-08",
        "url": "javascript:alert(1)",
        "outlet": "example.org",
    }
    batch.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    example = REPO / "examples" / "ceasefire_talks.txt"
    result = CliRunner().invoke(
        main, ["code", str(example), str(batch), "--db", db, "--out", str(tmp / "ev.jsonl")]
    )
    assert result.exit_code == 0, result.output
    from marsad.store import Store
    from sample_doc import make_doc

    doc = make_doc()
    doc.events[0].actor[0].entity_name = HOSTILE_NAME
    with Store(db) as store:
        store.write_doc(doc)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def coded_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    tmp = tmp_path_factory.mktemp("coded")
    db = f"sqlite:///{tmp / 'marsad.db'}"
    fill(db, tmp)
    return db


@pytest.fixture(scope="session")
def served(coded_db: str) -> Iterator[Served]:
    """``marsad serve`` on the coded database, in a thread, on a free local port."""
    import uvicorn

    from marsad.web.app import create_app

    port = _free_port()
    config = uvicorn.Config(
        create_app(coded_db, token="s3cret"), host="127.0.0.1", port=port, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield Served(f"http://127.0.0.1:{port}", coded_db)
    server.should_exit = True
    thread.join(timeout=10)
