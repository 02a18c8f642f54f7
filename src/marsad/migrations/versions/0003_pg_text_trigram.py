"""PostgreSQL: a trigram index (pg_trgm, GIN) over the events' normalised text.

The Arabic text filter is ``text_norm LIKE '%needle%'``: no B-tree serves a pattern with a
leading wildcard, so without this index every search reads every event. SQLite has its own
trigram index since 0001 (``events_fts``) and is left unchanged.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 08:55:00

"""

import logging
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_events_text_trgm"
log = logging.getLogger("marsad.store")


def _trgm_schema(conn: sa.Connection) -> str | None:
    """The schema pg_trgm is installed in (installing it if it is not), or None if it cannot
    be: a role without the right to create extensions gets searches that scan, not an error."""
    query = sa.text(
        "SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'pg_trgm'"
    )
    found = conn.execute(query).scalar()
    if found is not None:
        return str(found)
    reason = ""
    # an extension is database-wide: public first, so that it outlives a dropped app schema
    for statement in ("CREATE EXTENSION pg_trgm SCHEMA public", "CREATE EXTENSION pg_trgm"):
        try:
            with conn.begin_nested():
                conn.execute(sa.text(statement))
        except sa.exc.DBAPIError as err:
            reason = str(err.orig).splitlines()[0] if err.orig else str(err)
            continue
        return str(conn.execute(query).scalar_one())
    log.warning(
        "marsad: no pg_trgm extension (%s): Arabic text searches will scan the events table; "
        "as a superuser run CREATE EXTENSION pg_trgm; CREATE INDEX %s ON events USING gin "
        "(text_norm gin_trgm_ops)",
        reason,
        INDEX,
    )
    return None


def upgrade() -> None:
    """Upgrade schema."""
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    schema = _trgm_schema(conn)
    if schema is None:
        return
    # the operator class is named with its schema: the app's search_path may not include it
    op.execute(f"CREATE INDEX {INDEX} ON events USING gin (text_norm {schema}.gin_trgm_ops)")


def downgrade() -> None:
    """Downgrade schema."""
    if op.get_bind().dialect.name != "postgresql":
        return
    # the extension stays: it is database-wide, and other tables may use it
    op.execute(f"DROP INDEX IF EXISTS {INDEX}")
