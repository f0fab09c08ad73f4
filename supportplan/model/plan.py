"""A plan's versions and everything written in them."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from supportplan.model.base import Base, Keyed, Stamped
from supportplan.model.kinds import (
    AgreedHow,
    EntryKind,
    Helper,
    SaidBy,
    StepStatus,
    VersionStatus,
)


class PlanVersion(Keyed, Stamped, Base):
    """One version of a plan. A draft until agreed; an agreed version never changes again.

    A review starts a new version that copies the last one (``reviewed_from_id``).
    """

    __tablename__ = "plan_version"
    __table_args__ = (UniqueConstraint("plan_id", "number"),)

    plan_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("plan.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(default=1)
    status: Mapped[VersionStatus] = mapped_column(default=VersionStatus.DRAFT)
    template_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("template.id"), index=True)
    started_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL")
    )
    reviewed_from_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("plan_version.id", ondelete="SET NULL")
    )
    agreed_at: Mapped[datetime | None]
    review_due: Mapped[date | None] = mapped_column(index=True)


class PlanArea(Keyed, Stamped, Base):
    """How one area is going in one version: the person's rating and, if wanted, the staff's view.

    The person's own rating is always kept, even when staff see it differently.
    """

    __tablename__ = "plan_area"
    __table_args__ = (UniqueConstraint("version_id", "area_key"),)

    version_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("plan_version.id", ondelete="CASCADE"), index=True
    )
    area_key: Mapped[str] = mapped_column(String(40))
    person_rating: Mapped[int | None]
    staff_rating: Mapped[int | None]
    staff_rating_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL")
    )
    rather_not_talk: Mapped[bool] = mapped_column(default=False)


class Entry(Keyed, Stamped, Base):
    """One thing written in a plan, with who said it.

    ``section`` is an area key, ``about_me`` or ``agreement``; ``kind`` says which list it is in.
    """

    __tablename__ = "entry"

    version_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("plan_version.id", ondelete="CASCADE"), index=True
    )
    section: Mapped[str] = mapped_column(String(40))
    kind: Mapped[EntryKind]
    text: Mapped[str] = mapped_column(Text)
    said_by: Mapped[SaidBy] = mapped_column(default=SaidBy.PERSON)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(default=0)
    staff_only: Mapped[bool] = mapped_column(default=False)
    photo: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))


class Goal(Keyed, Stamped, Base):
    """Something the person will do, in an area, with steps. Reviewed for how it went."""

    __tablename__ = "goal"

    version_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("plan_version.id", ondelete="CASCADE"), index=True
    )
    area_key: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    said_by: Mapped[SaidBy] = mapped_column(default=SaidBy.PERSON)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(default=0)
    # At a review: how it went, 1 "much less than hoped" .. 3 "as hoped" .. 5 "much more".
    attainment: Mapped[int | None]
    attainment_note: Mapped[str] = mapped_column(Text, default="")
    carried_from_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("goal.id", ondelete="SET NULL")
    )

    steps: Mapped[list[Step]] = relationship(
        order_by="Step.position", cascade="all, delete-orphan", passive_deletes=True
    )


class Step(Keyed, Stamped, Base):
    """One step towards a goal: what, who helps, by when, and how it is going."""

    __tablename__ = "step"

    goal_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("goal.id", ondelete="CASCADE"), index=True
    )
    what: Mapped[str] = mapped_column(Text)
    who_helps: Mapped[Helper] = mapped_column(default=Helper.ME)
    helper_name: Mapped[str] = mapped_column(String(200), default="")
    by_when: Mapped[date | None]
    status: Mapped[StepStatus] = mapped_column(default=StepStatus.TO_DO)
    position: Mapped[int] = mapped_column(default=0)


class Agreement(Keyed, Stamped, Base):
    """How a version was agreed: by the person (signature or tick), or an advocate; and by staff.

    If the person does not agree, the reason is kept here and the things they do not agree
    with are kept as entries of kind ``disagree``.
    """

    __tablename__ = "agreement"

    version_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("plan_version.id", ondelete="CASCADE"), unique=True
    )
    how: Mapped[AgreedHow]
    signature_png: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    advocate_name: Mapped[str] = mapped_column(String(200), default="")
    advocate_role: Mapped[str] = mapped_column(String(200), default="")
    advocate_reason: Mapped[str] = mapped_column(Text, default="")
    not_agreed_reason: Mapped[str] = mapped_column(Text, default="")
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    agreed_at: Mapped[datetime]
