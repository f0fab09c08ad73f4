"""The one typed base every table shares: naming convention, UUID keys, UTC times."""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, datetime

from sqlalchemy import DateTime, Enum, MetaData, TypeDecorator, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> datetime:
    """Now, in UTC, with the time zone attached."""
    return datetime.now(UTC)


def new_id() -> uuid.UUID:
    return uuid.uuid4()


class UTCDateTime(TypeDecorator[datetime]):
    """Stores times as UTC and always gives them back with the UTC time zone attached.

    SQLite keeps no time zone, so a naive time read back is UTC by construction.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("times must carry a time zone")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    """Shared base: UUID primary key and the naming convention Alembic relies on."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        datetime: UTCDateTime(),
        uuid.UUID: Uuid(),
        # Enums are stored by value as short text, never as a database enum type, so adding a
        # choice later needs no migration on PostgreSQL.
        enum.Enum: Enum(
            enum.Enum,
            native_enum=False,
            length=24,
            values_callable=lambda kinds: [k.value for k in kinds],
        ),
    }


class Keyed:
    """A UUID primary key, so plans from different laptops merge without clashes."""

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)


class Stamped:
    """When the row was made and last changed (UTC)."""

    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)
