"""Bring a person's exchange document into the plan book: add what is new, never lose what is here.

Rules (see docs/exchange-format.md): a record whose id is not here is added; a person, or a
draft version, that changed later in the file than here is brought up to date; an agreed
version here never changes; anything else is left as it is. It all happens in one transaction,
so a problem part-way leaves the plan book exactly as it was.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from supportplan import text
from supportplan.errors import BadFile
from supportplan.exchange.reading import fail, read_document, where
from supportplan.exchange.rows import columns, from_json
from supportplan.i18n import _
from supportplan.model import (
    Agreement,
    Entry,
    FeedbackAnswer,
    FeedbackQuestion,
    Goal,
    Person,
    Plan,
    PlanArea,
    PlanVersion,
    Staff,
    Step,
    Template,
    TemplateArea,
)
from supportplan.model.kinds import ABOUT_ME, AGREEMENT, VersionStatus

if TYPE_CHECKING:
    from supportplan.book import PlanBook

_CHILDREN = (PlanArea, Entry, Goal, Agreement, FeedbackAnswer)


@dataclass(frozen=True)
class ImportReport:
    """What an import did, to tell the user in one sentence."""

    person_id: uuid.UUID
    preferred_name: str
    person_added: bool
    person_updated: bool
    versions_added: int
    versions_updated: int
    versions_unchanged: int

    @property
    def changed_anything(self) -> bool:
        return (
            self.person_added or self.person_updated or self.versions_added or self.versions_updated
        )


def import_file(book: PlanBook, path: Path) -> ImportReport:
    """Import one exchange file. BadFile names the problem and where; nothing is changed then."""
    document = read_document(path)
    try:
        with book.write() as session:
            report = _Merge(session, document).run()
            book.audit(session, "import", "person", report.person_id, report.person_id)
            return report
    except (ValueError, KeyError) as error:
        raise fail(
            _("This plan file has a value that cannot be read ({detail}).").format(detail=error)
        ) from error


class _Merge:
    def __init__(self, session: Session, document: dict[str, Any]) -> None:
        self.s = session
        self.doc = document
        self.staff = {uuid.UUID(s["id"]) for s in document["staff"]}
        self.questions = {uuid.UUID(q["id"]) for q in document["feedback_questions"]}
        self.sections: dict[uuid.UUID, set[str]] = {}

    def run(self) -> ImportReport:
        self._staff()
        self._templates()
        self._questions()
        person_id = uuid.UUID(self.doc["person"]["id"])
        added, updated = self._person()
        counts = [0, 0, 0]
        for p, plan in enumerate(self.doc["plans"]):
            self._plan(f"plans[{p}]", plan, person_id, counts)
        return ImportReport(
            person_id,
            self.doc["person"]["preferred_name"],
            added,
            updated,
            *counts,
        )

    # -- shared records --------------------------------------------------------------------

    def _staff(self) -> None:
        for s in self.doc["staff"]:
            staff_id = uuid.UUID(s["id"])
            if self.s.get(Staff, staff_id) is None:
                # Known by name, so entries still say who wrote them; they cannot sign in here.
                self.s.add(Staff(id=staff_id, name=text.clean(s["name"], limit=200), active=False))

    def _templates(self) -> None:
        for t, template in enumerate(self.doc["templates"]):
            template_id = uuid.UUID(template["id"])
            if self.s.get(Template, template_id) is None:
                same = self.s.scalar(
                    select(Template.id).where(
                        Template.name == template["name"], Template.version == template["version"]
                    )
                )
                if same is not None:
                    raise fail(
                        _(
                            "{place}: a different set of questions with this name and version is already here."
                        ).format(place=where(["templates", t]))
                    )
                row = from_json(Template, template)
                row.areas = [from_json(TemplateArea, a) for a in template["areas"]]
                self.s.add(row)
            self.sections[template_id] = {a["key"] for a in template["areas"]}

    def _questions(self) -> None:
        for q, question in enumerate(self.doc["feedback_questions"]):
            question_id = uuid.UUID(question["id"])
            if self.s.get(FeedbackQuestion, question_id) is None:
                clash = self.s.scalar(
                    select(FeedbackQuestion.id).where(FeedbackQuestion.key == question["key"])
                )
                if clash is not None:
                    raise fail(
                        _("{place}: a different question with this key is already here.").format(
                            place=where(["feedback_questions", q])
                        )
                    )
                self.s.add(from_json(FeedbackQuestion, question))

    def _person(self) -> tuple[bool, bool]:
        data = self.doc["person"]
        incoming = from_json(Person, data)
        incoming.search_key = text.fold(f"{incoming.preferred_name} {incoming.full_name}")
        existing = self.s.get(Person, incoming.id)
        if existing is None:
            self.s.add(incoming)
            self.s.flush()
            return True, False
        if incoming.updated_at > existing.updated_at:
            for column in columns(Person):
                setattr(existing, column.key, getattr(incoming, column.key))
            existing.search_key = incoming.search_key
            return False, True
        return False, False

    # -- plans -----------------------------------------------------------------------------

    def _plan(
        self, place: str, data: dict[str, Any], person_id: uuid.UUID, counts: list[int]
    ) -> None:
        plan_id = uuid.UUID(data["id"])
        plan = self.s.get(Plan, plan_id)
        if plan is None:
            self.s.add(from_json(Plan, data, person_id=person_id))
            self.s.flush()
        elif plan.person_id != person_id:
            raise fail(
                _("{place}: this plan belongs to someone else in this plan book.").format(
                    place=place
                )
            )
        numbers = [v["number"] for v in data["versions"]]
        if len(set(numbers)) != len(numbers):
            raise fail(_("{place}: two versions have the same number.").format(place=place))
        for v, version in enumerate(data["versions"]):
            outcome = self._version(f"{place}.versions[{v}]", version, plan_id)
            counts[outcome] += 1

    def _version(self, place: str, data: dict[str, Any], plan_id: uuid.UUID) -> int:
        """0 added, 1 brought up to date, 2 left as it was."""
        self._check_version(place, data)
        version_id = uuid.UUID(data["id"])
        existing = self.s.get(PlanVersion, version_id)
        if existing is None:
            clash = self.s.scalar(
                select(PlanVersion.id).where(
                    PlanVersion.plan_id == plan_id, PlanVersion.number == data["number"]
                )
            )
            if clash is not None:
                raise fail(
                    _(
                        "{place}: this plan already has a version {number} made on another computer."
                    ).format(place=place, number=data["number"])
                )
            self.s.add(from_json(PlanVersion, data, plan_id=plan_id))
            self.s.flush()
            self._add_children(version_id, data)
            return 0
        if existing.plan_id != plan_id:
            raise fail(_("{place}: this version belongs to another plan here.").format(place=place))
        if existing.status is VersionStatus.AGREED:
            return 2
        incoming_agreed = data["status"] == VersionStatus.AGREED.value
        if not incoming_agreed and _latest_in_file(data) <= self._latest_here(version_id):
            return 2
        for model in _CHILDREN:
            self.s.execute(delete(model).where(model.version_id == version_id))
        incoming = from_json(PlanVersion, data, plan_id=plan_id)
        for column in columns(PlanVersion):
            setattr(existing, column.key, getattr(incoming, column.key))
        self.s.flush()
        self._add_children(version_id, data)
        return 1

    def _add_children(self, version_id: uuid.UUID, data: dict[str, Any]) -> None:
        for area in data["areas"]:
            self.s.add(from_json(PlanArea, area, version_id=version_id))
        for entry in data["entries"]:
            self.s.add(from_json(Entry, entry, version_id=version_id))
        for goal in data["goals"]:
            row = from_json(Goal, goal, version_id=version_id)
            row.steps = [from_json(Step, step) for step in goal["steps"]]
            self.s.add(row)
        if data["agreement"]:
            self.s.add(from_json(Agreement, data["agreement"], version_id=version_id))
        for answer in data["feedback"]:
            self.s.add(from_json(FeedbackAnswer, answer, version_id=version_id))
        self.s.flush()

    def _latest_here(self, version_id: uuid.UUID) -> datetime:
        moments = [self.s.get(PlanVersion, version_id).updated_at]
        for model in _CHILDREN:
            moments.append(
                self.s.scalar(
                    select(func.max(model.updated_at)).where(model.version_id == version_id)
                )
            )
        moments.append(
            self.s.scalar(
                select(func.max(Step.updated_at))
                .join(Goal, Goal.id == Step.goal_id)
                .where(Goal.version_id == version_id)
            )
        )
        return max(m for m in moments if m is not None)

    # -- checks that the schema cannot make ------------------------------------------------

    def _check_version(self, place: str, data: dict[str, Any]) -> None:
        template_id = uuid.UUID(data["template_id"])
        if template_id not in self.sections:
            template = self.s.get(Template, template_id)
            if template is None:
                raise fail(
                    _("{place}: its set of questions is not in the file.").format(place=place)
                )
            self.sections[template_id] = {a.key for a in template.areas}
        areas = self.sections[template_id]
        for key in ("areas", "goals"):
            for i, row in enumerate(data[key]):
                if row["area_key"] not in areas:
                    raise fail(
                        _("{place}: '{area}' is not an area of this plan.").format(
                            place=f"{place}.{key}[{i}]", area=row["area_key"]
                        )
                    )
        for i, row in enumerate(data["entries"]):
            if row["section"] not in areas | {ABOUT_ME, AGREEMENT}:
                raise fail(
                    _("{place}: '{area}' is not an area of this plan.").format(
                        place=f"{place}.entries[{i}]", area=row["section"]
                    )
                )
        self._check_staff(place, data)
        for i, answer in enumerate(data["feedback"]):
            question = uuid.UUID(answer["question_id"])
            if question not in self.questions and self.s.get(FeedbackQuestion, question) is None:
                raise fail(
                    _("{place}: this answer's question is not in the file.").format(
                        place=f"{place}.feedback[{i}]"
                    )
                )

    def _check_staff(self, place: str, data: dict[str, Any]) -> None:
        refs: list[tuple[str, str | None]] = [(place, data["started_by_id"])]
        if data["agreement"]:
            refs.append((f"{place}.agreement", data["agreement"]["staff_id"]))
        for key, field in (
            ("areas", "staff_rating_by_id"),
            ("entries", "staff_id"),
            ("goals", "staff_id"),
            ("feedback", "staff_id"),
        ):
            refs += [(f"{place}.{key}[{i}]", row[field]) for i, row in enumerate(data[key])]
        for ref_place, staff in refs:
            if (
                staff
                and uuid.UUID(staff) not in self.staff
                and self.s.get(Staff, uuid.UUID(staff)) is None
            ):
                raise fail(
                    _("{place}: the staff member it names is not in the file.").format(
                        place=ref_place
                    )
                )


def _latest_in_file(data: dict[str, Any]) -> datetime:
    stamps = [data["updated_at"]]
    for key in ("areas", "entries", "goals", "feedback"):
        stamps += [row["updated_at"] for row in data[key]]
        if key == "goals":
            stamps += [step["updated_at"] for goal in data["goals"] for step in goal["steps"]]
    if data["agreement"]:
        stamps.append(data["agreement"]["updated_at"])
    return max(datetime.fromisoformat(s.replace("Z", "+00:00")) for s in stamps)


__all__ = ["BadFile", "ImportReport", "import_file"]
