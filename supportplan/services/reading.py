"""Turning rows into the plain views the services hand out."""

from __future__ import annotations

import uuid

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, aliased

from supportplan.errors import AgreedVersionError, NotFound
from supportplan.i18n import _
from supportplan.model import (
    Agreement,
    Entry,
    FeedbackAnswer,
    FeedbackQuestion,
    Goal,
    Person,
    PlanArea,
    PlanVersion,
    Staff,
    Step,
    Template,
)
from supportplan.model.kinds import ABOUT_ME, AGREEMENT, EntryKind, VersionStatus
from supportplan.services.views import (
    AgreementView,
    AnswerView,
    AreaDef,
    AreaView,
    CommunicationNeeds,
    EntryView,
    GoalView,
    PersonView,
    StepView,
    TemplateView,
    VersionSummary,
    VersionView,
)


def staff_names(session: Session) -> dict[uuid.UUID, str]:
    return {staff_id: name for staff_id, name in session.execute(select(Staff.id, Staff.name))}


def person_view(person: Person) -> PersonView:
    return PersonView(
        id=person.id,
        preferred_name=person.preferred_name,
        full_name=person.full_name,
        pronouns=person.pronouns,
        date_of_birth=person.date_of_birth,
        needs=CommunicationNeeds(
            easy_read=person.needs_easy_read,
            large_print=person.needs_large_print,
            read_aloud=person.needs_read_aloud,
            interpreter=person.needs_interpreter,
            interpreter_language=person.interpreter_language,
            language=person.language,
            other=person.needs_other,
            share_ok=person.needs_share_ok,
        ),
        has_photo=has_photo(person),
        created_at=person.created_at,
        updated_at=person.updated_at,
    )


def has_photo(person: Person) -> bool:
    session = Session.object_session(person)
    assert session is not None
    return bool(session.scalar(select(Person.photo.is_not(None)).where(Person.id == person.id)))


def template_view(template: Template) -> TemplateView:
    return TemplateView(
        id=template.id,
        name=template.name,
        version=template.version,
        areas=tuple(
            AreaDef(a.key, a.title, a.question, tuple(a.prompts or ()), a.picture_key)
            for a in template.areas
        ),
    )


def entry_view(entry: Entry, names: dict[uuid.UUID, str], photo: bool = False) -> EntryView:
    return EntryView(
        id=entry.id,
        version_id=entry.version_id,
        section=entry.section,
        kind=entry.kind,
        text=entry.text,
        said_by=entry.said_by,
        staff_id=entry.staff_id,
        staff_name=names.get(entry.staff_id, "") if entry.staff_id else "",
        position=entry.position,
        staff_only=entry.staff_only,
        has_photo=photo,
        created_at=entry.created_at,
        updated_at=entry.updated_at,
    )


def step_view(step: Step) -> StepView:
    return StepView(
        id=step.id,
        goal_id=step.goal_id,
        what=step.what,
        who_helps=step.who_helps,
        helper_name=step.helper_name,
        by_when=step.by_when,
        status=step.status,
        position=step.position,
    )


def goal_view(goal: Goal, names: dict[uuid.UUID, str]) -> GoalView:
    return GoalView(
        id=goal.id,
        version_id=goal.version_id,
        area_key=goal.area_key,
        text=goal.text,
        said_by=goal.said_by,
        staff_id=goal.staff_id,
        staff_name=names.get(goal.staff_id, "") if goal.staff_id else "",
        position=goal.position,
        attainment=goal.attainment,
        attainment_note=goal.attainment_note,
        carried_from_id=goal.carried_from_id,
        steps=tuple(step_view(s) for s in goal.steps),
        created_at=goal.created_at,
    )


def version_summary(session: Session, version: PlanVersion) -> VersionSummary:
    template = session.get(Template, version.template_id)
    assert template is not None
    later = aliased(PlanVersion)
    reviewed = session.scalar(
        select(exists().where(later.plan_id == version.plan_id, later.number > version.number))
    )
    return VersionSummary(
        id=version.id,
        plan_id=version.plan_id,
        number=version.number,
        status=version.status,
        created_at=version.created_at,
        agreed_at=version.agreed_at,
        review_due=version.review_due,
        template_name=template.name,
        template_version=template.version,
        reviewed=bool(reviewed),
    )


def get_version(session: Session, version_id: uuid.UUID) -> PlanVersion:
    version = session.get(PlanVersion, version_id)
    if version is None:
        raise NotFound(_("This plan could not be found. It may have been removed."))
    return version


def draft_version(session: Session, version_id: uuid.UUID) -> PlanVersion:
    """The version, if it can still be changed; AgreedVersionError if it has been agreed."""
    version = get_version(session, version_id)
    if version.status is not VersionStatus.DRAFT:
        raise AgreedVersionError(
            _("This plan has been agreed, so it cannot be changed. Start a review to change it.")
        )
    return version


def version_view(session: Session, version_id: uuid.UUID) -> VersionView:
    """Everything in one version, read in a handful of queries."""
    version = get_version(session, version_id)
    template = session.get(Template, version.template_id)
    assert template is not None
    person = session.get(Person, _person_id(session, version))
    assert person is not None
    names = staff_names(session)

    entries = session.scalars(
        select(Entry).where(Entry.version_id == version_id).order_by(Entry.position)
    ).all()
    with_photo = set(
        session.scalars(
            select(Entry.id).where(Entry.version_id == version_id, Entry.photo.is_not(None))
        )
    )
    views = [entry_view(e, names, e.id in with_photo) for e in entries]
    goals = session.scalars(
        select(Goal).where(Goal.version_id == version_id).order_by(Goal.position)
    ).all()
    goal_views = [goal_view(g, names) for g in goals]
    rows = {
        a.area_key: a
        for a in session.scalars(select(PlanArea).where(PlanArea.version_id == version_id))
    }

    areas = []
    for area in template.areas:
        row = rows.get(area.key)
        areas.append(
            AreaView(
                key=area.key,
                person_rating=row.person_rating if row else None,
                staff_rating=row.staff_rating if row else None,
                staff_rating_by=names.get(row.staff_rating_by_id, "")
                if row and row.staff_rating_by_id
                else "",
                rather_not_talk=row.rather_not_talk if row else False,
                good=tuple(v for v in views if v.section == area.key and v.kind is EntryKind.GOOD),
                change=tuple(
                    v for v in views if v.section == area.key and v.kind is EntryKind.CHANGE
                ),
                goals=tuple(g for g in goal_views if g.area_key == area.key),
            )
        )

    agreement = session.scalar(select(Agreement).where(Agreement.version_id == version_id))
    return VersionView(
        summary=version_summary(session, version),
        person=person_view(person),
        template=template_view(template),
        areas=tuple(areas),
        about_me=tuple(v for v in views if v.section == ABOUT_ME),
        disagreements=tuple(v for v in views if v.section == AGREEMENT),
        agreement=agreement_view(session, agreement, names) if agreement else None,
        feedback=answers(session, version_id),
    )


def agreement_view(
    session: Session, agreement: Agreement, names: dict[uuid.UUID, str]
) -> AgreementView:
    signed = session.scalar(
        select(Agreement.signature_png.is_not(None)).where(Agreement.id == agreement.id)
    )
    return AgreementView(
        how=agreement.how,
        has_signature=bool(signed),
        advocate_name=agreement.advocate_name,
        advocate_role=agreement.advocate_role,
        advocate_reason=agreement.advocate_reason,
        not_agreed_reason=agreement.not_agreed_reason,
        staff_id=agreement.staff_id,
        staff_name=names.get(agreement.staff_id, "") if agreement.staff_id else "",
        agreed_at=agreement.agreed_at,
    )


def answers(session: Session, version_id: uuid.UUID) -> tuple[AnswerView, ...]:
    rows = session.execute(
        select(FeedbackAnswer, FeedbackQuestion.key)
        .join(FeedbackQuestion, FeedbackQuestion.id == FeedbackAnswer.question_id)
        .where(FeedbackAnswer.version_id == version_id)
        .order_by(FeedbackQuestion.position)
    )
    return tuple(
        AnswerView(a.id, a.question_id, key, a.said_by, a.staff_id, a.value, a.words)
        for a, key in rows
    )


def _person_id(session: Session, version: PlanVersion) -> uuid.UUID:
    from supportplan.model import Plan

    plan = session.get(Plan, version.plan_id)
    assert plan is not None
    return plan.person_id


def person_of_version(session: Session, version_id: uuid.UUID) -> uuid.UUID:
    return _person_id(session, get_version(session, version_id))
