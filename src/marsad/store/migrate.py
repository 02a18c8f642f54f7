"""Bring a database to the current schema with the Alembic migrations shipped in the package."""

from __future__ import annotations

from functools import cache

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from marsad.errors import StoreError

SCRIPT_LOCATION = "marsad:migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    return config


@cache
def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> None:
    """``alembic upgrade head`` on ``engine``, unless it is there already (the usual case)."""
    current = current_revision(engine)
    if current == head_revision():
        return
    if current is None and "articles" in inspect(engine).get_table_names():
        raise StoreError(
            f"{engine.url} holds marsad tables from a version without migrations; "
            "code into a new database"
        )
    config = alembic_config()
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            # pysqlite runs CREATE TABLE outside any transaction, so a process killed halfway
            # would leave tables without their revision; an explicit BEGIN makes it all or none.
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
