"""The plan book: one organisation's people and plans on this laptop, and the services over it."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from supportplan.errors import DamagedBook, StorageError
from supportplan.i18n import _
from supportplan.model import AuditEvent
from supportplan.services.chain import append
from supportplan.storage import engine as engines
from supportplan.storage.book_lock import BookLock
from supportplan.storage.upgrade import UpgradeReport, upgrade

if TYPE_CHECKING:
    from supportplan.security.keys import KeyFile


class PlanBook:
    """An open plan book. Services hang off it: ``book.people``, ``book.plans`` and so on.

    Every write runs in one short transaction (``book.write()``) that records its audit event;
    no session stays open between calls.
    """

    def __init__(
        self,
        engine: Engine,
        path: Path | None,
        *,
        demo: bool = False,
        key: bytes | None = None,
    ) -> None:
        from supportplan.services import attach

        self.engine = engine
        self.path = path
        self.demo = demo
        self.staff_id: uuid.UUID | None = None
        self.upgrade_report: UpgradeReport | None = None
        # The key file it was unlocked with (encrypted books only); set by supportplan.security.
        self.key_file: KeyFile | None = None
        # Opened with the recovery key: nobody is signed in until a new password is set.
        self.recovered = False
        self._key = key
        self._lock: BookLock | None = None
        self.is_open = True
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        attach(self)

    @property
    def encrypted(self) -> bool:
        return self._key is not None

    @property
    def key(self) -> bytes | None:
        """The database key, for making encrypted backups and copies with the same driver."""
        return self._key

    @classmethod
    def open(cls, path: Path, *, demo: bool = False, key: bytes | None = None) -> PlanBook:
        """Open (or create) the plan book file at ``path``, upgrading it if it is older.

        With ``key`` the book is encrypted (SQLCipher); without it, plain SQLite, which only
        practice books and tests use. Only one PlanBook may have a file open at a time.
        """
        from supportplan.security.keys import key_file_path

        if key is None and key_file_path(path).exists():
            raise StorageError(_("This plan book is locked with a password. Sign in to open it."))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StorageError(
                _("The folder for the plan book cannot be made: {folder}").format(
                    folder=path.parent
                )
            ) from error
        lock = BookLock(path)
        lock.acquire()
        marker = in_use_path(path)
        try:
            # The whole-file check reads every page (seconds for a big book), so it runs when
            # the last session did not end cleanly, or when the book is small enough to be quick.
            # Each backup is checked as well, so a big book is never long unchecked.
            full_check = marker.exists() or (
                path.exists() and path.stat().st_size <= SMALL_BOOK_BYTES
            )
            book = cls.open_url(
                engines.sqlite_url(path), path=path, demo=demo, key=key, full_check=full_check
            )
            marker.touch()
        except BaseException:
            lock.release()
            raise
        book._lock = lock
        return book

    @classmethod
    def open_url(
        cls,
        url: URL | str,
        *,
        path: Path | None = None,
        demo: bool = False,
        key: bytes | None = None,
        full_check: bool = True,
    ) -> PlanBook:
        engine = engines.make_engine(url, key)
        try:
            engines.check_settings(engine, encrypted=key is not None)
            if full_check:
                check_whole(engine)
            report = upgrade(engine, path, key)
            book = cls(engine, path, demo=demo, key=key)
            book.upgrade_report = report
            from supportplan.services.seed import seed

            with book.write() as session:
                seed(session)
        except DBAPIError as error:
            engine.dispose()
            raise storage_error(error) from error
        except BaseException:
            engine.dispose()
            raise
        return book

    def close(self) -> None:
        self.is_open = False
        self.engine.dispose()
        if self.path is not None and self._lock is not None:
            in_use_path(self.path).unlink(missing_ok=True)  # this session ended cleanly
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is kept."""
        try:
            with self._sessions() as session:
                yield session
        except DBAPIError as error:
            raise storage_error(error) from error

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One short transaction: committed when the block ends, rolled back if it fails."""
        try:
            with self._sessions() as session, session.begin():
                yield session
        except DBAPIError as error:
            raise storage_error(error) from error

    def audit(
        self,
        session: Session,
        action: str,
        record_type: str,
        record_id: uuid.UUID | None,
        person_id: uuid.UUID | None = None,
        detail: str = "",
    ) -> None:
        """Record who did what kind of thing to which record. Never the content.

        The event is added to the end of the hash chain in the caller's transaction.
        """
        append(
            session,
            AuditEvent(
                staff_id=self.staff_id,
                action=action,
                record_type=record_type,
                record_id=record_id,
                person_id=person_id,
                detail=detail,
            ),
        )


SMALL_BOOK_BYTES = 16 * 1024 * 1024


def in_use_path(path: Path) -> Path:
    """A marker kept while the book is open; still there at the next start means a crash."""
    return path.with_name(path.name + ".in-use")


def check_whole(engine: Engine) -> None:
    """SQLite's quick_check at start-up, so a damaged file is found before anything is written."""
    if engine.dialect.name != "sqlite" or engine.url.database in (None, "", ":memory:"):
        return
    with engine.connect() as conn:
        result = conn.exec_driver_sql("PRAGMA quick_check").scalar()
    if result != "ok":
        raise DamagedBook(_("The plan book file is damaged. Nothing more was changed."))


def storage_error(error: DBAPIError) -> StorageError:
    """A plain message for what went wrong with the file, with the original kept as the cause."""
    text = str(error.orig).lower()
    kind = StorageError
    if "full" in text:
        message = _(
            "The computer's disk is full, so this could not be saved. Free some space and try again."
        )
    elif "readonly" in text or "read-only" in text or "permission" in text:
        message = _("The plan book cannot be written to here. Check the folder can be changed.")
    elif "locked" in text or "busy" in text:
        message = _("The plan book is busy in another window. Please try again in a moment.")
    elif "not a database" in text or "malformed" in text or "corrupt" in text:
        kind = DamagedBook
        message = _("The plan book file is damaged. Nothing more was changed.")
    else:
        message = _("The plan book could not be read or saved. Please try again.")
    return kind(message)
