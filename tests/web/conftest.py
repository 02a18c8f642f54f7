"""A database filled by ``marsad code`` (the real pipeline), and a live ``marsad serve`` app on it."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from webdata import Served, fill, free_port


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

    port = free_port()
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
