"""Shared fixtures. Tests that need ../shared skip without it, unless MARSAD_REQUIRE_SHARED=1."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path inside ../shared, or skip (fail under MARSAD_REQUIRE_SHARED=1) when absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        message = f"{path} not found: put the project's shared/ folder beside the repo"
        if os.environ.get("MARSAD_REQUIRE_SHARED") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture
def gold_dir() -> Path:
    return shared_path("gold", "dev")


@pytest.fixture
def seed_text() -> str:
    import json

    with shared_path("gold", "dev", "seed.jsonl").open(encoding="utf-8") as fh:
        return str(json.loads(fh.readline())["text"])
