"""Bring a plan book up to this version of the app, after copying the old file aside."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

from supportplan.errors import StorageError
from supportplan.i18n import _
from supportplan.storage.engine import connect_file


@dataclass(frozen=True)
class UpgradeReport:
    """What happened at start-up: the revision found, the one now, and any copy kept aside."""

    was: str | None
    now: str
    copy_kept: Path | None


# Alembic (with Mako and Pygments) takes a noticeable part of start-up, so it is imported only
# when a book actually needs upgrading; the usual case reads the revisions with plain code.
_REVISION = re.compile(r"^revision\s*(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*(?::[^=]*)?=\s*(.+)$", re.MULTILINE)


def migrations_folder() -> Path:
    return Path(str(resources.files("supportplan.storage") / "migrations"))


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_folder()))
    return config


def head_revision() -> str:
    """The newest migration, read from the migration files themselves."""
    revisions, parents = set(), set()
    for file in (migrations_folder() / "versions").glob("*.py"):
        source = file.read_text("utf-8")
        found = _REVISION.search(source)
        if found is None:
            continue
        revisions.add(found.group(1))
        down = _DOWN.search(source)
        if down:
            parents.update(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1)))
    heads = revisions - parents
    assert len(heads) == 1, f"migrations must have one head, found {sorted(heads)}"
    return heads.pop()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def upgrade(engine: Engine, db_path: Path | None, key: bytes | None = None) -> UpgradeReport:
    """Upgrade the database to the newest schema; copy the file aside first if it held data.

    The copy is made with the book's own driver and key, so an encrypted book's copy is
    encrypted too.

    Raises StorageError when the file comes from a newer app, or is not a plan book at all.
    """
    head = head_revision()
    was = current_revision(engine)
    if was == head:
        return UpgradeReport(was, head, None)
    from alembic import command
    from alembic.script import ScriptDirectory

    config = alembic_config()
    script = ScriptDirectory.from_config(config)
    if was is not None and not _known(script, was):
        raise StorageError(
            _("This plan book was made by a newer Plan Together. Please update the app.")
        )
    if was is None and inspect(engine).get_table_names():
        raise StorageError(
            _("This file is not a plan book from Plan Together. Nothing was changed.")
        )

    copy = None
    if was is not None and db_path is not None:
        copy = _copy_aside(engine, db_path, was, key)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return UpgradeReport(was, head, copy)


def _known(script: ScriptDirectory, revision: str) -> bool:
    from alembic.util import CommandError

    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def _copy_aside(engine: Engine, db_path: Path, revision: str, key: bytes | None) -> Path:
    """A consistent copy of the whole database (WAL included), made with SQLite's backup API."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = db_path.with_name(f"{db_path.name}.before-upgrade-{revision}-{stamp}")
    raw = engine.raw_connection()
    try:
        # The same driver as the plan book's own (never two SQLite libraries in one process).
        destination = connect_file(target, key)
        try:
            raw.driver_connection.backup(destination)
            destination.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            destination.close()
    finally:
        raw.close()
    return target
