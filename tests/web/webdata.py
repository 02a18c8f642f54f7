"""What the web tests share: a hostile article, and a database filled by ``marsad code``."""

from __future__ import annotations

import json
import socket
from dataclasses import dataclass
from pathlib import Path

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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
