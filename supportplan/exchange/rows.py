"""Rows to JSON values and back, column by column, so every column travels and none is missed."""

from __future__ import annotations

import base64
import binascii
import enum
import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, Column, Date, Enum, LargeBinary, Uuid

from supportplan.model.base import Base, UTCDateTime

# Columns a document holds by nesting (the parent's id) or that are worked out again on import.
IMPLIED = {
    "person": {"search_key"},
    "plan": {"person_id"},
    "plan_version": {"plan_id"},
    "plan_area": {"version_id"},
    "entry": {"version_id"},
    "goal": {"version_id"},
    "step": {"goal_id"},
    "agreement": {"version_id"},
    "feedback_answer": {"version_id"},
    "template_area": {"template_id"},
}


def columns(model: type[Base]) -> list[Column[Any]]:
    skip = IMPLIED.get(model.__tablename__, set())
    return [c for c in model.__table__.columns if c.key not in skip]


def to_json(row: Base) -> dict[str, Any]:
    return {c.key: _encode(c, getattr(row, c.key)) for c in columns(type(row))}


def from_json(model: type[Base], data: dict[str, Any], **parents: Any) -> Base:
    values = {c.key: _decode(c, data[c.key]) for c in columns(model)}
    return model(**values, **parents)


def _encode(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def _decode(column: Column[Any], value: Any) -> Any:
    """The Python value for ``column``; ValueError when the text cannot be read as one."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, Uuid):
        return uuid.UUID(value)
    if isinstance(kind, UTCDateTime):
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        if moment.tzinfo is None:
            raise ValueError("time without a time zone")
        return moment
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, LargeBinary):
        try:
            return base64.b64decode(value, validate=True)
        except binascii.Error as error:
            raise ValueError("not base64") from error
    if isinstance(kind, Enum):
        return kind.enum_class(value)
    if isinstance(kind, JSON):
        return value
    return value
