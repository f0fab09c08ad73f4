"""Every edit to a plan as an undoable command that calls the same service the edit did.

A command whose service call fails (a full disk, say) is dropped from the undo stack, the
document says why, and the screen keeps what was typed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtGui import QUndoCommand

from supportplan.i18n import _
from supportplan.model.kinds import EntryKind, Helper, SaidBy, StepStatus
from supportplan.services.views import EntryView, GoalView, StepView
from ui.plan_document import PlanDocument


class Edit(QUndoCommand):
    """Do and undo one change; both show the section where it happened."""

    def __init__(
        self,
        doc: PlanDocument,
        text: str,
        section: str,
        do: Callable[[], object],
        undo: Callable[[], object],
    ) -> None:
        super().__init__(text)
        self._doc, self._section, self._do, self._undo = doc, section, do, undo
        self.saved = False

    def redo(self) -> None:
        self._doc.show_section(self._section)
        self.saved = self._doc.attempt(self._do)
        if not self.saved:
            self.setObsolete(True)

    def undo(self) -> None:
        self._doc.show_section(self._section)
        if not self._doc.attempt(self._undo):
            self.setObsolete(True)


def push(doc: PlanDocument, command: Edit) -> bool:
    """Run the command now; True when it was saved."""
    doc.undo_stack.push(command)
    return command.saved


class _Kept:
    """What a removal handed back, for its undo."""

    value: Any = None


# -- entries -------------------------------------------------------------------------------


def add_entry(
    doc: PlanDocument, section: str, kind: EntryKind, words: str, said_by: SaidBy
) -> bool:
    entries, version = doc.book.entries, doc.view.id
    entry_id = uuid.uuid4()
    return push(
        doc,
        Edit(
            doc,
            _("add an entry"),
            section,
            lambda: entries.add(version, section, kind, words, said_by, entry_id=entry_id),
            lambda: entries.remove(entry_id),
        ),
    )


def edit_entry(
    doc: PlanDocument,
    entry: EntryView,
    words: str | None = None,
    said_by: SaidBy | None = None,
    staff_only: bool | None = None,
) -> bool:
    entries = doc.book.entries
    return push(
        doc,
        Edit(
            doc,
            _("change an entry"),
            entry.section,
            lambda: entries.edit(entry.id, words=words, said_by=said_by, staff_only=staff_only),
            lambda: entries.edit(
                entry.id,
                words=entry.text if words is not None else None,
                said_by=entry.said_by if said_by is not None else None,
                staff_only=entry.staff_only if staff_only is not None else None,
            ),
        ),
    )


def remove_entry(doc: PlanDocument, entry: EntryView) -> bool:
    entries, kept = doc.book.entries, _Kept()

    def do() -> None:
        kept.value = entries.photo(entry.id) if entry.has_photo else None
        entries.remove(entry.id)

    return push(
        doc,
        Edit(
            doc, _("remove an entry"), entry.section, do, lambda: entries.restore(entry, kept.value)
        ),
    )


def move_entry(doc: PlanDocument, entry: EntryView, position: int) -> bool:
    entries = doc.book.entries
    return push(
        doc,
        Edit(
            doc,
            _("move an entry"),
            entry.section,
            lambda: entries.move(entry.id, position),
            lambda: entries.move(entry.id, entry.position),
        ),
    )


# -- ratings -------------------------------------------------------------------------------


def rate(doc: PlanDocument, area_key: str, value: int | None, by: SaidBy) -> bool:
    area = doc.view.area(area_key)
    old = area.person_rating if by is SaidBy.PERSON else area.staff_rating
    plans, version = doc.book.plans, doc.view.id
    return push(
        doc,
        Edit(
            doc,
            _("choose a face"),
            area_key,
            lambda: plans.rate(version, area_key, value, by),
            lambda: plans.rate(version, area_key, old, by),
        ),
    )


def rather_not_talk(doc: PlanDocument, area_key: str, value: bool) -> bool:
    plans, version = doc.book.plans, doc.view.id
    return push(
        doc,
        Edit(
            doc,
            _("rather not talk about this"),
            area_key,
            lambda: plans.rather_not_talk(version, area_key, value),
            lambda: plans.rather_not_talk(version, area_key, not value),
        ),
    )


# -- goals and steps -----------------------------------------------------------------------


def add_goal(doc: PlanDocument, area_key: str, words: str, said_by: SaidBy) -> bool:
    goals, version, goal_id = doc.book.goals, doc.view.id, uuid.uuid4()
    return push(
        doc,
        Edit(
            doc,
            _("add a goal"),
            area_key,
            lambda: goals.add(version, area_key, words, said_by, goal_id=goal_id),
            lambda: goals.remove(goal_id),
        ),
    )


def edit_goal(doc: PlanDocument, goal: GoalView, words: str) -> bool:
    goals = doc.book.goals
    return push(
        doc,
        Edit(
            doc,
            _("change a goal"),
            goal.area_key,
            lambda: goals.edit(goal.id, words=words),
            lambda: goals.edit(goal.id, words=goal.text),
        ),
    )


def remove_goal(doc: PlanDocument, goal: GoalView) -> bool:
    goals = doc.book.goals
    return push(
        doc,
        Edit(
            doc,
            _("remove a goal"),
            goal.area_key,
            lambda: goals.remove(goal.id),
            lambda: goals.restore(goal),
        ),
    )


def move_goal(doc: PlanDocument, goal: GoalView, position: int) -> bool:
    goals = doc.book.goals
    return push(
        doc,
        Edit(
            doc,
            _("move a goal"),
            goal.area_key,
            lambda: goals.move(goal.id, position),
            lambda: goals.move(goal.id, goal.position),
        ),
    )


def how_it_went(doc: PlanDocument, goal: GoalView, value: int | None, note: str) -> bool:
    goals = doc.book.goals
    return push(
        doc,
        Edit(
            doc,
            _("say how a goal went"),
            goal.area_key,
            lambda: goals.how_it_went(goal.id, value, note),
            lambda: goals.how_it_went(goal.id, goal.attainment, goal.attainment_note),
        ),
    )


def add_step(
    doc: PlanDocument,
    goal: GoalView,
    what: str,
    who_helps: Helper,
    helper_name: str,
    by_when: date | None,
) -> bool:
    goals, step_id = doc.book.goals, uuid.uuid4()
    return push(
        doc,
        Edit(
            doc,
            _("add a step"),
            goal.area_key,
            lambda: goals.add_step(goal.id, what, who_helps, helper_name, by_when, step_id=step_id),
            lambda: goals.remove_step(step_id),
        ),
    )


def edit_step(doc: PlanDocument, goal: GoalView, step: StepView, **changes: Any) -> bool:
    goals = doc.book.goals
    old = {key: getattr(step, key) for key in changes}
    return push(
        doc,
        Edit(
            doc,
            _("change a step"),
            goal.area_key,
            lambda: goals.edit_step(step.id, **changes),
            lambda: goals.edit_step(step.id, **old),
        ),
    )


def set_step_status(doc: PlanDocument, goal: GoalView, step: StepView, status: StepStatus) -> bool:
    return edit_step(doc, goal, step, status=status)


def remove_step(doc: PlanDocument, goal: GoalView, step: StepView) -> bool:
    goals = doc.book.goals
    return push(
        doc,
        Edit(
            doc,
            _("remove a step"),
            goal.area_key,
            lambda: goals.remove_step(step.id),
            lambda: goals.restore_step(step),
        ),
    )


def move_step(doc: PlanDocument, goal: GoalView, step: StepView, position: int) -> bool:
    goals = doc.book.goals
    return push(
        doc,
        Edit(
            doc,
            _("move a step"),
            goal.area_key,
            lambda: goals.move_step(step.id, position),
            lambda: goals.move_step(step.id, step.position),
        ),
    )


# -- feedback ------------------------------------------------------------------------------


def answer(doc: PlanDocument, question_id: uuid.UUID, value: int | None, words: str) -> bool:
    feedback, version = doc.book.feedback, doc.view.id
    old = next((a for a in doc.view.feedback if a.question_id == question_id), None)
    return push(
        doc,
        Edit(
            doc,
            _("answer a question"),
            "feedback",
            lambda: feedback.answer(version, question_id, value, words),
            lambda: feedback.answer(
                version, question_id, old.value if old else None, old.words if old else ""
            ),
        ),
    )
