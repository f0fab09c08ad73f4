"""Putting a backup back, and setting a damaged plan book aside. Nothing is ever overwritten.

The plan book must be closed first; its lock is held while the files move, so no other
window or command can open it half-way.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from supportplan.errors import DamagedBook
from supportplan.i18n import _
from supportplan.storage.backups import BackupContents, backups_of, describe, integrity_ok
from supportplan.storage.book_lock import BookLock
from supportplan.storage.engine import connect_file

SIDE_FILES = ("-wal", "-shm")  # the WAL may hold saved changes: it moves with its file


def set_aside(book_path: Path, why: str) -> Path:
    """Rename the book (and its WAL) to ``<name>.<why>-<time>`` beside it, and return that."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    aside = book_path.with_name(f"{book_path.name}.{why}-{stamp}")
    book_path.rename(aside)
    for suffix in SIDE_FILES:
        side = book_path.with_name(book_path.name + suffix)
        if side.exists():
            side.rename(aside.with_name(aside.name + suffix))
    return aside


def newest_good_backup(book_path: Path, key: bytes | None) -> BackupContents | None:
    """The newest automatic backup that opens and passes integrity_check, if any."""
    for backup in backups_of(book_path):
        try:
            return describe(backup.path, key)
        except DamagedBook:
            continue
    return None


def restore(
    book_path: Path, backup_path: Path, key: bytes | None, why: str = "before-restore"
) -> Path | None:
    """Put ``backup_path`` in the book's place; the current file is set aside, never lost.

    Returns where the current file was put (None if there was none).
    """
    lock = BookLock(book_path)
    lock.acquire()
    try:
        describe(backup_path, key)  # refuses a damaged backup, or one from another book
        aside = set_aside(book_path, why) if book_path.exists() else None
        source = connect_file(backup_path, key)
        try:
            target = connect_file(book_path, key)
            try:
                source.backup(target)
                good = integrity_ok(target)
            finally:
                target.close()
        finally:
            source.close()
        if not good:
            raise DamagedBook(_("The backup could not be put back. Nothing was lost."))
        return aside
    finally:
        lock.release()
