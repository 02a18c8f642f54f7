"""Database URLs for tests: a SQLite file, or a fresh PostgreSQL schema dropped afterwards.

PostgreSQL is found at MARSAD_TEST_PG (default: postgres@127.0.0.1:5432/test, as in CI); when
it cannot be reached the PostgreSQL variant skips, unless MARSAD_REQUIRE_PG=1 makes it fail.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

PG = os.environ.get("MARSAD_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


@contextmanager
def database_url(kind: str, tmp_path: Path) -> Iterator[str]:
    if kind == "sqlite":
        yield f"sqlite:///{tmp_path / 'marsad.db'}"
        return
    try:
        import psycopg

        admin = psycopg.connect(PG, autocommit=True, connect_timeout=3)
    except Exception as err:  # no driver or no server
        message = f"PostgreSQL not reachable at {PG}: {err}"
        if os.environ.get("MARSAD_REQUIRE_PG") == "1":
            pytest.fail(message)
        pytest.skip(message)
    schema = f"marsad_test_{uuid.uuid4().hex[:12]}"
    admin.execute(f'CREATE SCHEMA "{schema}"')
    try:
        sep = "&" if "?" in PG else "?"
        yield f"{PG}{sep}options=-csearch_path%3D{schema}"
    finally:
        admin.execute(f'DROP SCHEMA "{schema}" CASCADE')
        admin.close()
