"""Feedback after a session, from the person and from staff. The questions are data."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from supportplan.model.base import Base, Keyed, Stamped
from supportplan.model.kinds import Audience, SaidBy


class FeedbackQuestion(Keyed, Stamped, Base):
    """A question asked at the end of a session, e.g. "I felt listened to"."""

    __tablename__ = "feedback_question"

    key: Mapped[str] = mapped_column(String(60), unique=True)
    audience: Mapped[Audience]
    text: Mapped[str] = mapped_column(Text)
    picture_key: Mapped[str] = mapped_column(String(80), default="")
    position: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class FeedbackAnswer(Keyed, Stamped, Base):
    """One answer on the 1–5 face scale, with optional words."""

    __tablename__ = "feedback_answer"
    __table_args__ = (UniqueConstraint("version_id", "question_id"),)

    version_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("plan_version.id", ondelete="CASCADE"), index=True
    )
    question_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("feedback_question.id"), index=True)
    said_by: Mapped[SaidBy]
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    value: Mapped[int | None]
    words: Mapped[str] = mapped_column(Text, default="")
