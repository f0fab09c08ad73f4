"""Put the standard template and feedback questions into a new plan book (idempotent)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from supportplan import defaults
from supportplan.model import FeedbackQuestion, Template, TemplateArea


def seed(session: Session) -> None:
    if session.get(Template, defaults.STANDARD_TEMPLATE_ID) is None:
        template = Template(
            id=defaults.STANDARD_TEMPLATE_ID,
            name=defaults.STANDARD_TEMPLATE_NAME,
            version=1,
            created_at=defaults.STANDARD_MADE_AT,
            updated_at=defaults.STANDARD_MADE_AT,
        )
        template.areas = [
            TemplateArea(id=defaults.area_id(area["key"]), position=i, **area)
            for i, area in enumerate(defaults.STANDARD_AREAS)
        ]
        session.add(template)
    known = set(session.scalars(select(FeedbackQuestion.key)))
    for position, question in enumerate(defaults.FEEDBACK_QUESTIONS):
        if question["key"] not in known:
            session.add(
                FeedbackQuestion(
                    id=defaults.question_id(question["key"]),
                    position=position,
                    created_at=defaults.STANDARD_MADE_AT,
                    updated_at=defaults.STANDARD_MADE_AT,
                    **question,
                )
            )
