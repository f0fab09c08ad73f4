"""The plan book: one organisation's people and plans on this laptop, and the services over it."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from supportplan.errors import StorageError
from supportplan.i18n import _
from supportplan.model import AuditEvent
from supportplan.storage import engine as engines
from supportplan.storage.upgrade import UpgradeReport, upgrade


class PlanBook:
    """An open plan book. Services hang off it: ``book.people``, ``book.plans`` and so on.

    Every write runs in one short transaction (``book.write()``) that records its audit event;
    no session stays open between calls.
    """

    def __init__(self, engine: Engine, path: Path | None, *, demo: bool = False) -> None:
        from supportplan.services import attach

        self.engine = engine
        self.path = path
        self.demo = demo
        self.staff_id: uuid.UUID | None = None
        self.upgrade_report: UpgradeReport | None = None
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        attach(self)

    @classmethod
    def open(cls, path: Path, *, demo: bool = False) -> PlanBook:
        """Open (or create) the plan book file at ``path``, upgrading it if it is older."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StorageError(
                _("The folder for the plan book cannot be made: {folder}").format(
                    folder=path.parent
                )
            ) from error
        return cls.open_url(engines.sqlite_url(path), path=path, demo=demo)

    @classmethod
    def open_url(cls, url: URL | str, *, path: Path | None = None, demo: bool = False) -> PlanBook:
        engine = engines.make_engine(url)
        try:
            engines.check_settings(engine)
            report = upgrade(engine, path)
            book = cls(engine, path, demo=demo)
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
        self.engine.dispose()

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
    ) -> None:
        """Record who did what kind of thing to which record. Never the content."""
        session.add(
            AuditEvent(
                staff_id=self.staff_id,
                action=action,
                record_type=record_type,
                record_id=record_id,
                person_id=person_id,
            )
        )


def storage_error(error: DBAPIError) -> StorageError:
    """A plain message for what went wrong with the file, with the original kept as the cause."""
    text = str(error.orig).lower()
    if "full" in text:
        message = _(
            "The computer's disk is full, so this could not be saved. Free some space and try again."
        )
    elif "readonly" in text or "read-only" in text or "permission" in text:
        message = _("The plan book cannot be written to here. Check the folder can be changed.")
    elif "locked" in text or "busy" in text:
        message = _("The plan book is busy in another window. Please try again in a moment.")
    elif "not a database" in text or "malformed" in text or "corrupt" in text:
        message = _("The plan book file is damaged. Nothing more was changed.")
    else:
        message = _("The plan book could not be read or saved. Please try again.")
    return StorageError(message)
