"""Make the database engine for a plan book. Never done at import time."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL

from supportplan.errors import StorageError

BUSY_TIMEOUT_MS = 5000


def sqlite_url(path: Path) -> URL:
    return URL.create("sqlite", database=str(path))


def make_engine(url: URL | str) -> Engine:
    """An engine for ``url``; for SQLite files, with the pragmas a plan book needs.

    SQLite runs in WAL mode with synchronous=FULL, so a commit that returned is on disk, and
    with foreign keys on. The driver's own transaction handling is switched off and BEGIN is
    issued by us, so DDL in a migration is rolled back with everything else if it fails.
    """
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    return engine


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys = ON")
            if engine.url.database not in (None, "", ":memory:"):
                cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        connection.exec_driver_sql("BEGIN")


def check_settings(engine: Engine) -> None:
    """Make sure the safety settings took hold; raise StorageError if not."""
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as conn:
        foreign_keys = conn.exec_driver_sql("PRAGMA foreign_keys").scalar()
        synchronous = conn.exec_driver_sql("PRAGMA synchronous").scalar()
        journal = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
    in_memory = engine.url.database in (None, "", ":memory:")
    if foreign_keys != 1 or synchronous != 2 or (not in_memory and journal != "wal"):
        raise StorageError(
            "The plan book could not be opened safely on this computer. Nothing was changed."
        )
