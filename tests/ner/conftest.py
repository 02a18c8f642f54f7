"""NER test helpers: the shared data folder (skip without it unless MARSAD_REQUIRE_SHARED=1)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED_DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not (SHARED_DATA / "anercorp").is_dir():
        message = f"{SHARED_DATA} not found: put the project's shared/ folder beside the repo"
        if os.environ.get("MARSAD_REQUIRE_SHARED") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return SHARED_DATA
