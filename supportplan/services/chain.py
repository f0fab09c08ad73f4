"""The audit trail's hash chain: each event's hash covers its fields and the event before it.

Anyone who changes, removes or reorders an event without recomputing every later hash is
found by ``verify_chain``. Someone holding the book's key could recompute the whole chain, so
the chain shows mistakes and clumsy tampering, not a determined insider (docs/security.md).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from supportplan.model import AuditEvent
from supportplan.model.base import utc_now

GENESIS = "0" * 64
_HEAD = "audit_head"  # cached in session.info while one transaction appends several events


@dataclass(frozen=True)
class ChainReport:
    """The result of checking the whole trail: ``ok``, how many events, and the first problem."""

    ok: bool
    checked: int
    broken_at: int | None = None  # the sequence number where the first problem shows


def event_hash(
    previous: str,
    sequence: int,
    at: datetime,
    staff_id: uuid.UUID | None,
    action: str,
    record_type: str,
    record_id: uuid.UUID | None,
    person_id: uuid.UUID | None,
    detail: str,
) -> str:
    """SHA-256 over the previous hash and this event's fields, in a fixed JSON form."""
    fields = [
        previous,
        sequence,
        at.astimezone(UTC).isoformat(),
        str(staff_id or ""),
        action,
        record_type,
        str(record_id or ""),
        str(person_id or ""),
        detail,
    ]
    payload = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _hash_of(event: AuditEvent, previous: str) -> str:
    return event_hash(
        previous,
        event.sequence,
        event.at,
        event.staff_id,
        event.action,
        event.record_type,
        event.record_id,
        event.person_id,
        event.detail,
    )


def append(session: Session, event: AuditEvent) -> None:
    """Add ``event`` at the end of the chain, inside the caller's transaction."""
    head = session.info.get(_HEAD)
    if head is None:
        row = session.execute(
            select(AuditEvent.sequence, AuditEvent.hash)
            .order_by(AuditEvent.sequence.desc())
            .limit(1)
        ).first()
        head = (row.sequence, row.hash) if row else (0, GENESIS)
    event.sequence = head[0] + 1
    event.previous_hash = head[1]
    event.at = event.at or utc_now()
    event.detail = event.detail or ""
    event.hash = _hash_of(event, head[1])
    session.add(event)
    session.info[_HEAD] = (event.sequence, event.hash)


def verify_chain(session: Session) -> ChainReport:
    """Walk the trail in order; report the first event that is missing, changed or moved."""
    previous, expected, checked = GENESIS, 1, 0
    for event in session.scalars(select(AuditEvent).order_by(AuditEvent.sequence)):
        if (
            event.sequence != expected
            or event.previous_hash != previous
            or event.hash != _hash_of(event, previous)
        ):
            return ChainReport(False, checked, expected)
        previous, expected, checked = event.hash, expected + 1, checked + 1
    return ChainReport(True, checked)
