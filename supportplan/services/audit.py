"""Reading the audit trail. It is written by PlanBook.audit (hash-chained) and never edited."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from sqlalchemy import select

from supportplan.model import AuditEvent
from supportplan.services.chain import ChainReport, verify_chain
from supportplan.services.reading import staff_names
from supportplan.services.views import AuditView

if TYPE_CHECKING:
    from supportplan.book import PlanBook


class AuditService:
    """Read-only: there is deliberately no method that changes or removes an event."""

    def __init__(self, book: PlanBook) -> None:
        self._book = book

    def events(
        self,
        person_id: uuid.UUID | None = None,
        staff_id: uuid.UUID | None = None,
        limit: int = 1000,
    ) -> list[AuditView]:
        """Newest first, for one person, one staff member, or everyone."""
        query = select(AuditEvent).order_by(AuditEvent.sequence.desc()).limit(limit)
        if person_id is not None:
            query = query.where(AuditEvent.person_id == person_id)
        if staff_id is not None:
            query = query.where(AuditEvent.staff_id == staff_id)
        with self._book.read() as session:
            names = staff_names(session)
            return [
                AuditView(
                    e.id,
                    e.at,
                    e.staff_id,
                    names.get(e.staff_id, "") if e.staff_id else "",
                    e.action,
                    e.record_type,
                    e.record_id,
                    e.person_id,
                    e.sequence,
                    e.detail,
                )
                for e in session.scalars(query)
            ]

    def verify(self) -> ChainReport:
        """Check every event against the hash chain; ``ok`` is False if any was changed or removed."""
        with self._book.read() as session:
            return verify_chain(session)
