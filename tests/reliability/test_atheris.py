"""Coverage-guided fuzzing with atheris (libFuzzer) when it is installed; skipped otherwise
(it is not a declared dependency: ``pip install atheris`` to run it)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from fuzz_cases import tried

HARNESS = Path(__file__).resolve().parent / "atheris_ingest.py"


def test_atheris_ingest_and_code(tmp_path: Path) -> None:
    pytest.importorskip("atheris", reason="atheris is not installed (pip install atheris)")
    seeds = tmp_path / "corpus"
    seeds.mkdir()
    (seeds / "a").write_bytes("\x00قصفت القوات الروسية مدينة حلب. قال الرئيس «لا».".encode())
    (seeds / "b").write_bytes(b'\x03{"text": "\\u0642\\u0635\\u0641\\u062a \\u0627"}\n')
    (seeds / "c").write_bytes(b"\x02<html><body><p>" + "خبر".encode() + b"</p></body></html>")
    done = subprocess.run(
        [sys.executable, str(HARNESS), "-runs=2000", "-max_total_time=10", "-rss_limit_mb=4096",
         f"-artifact_prefix={tmp_path}/", str(seeds)],
        capture_output=True, text=True, timeout=180,
    )
    runs = re.findall(r"Done (\d+) runs", done.stderr)
    tried("atheris: libFuzzer on ingestion + marsad.code", int(runs[-1]) if runs else 0)
    assert done.returncode == 0, done.stderr[-3000:]
    assert runs, done.stderr[-2000:]
