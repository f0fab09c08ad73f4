"""Feedback at the end of a session: the questions (data the organisation can change) and answers."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from supportplan import text
from supportplan.errors import BadInput, NotFound
from supportplan.i18n import _
from supportplan.model import FeedbackAnswer, FeedbackQuestion
from supportplan.model.kinds import Audience, SaidBy
from supportplan.scales import SCALE_MAX, SCALE_MIN
from supportplan.services.reading import answers, get_version, person_of_version
from supportplan.services.views import AnswerView, QuestionView

if TYPE_CHECKING:
    from supportplan.book import PlanBook


def question_view(q: FeedbackQuestion) -> QuestionView:
    return QuestionView(q.id, q.key, q.audience, q.text, q.picture_key, q.position, q.active)


class FeedbackService:
    """Questions and answers. Answers can be given to any version, agreed or not."""

    def __init__(self, book: PlanBook) -> None:
        self._book = book

    def questions(
        self, audience: Audience | None = None, *, all_: bool = False
    ) -> list[QuestionView]:
        """The questions in order; only the ones in use unless ``all_``."""
        query = select(FeedbackQuestion).order_by(FeedbackQuestion.position)
        if audience is not None:
            query = query.where(FeedbackQuestion.audience == audience)
        if not all_:
            query = query.where(FeedbackQuestion.active.is_(True))
        with self._book.read() as session:
            return [question_view(q) for q in session.scalars(query)]

    def add_question(self, audience: Audience, words: str, picture_key: str = "") -> QuestionView:
        with self._book.write() as session:
            position = session.scalar(
                select(func.coalesce(func.max(FeedbackQuestion.position), -1))
            )
            question = FeedbackQuestion(
                id=uuid.uuid4(),
                key=f"custom-{uuid.uuid4().hex[:12]}",
                audience=audience,
                text=text.clean(words, limit=300),
                picture_key=picture_key,
                position=(position or 0) + 1,
            )
            session.add(question)
            session.flush()
            self._book.audit(session, "create", "feedback_question", question.id)
            return question_view(question)

    def edit_question(
        self, question_id: uuid.UUID, words: str | None = None, active: bool | None = None
    ) -> QuestionView:
        """Change a question's words, or stop asking it (answers already given are kept)."""
        with self._book.write() as session:
            question = session.get(FeedbackQuestion, question_id)
            if question is None:
                raise NotFound(_("This question could not be found."))
            if words is not None:
                question.text = text.clean(words, limit=300)
            if active is not None:
                question.active = active
            session.flush()
            self._book.audit(session, "change", "feedback_question", question.id)
            return question_view(question)

    def answer(
        self, version_id: uuid.UUID, question_id: uuid.UUID, value: int | None, words: str = ""
    ) -> AnswerView:
        """Save (or change) the answer to one question for this session."""
        if value is not None and not (SCALE_MIN <= value <= SCALE_MAX):
            raise BadInput(_("Please choose one of the five faces."))
        with self._book.write() as session:
            get_version(session, version_id)
            question = session.get(FeedbackQuestion, question_id)
            if question is None:
                raise NotFound(_("This question could not be found."))
            said_by = SaidBy.PERSON if question.audience is Audience.PERSON else SaidBy.STAFF
            answer = session.scalar(
                select(FeedbackAnswer).where(
                    FeedbackAnswer.version_id == version_id,
                    FeedbackAnswer.question_id == question_id,
                )
            )
            if answer is None:
                answer = FeedbackAnswer(
                    id=uuid.uuid4(), version_id=version_id, question_id=question_id
                )
                session.add(answer)
            answer.said_by = said_by
            answer.staff_id = self._book.staff_id if said_by is SaidBy.STAFF else None
            answer.value = value
            answer.words = text.clean(words, required=False)
            session.flush()
            self._book.audit(
                session, "change", "feedback", answer.id, person_of_version(session, version_id)
            )
            return AnswerView(
                answer.id, question.id, question.key, said_by, answer.staff_id, value, answer.words
            )

    def answers(self, version_id: uuid.UUID) -> tuple[AnswerView, ...]:
        with self._book.read() as session:
            return answers(session, version_id)
