"""Storage of coded articles in a SQL database (SQLite by default, via SQLAlchemy)."""

from __future__ import annotations

from marsad.store.database import DEFAULT_URL, Store

__all__ = ["DEFAULT_URL", "Store"]
