"""What a printed plan shows, as plain data, built from the plan book's views.

The renderer reads only this: words already in the person's language, pictures chosen, photos
fetched. Building it is the only step that talks to the plan book.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from supportplan.i18n import has_catalog, translator
from supportplan.languages import language
from supportplan.model.kinds import ABOUT_ME_KINDS, AgreedHow, Helper, SaidBy, StepStatus
from supportplan.printing import pictures
from supportplan.services.views import CommunicationNeeds, EntryView, GoalView, VersionView

if TYPE_CHECKING:
    from supportplan.book import PlanBook


@dataclass(frozen=True)
class Said:
    """One thing someone said (an entry), with its picture and who said it when."""

    words: str
    picture: str  # a PICTURES key or an OpenMoji file name
    photo: bytes | None  # the person's own photo for this entry; beats the picture
    by_person: bool
    staff_name: str
    written: datetime
    changed: datetime | None
    staff_only: bool


@dataclass(frozen=True)
class Step:
    what: str
    helper: Helper
    helper_name: str
    by_when: date | None
    status: StepStatus


@dataclass(frozen=True)
class Goal:
    words: str
    picture: str
    by_person: bool
    staff_name: str
    attainment: int | None
    attainment_note: str
    carried: bool
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class Rating:
    person: int | None
    staff: int | None
    staff_by: str


@dataclass(frozen=True)
class Area:
    key: str
    title: str
    question: str
    picture: str
    rating: Rating
    last_rating: Rating | None
    rather_not_talk: bool
    good: tuple[Said, ...]
    change: tuple[Said, ...]
    goals: tuple[Goal, ...]


@dataclass(frozen=True)
class AboutMe:
    kind: str
    lines: tuple[Said, ...]


@dataclass(frozen=True)
class Agreement:
    how: AgreedHow
    signature: bytes | None
    advocate_name: str
    advocate_role: str
    advocate_reason: str
    not_agreed_reason: str
    staff_name: str
    agreed_at: datetime


@dataclass(frozen=True)
class Moment:
    """One version of the plan on the journey: when, and each area's ratings."""

    number: int
    when: datetime
    ratings: dict[str, Rating]


@dataclass(frozen=True)
class Feedback:
    question: str
    value: int | None
    words: str
    by_person: bool


@dataclass(frozen=True)
class PrintPlan:
    """Everything one printed copy of one plan version shows."""

    version_id: uuid.UUID
    person_id: uuid.UUID
    language: str
    right_to_left: bool
    preferred_name: str
    full_name: str
    pronouns: str
    date_of_birth: date | None
    photo: bytes | None
    needs: CommunicationNeeds
    organisation: str
    version_number: int
    status: str
    started: datetime
    agreed_at: datetime | None
    review_due: date | None
    template_name: str
    template_version: int
    about_me: tuple[AboutMe, ...]
    areas: tuple[Area, ...]
    disagreements: tuple[Said, ...]
    agreement: Agreement | None
    journey: tuple[Moment, ...]  # every version up to this one, oldest first
    feedback: tuple[Feedback, ...]
    printed_on: date

    @property
    def reviewed(self) -> bool:
        return len(self.journey) > 1

    @property
    def last_time(self) -> Moment | None:
        return self.journey[-2] if len(self.journey) > 1 else None

    def words(self) -> Callable[[str], str]:
        """``_`` in the person's language."""
        return translator(self.language)


def build(book: PlanBook, version_id: uuid.UUID, today: date | None = None) -> PrintPlan:
    """Read one version, and what the printout needs around it, from the plan book."""
    view = book.plans.get(version_id)
    _ = translator(view.person.needs.language)
    journey = _journey(book, view)
    last = journey[-2].ratings if len(journey) > 1 else None
    areas = tuple(
        Area(
            key=defined.key,
            title=_(defined.title),
            question=_(defined.question),
            picture=defined.picture_key if defined.picture_key in pictures.PICTURES else "plan",
            rating=journey[-1].ratings[defined.key],
            last_rating=last.get(defined.key) if last else None,
            rather_not_talk=view.area(defined.key).rather_not_talk,
            good=tuple(_said(book, e, "good") for e in view.area(defined.key).good),
            change=tuple(_said(book, e, "change") for e in view.area(defined.key).change),
            goals=tuple(_goal(g) for g in view.area(defined.key).goals),
        )
        for defined in view.template.areas
    )
    about_me = tuple(
        AboutMe(kind.value, tuple(_said(book, e, kind.value) for e in view.about_me_of(kind)))
        for kind in ABOUT_ME_KINDS
    )
    person = view.person
    return PrintPlan(
        version_id=view.id,
        person_id=person.id,
        language=person.needs.language,
        right_to_left=pages_right_to_left(person.needs.language),
        preferred_name=person.preferred_name,
        full_name=person.full_name,
        pronouns=person.pronouns,
        date_of_birth=person.date_of_birth,
        photo=book.people.photo(person.id) if person.has_photo else None,
        needs=person.needs,
        organisation=book.settings.get("organisation_name"),
        version_number=view.summary.number,
        status=view.summary.status.value,
        started=view.summary.created_at,
        agreed_at=view.summary.agreed_at,
        review_due=view.summary.review_due,
        template_name=_(view.template.name),
        template_version=view.template.version,
        about_me=about_me,
        areas=areas,
        disagreements=tuple(_said(book, e, "disagree") for e in view.disagreements),
        agreement=_agreement(book, view),
        journey=journey,
        feedback=_feedback(book, view, _),
        printed_on=today or date.today(),
    )


def for_the_person(plan: PrintPlan) -> PrintPlan:
    """The plan without the notes marked for staff only: the person's own copies leave them out."""

    def kept(entries: tuple[Said, ...]) -> tuple[Said, ...]:
        return tuple(e for e in entries if not e.staff_only)

    return dataclasses.replace(
        plan,
        about_me=tuple(dataclasses.replace(g, lines=kept(g.lines)) for g in plan.about_me),
        areas=tuple(
            dataclasses.replace(a, good=kept(a.good), change=kept(a.change)) for a in plan.areas
        ),
        disagreements=kept(plan.disagreements),
    )


def pages_right_to_left(code: str) -> bool:
    """Lay the pages out right to left when their own words are in Urdu or Arabic.

    Until a language's words are translated the headings print in English, and an English
    page reads best left to right; the person's own Urdu words still run right to left.
    """
    return language(code).right_to_left and has_catalog(code)


def _said(book: PlanBook, entry: EntryView, fallback: str) -> Said:
    return Said(
        words=entry.text,
        picture=picture_for(entry.text, fallback),
        photo=book.entries.photo(entry.id) if entry.has_photo else None,
        by_person=entry.said_by is SaidBy.PERSON,
        staff_name=entry.staff_name,
        written=entry.created_at,
        changed=entry.updated_at if entry.updated_at.date() != entry.created_at.date() else None,
        staff_only=entry.staff_only,
    )


def picture_for(words: str, fallback: str) -> str:
    """An emoji the person typed, else a topic the words name, else the section's picture."""
    from supportplan.printing.emoji import emoji_at

    for index in range(len(words)):
        if ord(words[index]) >= 0x2000:
            found = emoji_at(words, index, lambda _char: True)
            if found is not None:
                return found[0]
    return pictures.topic_of(words) or fallback


def _goal(goal: GoalView) -> Goal:
    return Goal(
        words=goal.text,
        picture=pictures.topic_of(goal.text) or "goal",
        by_person=goal.said_by is SaidBy.PERSON,
        staff_name=goal.staff_name,
        attainment=goal.attainment,
        attainment_note=goal.attainment_note,
        carried=goal.carried_from_id is not None,
        steps=tuple(
            Step(s.what, s.who_helps, s.helper_name, s.by_when, s.status) for s in goal.steps
        ),
    )


def _agreement(book: PlanBook, view: VersionView) -> Agreement | None:
    agreed = view.agreement
    if agreed is None:
        return None
    return Agreement(
        how=agreed.how,
        signature=book.plans.signature(view.id) if agreed.has_signature else None,
        advocate_name=agreed.advocate_name,
        advocate_role=agreed.advocate_role,
        advocate_reason=agreed.advocate_reason,
        not_agreed_reason=agreed.not_agreed_reason,
        staff_name=agreed.staff_name,
        agreed_at=agreed.agreed_at,
    )


def _journey(book: PlanBook, view: VersionView) -> tuple[Moment, ...]:
    plan = next(p for p in book.plans.plans_for(view.person.id) if p.id == view.summary.plan_id)
    moments = []
    for summary in plan.versions:
        if summary.number > view.summary.number:
            break
        version = view if summary.id == view.id else book.plans.get(summary.id)
        moments.append(
            Moment(
                number=summary.number,
                when=summary.agreed_at or summary.created_at,
                ratings={
                    a.key: Rating(a.person_rating, a.staff_rating, a.staff_rating_by)
                    for a in version.areas
                },
            )
        )
    return tuple(moments)


def _feedback(book: PlanBook, view: VersionView, _: Callable[[str], str]) -> tuple[Feedback, ...]:
    questions = {q.id: q.text for q in book.feedback.questions(all_=True)}
    return tuple(
        Feedback(
            _(questions.get(a.question_id, a.question_key)),
            a.value,
            a.words,
            a.said_by is SaidBy.PERSON,
        )
        for a in view.feedback
    )
