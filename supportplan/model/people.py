"""People we support, and the staff who support them."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from supportplan.model.base import Base, Keyed, Stamped
from supportplan.model.kinds import StaffRole


class Staff(Keyed, Stamped, Base):
    """A staff member who signs in and writes plans with people."""

    __tablename__ = "staff"

    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[StaffRole] = mapped_column(default=StaffRole.STAFF)
    active: Mapped[bool] = mapped_column(default=True)


class Person(Keyed, Stamped, Base):
    """A person with a support plan, and how they need information given to them.

    The communication needs follow the Accessible Information Standard: we ask, record them
    here, flag them on screen, share them (only with consent) and meet them when printing and
    reading aloud.
    """

    __tablename__ = "person"

    preferred_name: Mapped[str] = mapped_column(String(200))
    full_name: Mapped[str] = mapped_column(String(400), default="")
    pronouns: Mapped[str] = mapped_column(String(100), default="")
    date_of_birth: Mapped[date | None]
    photo: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    # Names folded to lower case without accents, so "zofia" finds "Zófia".
    search_key: Mapped[str] = mapped_column(String(700), default="", index=True)

    needs_easy_read: Mapped[bool] = mapped_column(default=False)
    needs_large_print: Mapped[bool] = mapped_column(default=False)
    needs_read_aloud: Mapped[bool] = mapped_column(default=False)
    needs_interpreter: Mapped[bool] = mapped_column(default=False)
    interpreter_language: Mapped[str] = mapped_column(String(100), default="")
    language: Mapped[str] = mapped_column(String(20), default="en")
    needs_other: Mapped[str] = mapped_column(Text, default="")
    needs_share_ok: Mapped[bool] = mapped_column(default=False)

    plans: Mapped[list[Plan]] = relationship(
        back_populates="person", cascade="all, delete-orphan", passive_deletes=True
    )


class Plan(Keyed, Stamped, Base):
    """A person's support plan; its content lives in its versions."""

    __tablename__ = "plan"

    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    person: Mapped[Person] = relationship(back_populates="plans")
