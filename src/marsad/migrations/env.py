"""Alembic environment: runs on the connection marsad.store hands over, or on the URL given
to the ``alembic`` command (``-x url=...``) when developers write a new migration."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from marsad.store.schema import metadata


def _ours(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """Leave the trigram text indexes (made by hand in migrations, one per dialect) out of
    autogenerate."""
    return not (name or "").startswith(("events_fts", "ix_events_text_trgm"))


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=metadata,
        include_object=_ours,
        render_as_batch=True,  # SQLite alters tables by copying them
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///marsad.db")
    with create_engine(url).connect() as conn:
        _run(conn)
        conn.commit()
