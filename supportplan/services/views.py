"""Plain, frozen data the services return. Screens, the CLI and PDFs read these; never ORM rows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from supportplan.model.kinds import (
    AgreedHow,
    Audience,
    EntryKind,
    Helper,
    SaidBy,
    StaffRole,
    StepStatus,
    VersionStatus,
)


@dataclass(frozen=True)
class CommunicationNeeds:
    """How the person needs information (Accessible Information Standard)."""

    easy_read: bool = False
    large_print: bool = False
    read_aloud: bool = False
    interpreter: bool = False
    interpreter_language: str = ""
    language: str = "en"
    other: str = ""
    share_ok: bool = False


@dataclass(frozen=True)
class StaffView:
    id: uuid.UUID
    name: str
    role: StaffRole
    active: bool


@dataclass(frozen=True)
class PersonSummary:
    """One row in the list of people."""

    id: uuid.UUID
    preferred_name: str
    full_name: str
    has_photo: bool
    review_due: date | None
    has_draft: bool


@dataclass(frozen=True)
class PersonView:
    id: uuid.UUID
    preferred_name: str
    full_name: str
    pronouns: str
    date_of_birth: date | None
    needs: CommunicationNeeds
    has_photo: bool
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class AreaDef:
    """An area as its template words it."""

    key: str
    title: str
    question: str
    prompts: tuple[str, ...]
    picture_key: str


@dataclass(frozen=True)
class TemplateView:
    id: uuid.UUID
    name: str
    version: int
    areas: tuple[AreaDef, ...]


@dataclass(frozen=True)
class VersionSummary:
    id: uuid.UUID
    plan_id: uuid.UUID
    number: int
    status: VersionStatus
    created_at: datetime
    agreed_at: datetime | None
    review_due: date | None
    template_name: str
    template_version: int
    reviewed: bool  # a later version exists

    @property
    def is_draft(self) -> bool:
        return self.status is VersionStatus.DRAFT


@dataclass(frozen=True)
class PlanSummary:
    id: uuid.UUID
    person_id: uuid.UUID
    created_at: datetime
    versions: tuple[VersionSummary, ...]

    @property
    def latest(self) -> VersionSummary:
        return self.versions[-1]


@dataclass(frozen=True)
class EntryView:
    id: uuid.UUID
    version_id: uuid.UUID
    section: str
    kind: EntryKind
    text: str
    said_by: SaidBy
    staff_id: uuid.UUID | None
    staff_name: str
    position: int
    staff_only: bool
    has_photo: bool
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class StepView:
    id: uuid.UUID
    goal_id: uuid.UUID
    what: str
    who_helps: Helper
    helper_name: str
    by_when: date | None
    status: StepStatus
    position: int


@dataclass(frozen=True)
class GoalView:
    id: uuid.UUID
    version_id: uuid.UUID
    area_key: str
    text: str
    said_by: SaidBy
    staff_id: uuid.UUID | None
    staff_name: str
    position: int
    attainment: int | None
    attainment_note: str
    carried_from_id: uuid.UUID | None
    steps: tuple[StepView, ...]
    created_at: datetime


@dataclass(frozen=True)
class AreaView:
    """One area in one version: the ratings, the two lists and the goals."""

    key: str
    person_rating: int | None
    staff_rating: int | None
    staff_rating_by: str
    rather_not_talk: bool
    good: tuple[EntryView, ...]
    change: tuple[EntryView, ...]
    goals: tuple[GoalView, ...]


@dataclass(frozen=True)
class AgreementView:
    how: AgreedHow
    has_signature: bool
    advocate_name: str
    advocate_role: str
    advocate_reason: str
    not_agreed_reason: str
    staff_id: uuid.UUID | None
    staff_name: str
    agreed_at: datetime

    @property
    def person_agreed(self) -> bool:
        return self.how is not AgreedHow.NOT_AGREED


@dataclass(frozen=True)
class QuestionView:
    id: uuid.UUID
    key: str
    audience: Audience
    text: str
    picture_key: str
    position: int
    active: bool


@dataclass(frozen=True)
class AnswerView:
    id: uuid.UUID
    question_id: uuid.UUID
    question_key: str
    said_by: SaidBy
    staff_id: uuid.UUID | None
    value: int | None
    words: str


@dataclass(frozen=True)
class VersionView:
    """Everything in one version of a plan, ready to show or print."""

    summary: VersionSummary
    person: PersonView
    template: TemplateView
    areas: tuple[AreaView, ...]
    about_me: tuple[EntryView, ...]
    disagreements: tuple[EntryView, ...]
    agreement: AgreementView | None
    feedback: tuple[AnswerView, ...] = field(default=())

    @property
    def id(self) -> uuid.UUID:
        return self.summary.id

    @property
    def editable(self) -> bool:
        return self.summary.is_draft

    def area(self, key: str) -> AreaView:
        return next(a for a in self.areas if a.key == key)

    def about_me_of(self, kind: EntryKind) -> tuple[EntryView, ...]:
        return tuple(e for e in self.about_me if e.kind is kind)


@dataclass(frozen=True)
class DueReview:
    person_id: uuid.UUID
    preferred_name: str
    plan_id: uuid.UUID
    version_id: uuid.UUID
    review_due: date
    overdue: bool


@dataclass(frozen=True)
class AuditView:
    id: uuid.UUID
    at: datetime
    staff_id: uuid.UUID | None
    staff_name: str
    action: str
    record_type: str
    record_id: uuid.UUID | None
    person_id: uuid.UUID | None
    sequence: int = 0
    detail: str = ""
