"""Counts and feedback: how the sessions felt, from the answers to the feedback questions."""

from __future__ import annotations

import uuid

from sqlalchemy import Subquery, case, func, or_, select
from sqlalchemy.orm import Session

from supportplan.model import FeedbackAnswer, FeedbackQuestion
from supportplan.model.kinds import Audience, VersionStatus
from supportplan.pilot.views import Comment, Comments, Counts, QuestionSpread
from supportplan.scales import SCALE_MAX, SCALE_MIN


def counts(session: Session, scope: Subquery) -> Counts:
    row = session.execute(
        select(
            func.count(func.distinct(scope.c.person_id)),
            func.count(func.distinct(scope.c.plan_id)),
            func.count(),
            func.coalesce(func.sum(case((scope.c.number > 1, 1), else_=0)), 0),
            func.coalesce(func.sum(case((scope.c.status == VersionStatus.AGREED, 1), else_=0)), 0),
        ).select_from(scope)
    ).one()
    return Counts(*(int(n) for n in row))


def spreads(session: Session, scope: Subquery) -> tuple[QuestionSpread, ...]:
    """For each question (the person's first, then staff's), how many gave each answer."""
    grouped = session.execute(
        select(
            FeedbackAnswer.question_id,
            FeedbackAnswer.value,
            func.count(),
            func.sum(case((FeedbackAnswer.words != "", 1), else_=0)),
        )
        .join(scope, scope.c.version_id == FeedbackAnswer.version_id)
        .group_by(FeedbackAnswer.question_id, FeedbackAnswer.value)
    ).all()
    tally: dict[uuid.UUID, dict[int | None, int]] = {}
    comments: dict[uuid.UUID, int] = {}
    for question_id, value, n, with_words in grouped:
        tally.setdefault(question_id, {})[value] = int(n)
        comments[question_id] = comments.get(question_id, 0) + int(with_words or 0)
    questions = session.execute(
        select(FeedbackQuestion)
        .where(or_(FeedbackQuestion.active.is_(True), FeedbackQuestion.id.in_(list(tally))))
        .order_by(FeedbackQuestion.audience != Audience.PERSON, FeedbackQuestion.position)
    ).scalars()
    result = []
    for question in questions:
        answers = tally.get(question.id, {})
        result.append(
            QuestionSpread(
                question_id=question.id,
                key=question.key,
                audience=question.audience,
                text=question.text,
                counts=tuple(answers.get(v, 0) for v in range(SCALE_MIN, SCALE_MAX + 1)),
                no_answer=answers.get(None, 0),
                comments=comments.get(question.id, 0),
            )
        )
    return tuple(result)


def comments(
    session: Session,
    scope: Subquery,
    search: str = "",
    question_id: uuid.UUID | None = None,
    limit: int = 200,
) -> Comments:
    """The words people added to their answers, newest first, that contain ``search``."""
    query = (
        select(
            FeedbackAnswer.question_id,
            FeedbackQuestion.text,
            FeedbackQuestion.audience,
            FeedbackAnswer.value,
            FeedbackAnswer.words,
        )
        .join(scope, scope.c.version_id == FeedbackAnswer.version_id)
        .join(FeedbackQuestion, FeedbackQuestion.id == FeedbackAnswer.question_id)
        .where(FeedbackAnswer.words != "")
    )
    search = search.strip()
    if search:
        pattern = "%" + _escape_like(search) + "%"
        query = query.where(FeedbackAnswer.words.ilike(pattern, escape="\\"))
    if question_id is not None:
        query = query.where(FeedbackAnswer.question_id == question_id)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.execute(
        query.order_by(scope.c.happened_at.desc(), FeedbackQuestion.position).limit(limit)
    )
    return Comments(total, tuple(Comment(*row) for row in rows))


def _escape_like(words: str) -> str:
    return words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
