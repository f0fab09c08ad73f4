"""Make the database engine for a plan book. Never done at import time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL

from supportplan.errors import StorageError
from supportplan.i18n import _

BUSY_TIMEOUT_MS = 5000
KEY_BYTES = 32


def sqlite_url(path: Path) -> URL:
    return URL.create("sqlite", database=str(path))


def cipher_module() -> Any:
    """The SQLCipher driver (PyPI ``sqlcipher3``): SQLite with encryption, and its own OpenSSL."""
    import sqlcipher3

    return sqlcipher3


def key_pragma(key: bytes) -> str:
    """SQLCipher's raw-key form: the 32 random bytes are the key itself, no passphrase step."""
    if len(key) != KEY_BYTES:
        raise ValueError("a plan book key is 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def make_engine(url: URL | str, key: bytes | None = None) -> Engine:
    """An engine for ``url``; for SQLite files, with the pragmas a plan book needs.

    With ``key`` the file is opened with SQLCipher and encrypted with that key. Without it the
    standard sqlite3 module is used (practice books and tests only). One file is only ever
    opened with one of the two drivers in a process: both keep POSIX locks, and closing a file
    in one library silently drops the other's locks.

    SQLite runs in WAL mode with synchronous=FULL, so a commit that returned is on disk, and
    with foreign keys and secure_delete on. The driver's own transaction handling is switched
    off and BEGIN is issued by us (SQLAlchemy's recipe; sqlcipher3 only has the legacy mode),
    so DDL in a migration is rolled back with everything else if it fails.
    """
    engine = create_engine(url, module=cipher_module()) if key is not None else create_engine(url)
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine, key)
    return engine


def prepare_connection(dbapi_connection: Any, key: bytes | None) -> None:
    """Key a fresh driver connection (when encrypted) before anything else touches the file."""
    if key is None:
        return
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not a log
        cursor.execute(key_pragma(key))
    finally:
        cursor.close()


def _configure_sqlite(engine: Engine, key: bytes | None) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None
        prepare_connection(dbapi_connection, key)
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys = ON")
            # Freed pages are zeroed, so removed text does not linger in the file.
            cursor.execute("PRAGMA secure_delete = ON")
            if engine.url.database not in (None, "", ":memory:"):
                cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        connection.exec_driver_sql("BEGIN")


def driver(key: bytes | None) -> Any:
    """The one driver used for a file: SQLCipher for an encrypted book, sqlite3 for a plain one."""
    if key is not None:
        return cipher_module()
    import sqlite3

    return sqlite3


def connect_file(path: Path, key: bytes | None) -> Any:
    """A bare driver connection to a file (a backup, a copy), with the book's own driver and key.

    A file is only ever opened with the driver its book uses: one SQLite library per file.
    """
    connection = driver(key).connect(str(path))
    connection.isolation_level = None
    prepare_connection(connection, key)
    return connection


def check_settings(engine: Engine, encrypted: bool = False) -> None:
    """Make sure the safety settings took hold; raise StorageError if not."""
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as conn:
        foreign_keys = conn.exec_driver_sql("PRAGMA foreign_keys").scalar()
        synchronous = conn.exec_driver_sql("PRAGMA synchronous").scalar()
        journal = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
        cipher = conn.exec_driver_sql("PRAGMA cipher_version").scalar() if encrypted else "-"
    in_memory = engine.url.database in (None, "", ":memory:")
    if foreign_keys != 1 or synchronous != 2 or (not in_memory and journal != "wal") or not cipher:
        raise StorageError(
            _("The plan book could not be opened safely on this computer. Nothing was changed.")
        )
