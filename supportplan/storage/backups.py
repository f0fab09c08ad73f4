"""Backups of the plan book with SQLite's online backup API: on close, daily, and by hand.

A backup is a whole, self-contained copy made with the book's own driver and key, so an
encrypted book's backups are encrypted with the same key. Each is written under a temporary
name, checked with integrity_check, and only then given its real name; a backup that fails the
check is removed and the problem reported. Automatic backups keep the newest N (the
``backups_kept`` setting). An encrypted backup has a copy of the key file beside it
(``.keys``) so it can be opened on another computer with a staff password or the recovery key.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from supportplan.errors import DamagedBook, StorageError
from supportplan.i18n import _
from supportplan.storage.engine import connect_file, driver

if TYPE_CHECKING:
    from supportplan.book import PlanBook

STAMP = "%Y%m%d-%H%M%S-%f"
SUFFIX = ".backup"


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: datetime


@dataclass(frozen=True)
class BackupContents:
    """What a backup holds, shown before anything is restored from it."""

    path: Path
    made_at: datetime
    people: int
    plans: int
    versions: int


def backup_folder(book_path: Path) -> Path:
    return book_path.parent / "backups"


def backup_name(book_path: Path, made_at: datetime) -> str:
    return f"{book_path.stem}-{made_at.strftime(STAMP)}{SUFFIX}"


def made_at_of(path: Path) -> datetime:
    """The time in the file name (UTC); the file's own time if the name was changed."""
    stamp = path.name.removesuffix(SUFFIX)[-len("20240101-120000-000000") :]
    try:
        return datetime.strptime(stamp, STAMP).replace(tzinfo=UTC)
    except ValueError:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC)


def backups_of(book_path: Path) -> list[Backup]:
    """The automatic backups of this book, newest first."""
    folder = backup_folder(book_path)
    if not folder.is_dir():
        return []
    found = folder.glob(f"{book_path.stem}-*{SUFFIX}")
    return sorted((Backup(p, made_at_of(p)) for p in found), key=lambda b: b.made_at, reverse=True)


def integrity_ok(connection: Any) -> bool:
    rows = connection.execute("PRAGMA integrity_check").fetchall()
    return rows == [("ok",)]


class BackupService:
    """``book.backups``: make, list and describe backups of the open book."""

    def __init__(self, book: PlanBook) -> None:
        self._book = book

    def make(self, folder: Path | None = None) -> Backup:
        """Back up now: to the automatic folder (then keep the newest N), or to ``folder``."""
        book_path = self._path()
        made_at = datetime.now(UTC)
        target = (folder or backup_folder(book_path)) / backup_name(book_path, made_at)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            self._copy_to(target)
        except OSError as error:
            raise StorageError(
                _("The backup could not be saved to {place}. Check there is space.").format(
                    place=target.parent
                )
            ) from error
        with self._book.write() as session:
            self._book.audit(session, "backup", "book", None)
        if folder is None:
            self._keep_newest(self._book.settings.get("backups_kept"))
        return Backup(target, made_at)

    def list(self) -> list[Backup]:
        return backups_of(self._path())

    def due(self, every: timedelta = timedelta(days=1)) -> bool:
        """True when the newest automatic backup is older than ``every`` (or there is none)."""
        newest = self.list()[:1]
        return not newest or datetime.now(UTC) - newest[0].made_at >= every

    def describe(self, path: Path) -> BackupContents:
        return describe(path, self._book.key)

    def _path(self) -> Path:
        if self._book.path is None:
            raise StorageError(_("This plan book is not a file, so it cannot be backed up here."))
        return self._book.path

    def _copy_to(self, target: Path) -> None:
        temp = target.with_name(target.name + ".part")
        temp.unlink(missing_ok=True)
        raw = self._book.engine.raw_connection()
        try:
            copy = connect_file(temp, self._book.key)
            try:
                raw.driver_connection.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
                good = integrity_ok(copy)
            finally:
                copy.close()
        finally:
            raw.close()
        if not good:
            temp.unlink(missing_ok=True)
            raise DamagedBook(_("The backup did not check out, so it was not kept. Try again."))
        temp.replace(target)
        if self._book.key_file is not None:
            shutil.copyfile(self._book.key_file.path, target.with_name(target.name + ".keys"))

    def _keep_newest(self, count: int) -> None:
        for old in self.list()[count:]:
            old.path.unlink(missing_ok=True)
            old.path.with_name(old.path.name + ".keys").unlink(missing_ok=True)


def describe(path: Path, key: bytes | None) -> BackupContents:
    """Count what a backup holds, with the book's driver and key; DamagedBook if it is broken."""
    try:
        connection = connect_file(path, key)
    except Exception as error:  # the driver's own error types differ
        raise DamagedBook(_("This backup cannot be read.")) from error
    try:
        if not integrity_ok(connection):
            raise DamagedBook(_("This backup is damaged."))

        def count(table: str) -> int:
            return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

        return BackupContents(
            path, made_at_of(path), count("person"), count("plan"), count("plan_version")
        )
    except driver(key).DatabaseError as error:
        raise DamagedBook(
            _("This backup cannot be read. It may be from another plan book.")
        ) from error
    finally:
        connection.close()
