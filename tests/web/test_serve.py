"""``marsad serve`` as a user runs it: a process on a local port over a coded database."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import httpx
from webdata import free_port


def test_marsad_serve_answers_and_guards_posting(coded_db: str) -> None:
    port = free_port()
    env = {**os.environ, "MARSAD_API_TOKEN": "from-env"}
    serve = ["serve", "--db", coded_db, "--host", "127.0.0.1", "--port", str(port)]
    server = subprocess.Popen(
        [sys.executable, "-c", "from marsad.cli import main; main()", *serve],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as client:
            deadline = time.monotonic() + 30
            while True:
                try:
                    events = client.get("/api/events", params={"place": "Dilling"})
                    break
                except httpx.TransportError:
                    assert server.poll() is None and time.monotonic() < deadline
                    time.sleep(0.2)
            assert events.status_code == 200 and len(events.json()["items"]) >= 2
            assert client.get("/events").headers["content-type"].startswith("text/html")
            denied = client.post("/api/articles", json={"text": "نص"})
            assert denied.status_code == 401
            ok = client.post(
                "/api/articles",
                json={"text": "دعا الرئيس المصري إلى وقف إطلاق النار.", "doc_id": "posted-1"},
                headers={"Authorization": "Bearer from-env"},
            )
            assert ok.status_code == 201, ok.text
            assert client.get("/api/articles/posted-1").json()["doc_id"] == "posted-1"
    finally:
        server.terminate()
        server.wait(timeout=10)
