"""The audit trail and the settings table."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from supportplan.model.base import Base, Keyed, utc_now


class AuditEvent(Keyed, Base):
    """Who did what kind of thing to which record, and when. Never the content.

    No foreign keys: the trail must outlive the staff and people it names (an erasure keeps
    only that it happened). Rows are hash-chained in ``sequence`` order: each row's ``hash``
    covers its own fields and the previous row's hash, so a changed, removed or reordered row
    is found by ``AuditService.verify``.
    """

    __tablename__ = "audit_event"

    at: Mapped[datetime] = mapped_column(default=utc_now, index=True)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    action: Mapped[str] = mapped_column(String(40))
    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[uuid.UUID | None]
    person_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    # Only why an erasure was made (typed by staff); never anything a person said.
    detail: Mapped[str] = mapped_column(String(400), default="")
    sequence: Mapped[int] = mapped_column(unique=True)
    previous_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class Setting(Base):
    """One saved setting. The fields and their defaults are listed once in supportplan.settings."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
