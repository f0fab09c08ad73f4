"""Templates: the areas of a plan and their plain questions, kept as data so wording can change."""

from __future__ import annotations

import uuid

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from supportplan.model.base import Base, Keyed, Stamped


class Template(Keyed, Stamped, Base):
    """One version of the questions a plan asks. A plan version keeps the template it used."""

    __tablename__ = "template"
    __table_args__ = (UniqueConstraint("name", "version"),)

    name: Mapped[str] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(default=1)

    areas: Mapped[list[TemplateArea]] = relationship(
        order_by="TemplateArea.position", cascade="all, delete-orphan"
    )


class TemplateArea(Keyed, Base):
    """One area of life in a template, e.g. Wellbeing, with its plain question and prompts."""

    __tablename__ = "template_area"
    __table_args__ = (UniqueConstraint("template_id", "key"),)

    template_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("template.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(default=0)
    title: Mapped[str] = mapped_column(String(200))
    question: Mapped[str] = mapped_column(Text)
    prompts: Mapped[list[str]] = mapped_column(JSON, default=list)
    picture_key: Mapped[str] = mapped_column(String(80), default="")
