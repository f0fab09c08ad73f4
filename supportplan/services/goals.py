"""Goals ("I will …") and their steps: what, who helps, by when, how it is going."""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from supportplan import text
from supportplan.errors import BadInput, NotFound
from supportplan.i18n import _
from supportplan.model import Goal, PlanVersion, Step, TemplateArea
from supportplan.model.kinds import Helper, SaidBy, StepStatus
from supportplan.scales import SCALE_MAX, SCALE_MIN
from supportplan.services.ordering import place, renumber
from supportplan.services.reading import (
    draft_version,
    goal_view,
    person_of_version,
    staff_names,
    step_view,
)
from supportplan.services.views import GoalView, StepView

if TYPE_CHECKING:
    from supportplan.book import PlanBook

_STEP_FIELDS = {"what", "who_helps", "helper_name", "by_when", "status"}


class GoalService:
    """Goals and steps in a draft version. ``remove`` returns what is needed to ``restore``."""

    def __init__(self, book: PlanBook) -> None:
        self._book = book

    # -- goals -----------------------------------------------------------------------------

    def add(
        self,
        version_id: uuid.UUID,
        area_key: str,
        words: str,
        said_by: SaidBy = SaidBy.PERSON,
        *,
        position: int | None = None,
        goal_id: uuid.UUID | None = None,
    ) -> GoalView:
        with self._book.write() as session:
            version = draft_version(session, version_id)
            _check_area(session, version, area_key)
            goal = Goal(
                id=goal_id or uuid.uuid4(),
                version_id=version_id,
                area_key=area_key,
                text=text.clean(words),
                said_by=said_by,
                staff_id=self._book.staff_id if said_by is SaidBy.STAFF else None,
            )
            goals = _goals(session, version_id, area_key)
            session.add(goal)
            place(goals, goal, position)
            session.flush()
            self._audit(session, "create", "goal", goal.id, version_id)
            return goal_view(goal, staff_names(session))

    def edit(
        self, goal_id: uuid.UUID, words: str | None = None, said_by: SaidBy | None = None
    ) -> GoalView:
        with self._book.write() as session:
            goal = self._draft_goal(session, goal_id)
            if words is not None:
                goal.text = text.clean(words)
            if said_by is not None:
                goal.said_by = said_by
                goal.staff_id = self._book.staff_id if said_by is SaidBy.STAFF else None
            session.flush()
            self._audit(session, "change", "goal", goal.id, goal.version_id)
            return goal_view(goal, staff_names(session))

    def how_it_went(self, goal_id: uuid.UUID, attainment: int | None, note: str = "") -> GoalView:
        """At a review: how the goal went, 1 (much less than hoped) to 5 (much more)."""
        if attainment is not None and not (SCALE_MIN <= attainment <= SCALE_MAX):
            raise BadInput(_("Please choose one of the five faces."))
        with self._book.write() as session:
            goal = self._draft_goal(session, goal_id)
            goal.attainment = attainment
            goal.attainment_note = text.clean(note, required=False)
            session.flush()
            self._audit(session, "change", "goal", goal.id, goal.version_id)
            return goal_view(goal, staff_names(session))

    def move(self, goal_id: uuid.UUID, position: int) -> list[GoalView]:
        with self._book.write() as session:
            goal = self._draft_goal(session, goal_id)
            goals = _goals(session, goal.version_id, goal.area_key)
            goals.remove(goal)
            place(goals, goal, position)
            session.flush()
            self._audit(session, "change", "goal", goal.id, goal.version_id)
            names = staff_names(session)
            return [goal_view(g, names) for g in goals]

    def remove(self, goal_id: uuid.UUID) -> GoalView:
        """Remove a goal and its steps; returns them as they were."""
        with self._book.write() as session:
            goal = self._draft_goal(session, goal_id)
            view = goal_view(goal, staff_names(session))
            session.delete(goal)
            session.flush()
            renumber(_goals(session, view.version_id, view.area_key))
            self._audit(session, "delete", "goal", view.id, view.version_id)
            return view

    def restore(self, view: GoalView) -> GoalView:
        """Put back a removed goal with its steps, ids and place."""
        with self._book.write() as session:
            version = draft_version(session, view.version_id)
            _check_area(session, version, view.area_key)
            goal = Goal(
                id=view.id,
                version_id=view.version_id,
                area_key=view.area_key,
                text=view.text,
                said_by=view.said_by,
                staff_id=view.staff_id,
                attainment=view.attainment,
                attainment_note=view.attainment_note,
                carried_from_id=view.carried_from_id,
                created_at=view.created_at,
            )
            goal.steps = [
                Step(
                    id=s.id,
                    what=s.what,
                    who_helps=s.who_helps,
                    helper_name=s.helper_name,
                    by_when=s.by_when,
                    status=s.status,
                    position=s.position,
                )
                for s in view.steps
            ]
            goals = _goals(session, view.version_id, view.area_key)
            session.add(goal)
            place(goals, goal, view.position)
            session.flush()
            self._audit(session, "create", "goal", goal.id, view.version_id)
            return goal_view(goal, staff_names(session))

    # -- steps -----------------------------------------------------------------------------

    def add_step(
        self,
        goal_id: uuid.UUID,
        what: str,
        who_helps: Helper = Helper.ME,
        helper_name: str = "",
        by_when: date | None = None,
        status: StepStatus = StepStatus.TO_DO,
        *,
        position: int | None = None,
        step_id: uuid.UUID | None = None,
    ) -> StepView:
        with self._book.write() as session:
            goal = self._draft_goal(session, goal_id)
            step = Step(id=step_id or uuid.uuid4(), goal_id=goal.id)
            _apply_step(
                step,
                {
                    "what": what,
                    "who_helps": who_helps,
                    "helper_name": helper_name,
                    "by_when": by_when,
                    "status": status,
                },
            )
            steps = list(goal.steps)
            session.add(step)
            place(steps, step, position)
            session.flush()
            self._audit(session, "create", "step", step.id, goal.version_id)
            return step_view(step)

    def edit_step(self, step_id: uuid.UUID, **changes: Any) -> StepView:
        """Change any of: what, who_helps, helper_name, by_when, status."""
        unknown = set(changes) - _STEP_FIELDS
        if unknown:
            raise TypeError(f"cannot change {sorted(unknown)}")
        with self._book.write() as session:
            step, goal = self._draft_step(session, step_id)
            _apply_step(step, changes)
            session.flush()
            self._audit(session, "change", "step", step.id, goal.version_id)
            return step_view(step)

    def move_step(self, step_id: uuid.UUID, position: int) -> list[StepView]:
        with self._book.write() as session:
            step, goal = self._draft_step(session, step_id)
            steps = list(goal.steps)
            steps.remove(step)
            place(steps, step, position)
            session.flush()
            self._audit(session, "change", "step", step.id, goal.version_id)
            return [step_view(s) for s in steps]

    def remove_step(self, step_id: uuid.UUID) -> StepView:
        with self._book.write() as session:
            step, goal = self._draft_step(session, step_id)
            view = step_view(step)
            goal.steps.remove(step)
            session.delete(step)
            renumber(list(goal.steps))
            session.flush()
            self._audit(session, "delete", "step", view.id, goal.version_id)
            return view

    def restore_step(self, view: StepView) -> StepView:
        return self.add_step(
            view.goal_id,
            view.what,
            view.who_helps,
            view.helper_name,
            view.by_when,
            view.status,
            position=view.position,
            step_id=view.id,
        )

    # -- shared ----------------------------------------------------------------------------

    def _draft_goal(self, session: Session, goal_id: uuid.UUID) -> Goal:
        goal = session.get(Goal, goal_id)
        if goal is None:
            raise NotFound(_("This goal could not be found. It may have been removed."))
        draft_version(session, goal.version_id)
        return goal

    def _draft_step(self, session: Session, step_id: uuid.UUID) -> tuple[Step, Goal]:
        step = session.get(Step, step_id)
        if step is None:
            raise NotFound(_("This step could not be found. It may have been removed."))
        return step, self._draft_goal(session, step.goal_id)

    def _audit(
        self, session: Session, action: str, kind: str, record_id: uuid.UUID, version_id: uuid.UUID
    ) -> None:
        self._book.audit(session, action, kind, record_id, person_of_version(session, version_id))


def _goals(session: Session, version_id: uuid.UUID, area_key: str) -> list[Goal]:
    return list(
        session.scalars(
            select(Goal)
            .where(Goal.version_id == version_id, Goal.area_key == area_key)
            .order_by(Goal.position, Goal.created_at)
        )
    )


def _check_area(session: Session, version: PlanVersion, area_key: str) -> None:
    known = session.scalar(
        select(func.count())
        .select_from(TemplateArea)
        .where(TemplateArea.template_id == version.template_id, TemplateArea.key == area_key)
    )
    if not known:
        raise NotFound(_("This part of the plan could not be found."))


def _apply_step(step: Step, changes: dict[str, Any]) -> None:
    if "what" in changes:
        step.what = text.clean(changes["what"])
    if "who_helps" in changes:
        step.who_helps = Helper(changes["who_helps"])
    if "helper_name" in changes:
        step.helper_name = text.clean(changes["helper_name"] or "", limit=200, required=False)
    if "by_when" in changes:
        step.by_when = changes["by_when"]
    if "status" in changes:
        step.status = StepStatus(changes["status"])
