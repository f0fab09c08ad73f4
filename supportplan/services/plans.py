"""Plans and their versions: start, read, rate, agree, review, and who is due a review."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import and_, exists, select
from sqlalchemy.orm import Session, aliased

from supportplan import text
from supportplan.errors import BadInput, NotFound
from supportplan.i18n import _
from supportplan.model import (
    Agreement,
    Entry,
    Goal,
    Person,
    Plan,
    PlanArea,
    PlanVersion,
    Step,
    Template,
)
from supportplan.model.base import utc_now
from supportplan.model.kinds import AGREEMENT, AgreedHow, EntryKind, SaidBy, VersionStatus
from supportplan.scales import SCALE_MAX, SCALE_MIN
from supportplan.services.reading import (
    draft_version,
    person_of_version,
    version_summary,
    version_view,
)
from supportplan.services.templates import current_template
from supportplan.services.views import DueReview, PlanSummary, VersionView

if TYPE_CHECKING:
    from supportplan.book import PlanBook


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, kept inside shorter months (31 Jan + 1 → 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


class PlanService:
    """Plans and versions. Edits to entries and goals are in EntryService and GoalService."""

    def __init__(self, book: PlanBook) -> None:
        self._book = book

    # -- reading ---------------------------------------------------------------------------

    def plans_for(self, person_id: uuid.UUID) -> list[PlanSummary]:
        """The person's plans, oldest first, each with every version."""
        with self._book.read() as session:
            plans = session.scalars(
                select(Plan).where(Plan.person_id == person_id).order_by(Plan.created_at)
            ).all()
            result = []
            for plan in plans:
                versions = session.scalars(
                    select(PlanVersion)
                    .where(PlanVersion.plan_id == plan.id)
                    .order_by(PlanVersion.number)
                ).all()
                result.append(
                    PlanSummary(
                        plan.id,
                        plan.person_id,
                        plan.created_at,
                        tuple(version_summary(session, v) for v in versions),
                    )
                )
            return result

    def get(self, version_id: uuid.UUID) -> VersionView:
        """Everything in a version, without recording that it was opened."""
        with self._book.read() as session:
            return version_view(session, version_id)

    def open(self, version_id: uuid.UUID) -> VersionView:
        """Everything in a version, recording in the audit trail that it was opened."""
        with self._book.write() as session:
            view = version_view(session, version_id)
            self._book.audit(session, "open", "version", version_id, view.person.id)
            return view

    # -- starting --------------------------------------------------------------------------

    def start(self, person_id: uuid.UUID, template_id: uuid.UUID | None = None) -> VersionView:
        """Start a new plan for the person: version 1, a draft, on the given template."""
        with self._book.write() as session:
            if session.get(Person, person_id) is None:
                raise NotFound(_("This person could not be found. They may have been removed."))
            template = (
                session.get(Template, template_id) if template_id else current_template(session)
            )
            if template is None:
                raise NotFound(_("This set of questions could not be found."))
            plan = Plan(id=uuid.uuid4(), person_id=person_id)
            session.add(plan)
            version = PlanVersion(
                id=uuid.uuid4(),
                plan_id=plan.id,
                number=1,
                template_id=template.id,
                started_by_id=self._book.staff_id,
            )
            session.add(version)
            for area in template.areas:
                session.add(PlanArea(version_id=version.id, area_key=area.key))
            session.flush()
            self._book.audit(session, "create", "plan", plan.id, person_id)
            return version_view(session, version.id)

    def start_review(self, plan_id: uuid.UUID) -> VersionView:
        """Start a review: a new draft version that copies the latest agreed one.

        Ratings start empty (the last ones are shown beside them); goals carry over so each can
        be asked "how did it go".
        """
        with self._book.write() as session:
            last = session.scalar(
                select(PlanVersion)
                .where(PlanVersion.plan_id == plan_id)
                .order_by(PlanVersion.number.desc())
                .limit(1)
            )
            if last is None:
                raise NotFound(_("This plan could not be found. It may have been removed."))
            if last.status is VersionStatus.DRAFT:
                raise BadInput(_("This plan is still a draft. Carry on with it, then agree it."))
            version = PlanVersion(
                id=uuid.uuid4(),
                plan_id=plan_id,
                number=last.number + 1,
                template_id=last.template_id,
                started_by_id=self._book.staff_id,
                reviewed_from_id=last.id,
            )
            session.add(version)
            _copy_content(session, last, version)
            session.flush()
            person_id = person_of_version(session, version.id)
            self._book.audit(session, "review", "version", version.id, person_id)
            return version_view(session, version.id)

    # -- ratings ---------------------------------------------------------------------------

    def rate(
        self, version_id: uuid.UUID, area_key: str, value: int | None, by: SaidBy = SaidBy.PERSON
    ) -> VersionView:
        """Set the person's rating of an area, or (``by=STAFF``) the staff's view. None clears it."""
        if value is not None and not (SCALE_MIN <= value <= SCALE_MAX):
            raise BadInput(_("Please choose one of the five faces."))
        with self._book.write() as session:
            area = self._area(session, version_id, area_key)
            if by is SaidBy.PERSON:
                area.person_rating = value
            else:
                area.staff_rating = value
                area.staff_rating_by_id = self._book.staff_id if value is not None else None
            self._book.audit(
                session, "change", "rating", area.id, person_of_version(session, version_id)
            )
            session.flush()
            return version_view(session, version_id)

    def rather_not_talk(self, version_id: uuid.UUID, area_key: str, value: bool) -> VersionView:
        """Record that the person would rather not talk about this area (or undo that)."""
        with self._book.write() as session:
            area = self._area(session, version_id, area_key)
            area.rather_not_talk = value
            self._book.audit(
                session, "change", "rating", area.id, person_of_version(session, version_id)
            )
            session.flush()
            return version_view(session, version_id)

    def _area(self, session: Session, version_id: uuid.UUID, area_key: str) -> PlanArea:
        draft_version(session, version_id)
        area = session.scalar(
            select(PlanArea).where(PlanArea.version_id == version_id, PlanArea.area_key == area_key)
        )
        if area is None:
            raise NotFound(_("This part of the plan could not be found."))
        return area

    # -- agreeing --------------------------------------------------------------------------

    def agree(
        self,
        version_id: uuid.UUID,
        how: AgreedHow,
        *,
        signature_png: bytes | None = None,
        advocate_name: str = "",
        advocate_role: str = "",
        advocate_reason: str = "",
        not_agreed_reason: str = "",
        disagreements: tuple[str, ...] = (),
        review_due: date | None = None,
        today: date | None = None,
    ) -> VersionView:
        """Agree the version (or record that the person does not agree). It then never changes.

        Staff agree as the signed-in staff member. The next review date defaults to the
        ``review_months`` setting from today.
        """
        today = today or date.today()
        if how is AgreedHow.SIGNATURE and not signature_png:
            raise BadInput(_("Please sign in the box first."))
        if how is AgreedHow.ADVOCATE and not (advocate_name.strip() and advocate_reason.strip()):
            raise BadInput(_("Please write who is agreeing for the person, and why."))
        if how is AgreedHow.NOT_AGREED and not not_agreed_reason.strip():
            raise BadInput(_("Please write why the person does not agree."))
        if review_due is None:
            review_due = add_months(today, self._book.settings.get("review_months"))
        if review_due <= today:
            raise BadInput(_("The next review needs to be a date after today."))
        with self._book.write() as session:
            version = draft_version(session, version_id)
            for position, words in enumerate(disagreements):
                session.add(
                    Entry(
                        version_id=version_id,
                        section=AGREEMENT,
                        kind=EntryKind.DISAGREE,
                        text=text.clean(words),
                        said_by=SaidBy.PERSON,
                        position=position,
                    )
                )
            now = utc_now()
            session.add(
                Agreement(
                    version_id=version_id,
                    how=how,
                    signature_png=signature_png if how is AgreedHow.SIGNATURE else None,
                    advocate_name=text.clean(advocate_name, limit=200, required=False),
                    advocate_role=text.clean(advocate_role, limit=200, required=False),
                    advocate_reason=text.clean(advocate_reason, required=False),
                    not_agreed_reason=text.clean(not_agreed_reason, required=False),
                    staff_id=self._book.staff_id,
                    agreed_at=now,
                )
            )
            version.status = VersionStatus.AGREED
            version.agreed_at = now
            version.review_due = review_due
            session.flush()
            self._book.audit(
                session, "agree", "version", version_id, person_of_version(session, version_id)
            )
            return version_view(session, version_id)

    def signature(self, version_id: uuid.UUID) -> bytes | None:
        with self._book.read() as session:
            return session.scalar(
                select(Agreement.signature_png).where(Agreement.version_id == version_id)
            )

    # -- reviews due -----------------------------------------------------------------------

    def due_for_review(self, within_days: int = 30, today: date | None = None) -> list[DueReview]:
        """Plans whose latest version is agreed and due a review within ``within_days``.

        Overdue ones come first, then the soonest.
        """
        today = today or date.today()
        later = aliased(PlanVersion)
        query = (
            select(
                Person.id, Person.preferred_name, Plan.id, PlanVersion.id, PlanVersion.review_due
            )
            .join(Plan, Plan.person_id == Person.id)
            .join(PlanVersion, PlanVersion.plan_id == Plan.id)
            .where(
                PlanVersion.status == VersionStatus.AGREED,
                PlanVersion.review_due.is_not(None),
                PlanVersion.review_due <= today + timedelta(days=within_days),
                ~exists().where(
                    and_(later.plan_id == PlanVersion.plan_id, later.number > PlanVersion.number)
                ),
            )
            .order_by(PlanVersion.review_due, Person.preferred_name)
        )
        with self._book.read() as session:
            return [
                DueReview(pid, name, plan_id, vid, due, due < today)
                for pid, name, plan_id, vid, due in session.execute(query)
            ]


def _copy_content(session: Session, source: PlanVersion, target: PlanVersion) -> None:
    """Copy areas (without ratings), entries (not disagreements) and goals with their steps."""
    for area in session.scalars(select(PlanArea).where(PlanArea.version_id == source.id)):
        session.add(PlanArea(version_id=target.id, area_key=area.area_key))
    for entry in session.scalars(select(Entry).where(Entry.version_id == source.id)):
        if entry.kind is EntryKind.DISAGREE:
            continue
        session.add(
            Entry(
                version_id=target.id,
                section=entry.section,
                kind=entry.kind,
                text=entry.text,
                said_by=entry.said_by,
                staff_id=entry.staff_id,
                position=entry.position,
                staff_only=entry.staff_only,
                photo=entry.photo,
                created_at=entry.created_at,
            )
        )
    for goal in session.scalars(select(Goal).where(Goal.version_id == source.id)):
        copy = Goal(
            id=uuid.uuid4(),
            version_id=target.id,
            area_key=goal.area_key,
            text=goal.text,
            said_by=goal.said_by,
            staff_id=goal.staff_id,
            position=goal.position,
            carried_from_id=goal.id,
            created_at=goal.created_at,
        )
        copy.steps = [
            Step(
                what=s.what,
                who_helps=s.who_helps,
                helper_name=s.helper_name,
                by_when=s.by_when,
                status=s.status,
                position=s.position,
            )
            for s in goal.steps
        ]
        session.add(copy)
