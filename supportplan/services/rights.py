"""People's rights under UK GDPR: see everything held about them, be erased, not be kept forever.

- ``everything``: one export for a subject access request — the person's whole exchange
  document (every plan version, agreement and feedback) and every audit event about them, as
  JSON, plus the easy-read PDF when a PDF maker is given (the PDF renderer passes itself in).
- ``erase``: removes the person and everything about them, then rebuilds the file (VACUUM,
  with secure_delete on) so no page keeps their words. The audit keeps that an erasure
  happened, who did it and why — never who was erased beyond their random id.
- ``quiet_people``: who has had no activity for ``retention_years``, for a disposal review.
  Nothing is ever deleted on its own.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from supportplan import text
from supportplan.errors import BadInput, NotAllowed, NotFound
from supportplan.exchange.export import person_document, to_json_time, write_safely
from supportplan.i18n import _
from supportplan.model import AuditEvent, Person
from supportplan.model.base import utc_now
from supportplan.services.reading import staff_names

if TYPE_CHECKING:
    from supportplan.book import PlanBook

PdfMaker = Callable[["PlanBook", uuid.UUID], bytes | None]
EVERYTHING_FORMAT = "plan-together-everything"


@dataclass(frozen=True)
class QuietPerson:
    """Someone with no activity for the retention period: to review, never removed on its own."""

    person_id: uuid.UUID
    preferred_name: str
    last_activity: datetime


class RightsService:
    def __init__(self, book: PlanBook) -> None:
        self._book = book

    def everything(
        self, person_id: uuid.UUID, folder: Path, pdf_maker: PdfMaker | None = None
    ) -> list[Path]:
        """Write everything we hold about the person into ``folder``; return the files."""
        with self._book.read() as session:
            document = person_document(session, person_id)
            trail = self._trail(session, person_id)
        data = {
            "format": EVERYTHING_FORMAT,
            "format_version": 1,
            "made_at": to_json_time(),
            "person_and_plans": document,
            "audit_trail": trail,
        }
        stem = f"everything-{person_id.hex[:8]}"
        out = [folder / f"{stem}.json"]
        write_safely(out[0], json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
        pdf = pdf_maker(self._book, person_id) if pdf_maker is not None else None
        if pdf is not None:  # None when the person has no plan yet
            out.append(folder / f"{stem}.pdf")
            write_safely(out[1], pdf)
        with self._book.write() as session:
            self._book.audit(session, "export", "everything", person_id, person_id)
        return out

    def erase(self, person_id: uuid.UUID, reason: str) -> None:
        """Remove the person and everything about them, for good. Only an admin may."""
        if not self._book.accounts.is_admin():
            raise NotAllowed(_("Only an admin can erase a person."))
        try:
            reason = text.clean(reason, limit=400)
        except BadInput as error:
            raise BadInput(_("Please write why this person is being erased.")) from error
        with self._book.write() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise NotFound(_("This person could not be found. They may have been removed."))
            session.delete(person)  # plans, versions and all they hold go with them
            self._book.audit(session, "erase", "person", person_id, person_id, detail=reason)
        self.compact()

    def compact(self) -> None:
        """Rebuild the file so freed pages keep nothing, and empty the WAL."""
        raw = self._book.engine.raw_connection()
        try:
            raw.driver_connection.execute("VACUUM")
            raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()

    def quiet_people(self, now: datetime | None = None) -> list[QuietPerson]:
        """People with nothing done for ``retention_years`` (by the audit trail), oldest first."""
        years = self._book.settings.get("retention_years")
        cutoff = (now or utc_now()) - timedelta(days=round(365.25 * years))
        last = (
            select(func.max(AuditEvent.at))
            .where(AuditEvent.person_id == Person.id)
            .scalar_subquery()
        )
        with self._book.read() as session:
            rows = session.execute(
                select(Person.id, Person.preferred_name, Person.updated_at, last)
            )
            found = [
                QuietPerson(pid, name, max(updated, done) if done else updated)
                for pid, name, updated, done in rows
            ]
        return sorted((q for q in found if q.last_activity < cutoff), key=lambda q: q.last_activity)

    def _trail(self, session, person_id: uuid.UUID) -> list[dict[str, str | None]]:
        query = (
            select(AuditEvent)
            .where(AuditEvent.person_id == person_id)
            .order_by(AuditEvent.sequence)
        )
        names = staff_names(session)
        return [
            {
                "at": e.at.isoformat().replace("+00:00", "Z"),
                "staff_id": str(e.staff_id) if e.staff_id else None,
                "staff_name": names.get(e.staff_id) if e.staff_id else None,
                "action": e.action,
                "record_type": e.record_type,
                "record_id": str(e.record_id) if e.record_id else None,
            }
            for e in session.scalars(query)
        ]
