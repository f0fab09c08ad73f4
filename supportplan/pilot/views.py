"""Plain, frozen figures the pilot review hands out. Screens, the CSV and the PDF read these."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from supportplan.model.kinds import Audience


@dataclass(frozen=True)
class PilotFilter:
    """Which plan versions the review looks at. Empty fields mean "all".

    The dates are compared with the day a version was agreed, or started if it is still being
    written; both ends are included. ``staff_id`` is the staff member who started the version;
    ``template_id`` the set of questions (template version) it used.
    """

    start: date | None = None
    end: date | None = None
    staff_id: uuid.UUID | None = None
    template_id: uuid.UUID | None = None


@dataclass(frozen=True)
class Counts:
    people: int
    plans: int
    versions: int
    reviews: int  # versions that are a review of an earlier one (version 2 onwards)
    agreed: int


@dataclass(frozen=True)
class QuestionSpread:
    """How one feedback question was answered: how many chose each point of the face scale."""

    question_id: uuid.UUID
    key: str
    audience: Audience
    text: str  # the question's words as stored; translate where shown
    counts: tuple[int, int, int, int, int]  # answers 1..5 on the feedback scale
    no_answer: int  # asked, but no face chosen
    comments: int

    @property
    def answered(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True)
class Comment:
    """Words someone added to a feedback answer. Shown on screen only, never exported."""

    question_id: uuid.UUID
    question_text: str
    audience: Audience
    value: int | None
    words: str


@dataclass(frozen=True)
class Comments:
    total: int  # how many comments match the search
    shown: tuple[Comment, ...]  # the newest, up to the limit asked for


@dataclass(frozen=True)
class RatingAgreement:
    """How often the person's and the staff's ratings of one area agree, in versions with both."""

    area_key: str
    area_title: str
    pairs: int
    same: int
    within_one: int  # same, or one point apart
    person_higher: int
    staff_higher: int


@dataclass(frozen=True)
class RatingChange:
    """Change in one area's rating, from each plan's first to its latest agreed version."""

    area_key: str
    area_title: str
    plans: int  # plans with a rating at both ends
    mean_change: float | None
    up: int
    same: int
    down: int


@dataclass(frozen=True)
class PlanGoalScore:
    """One plan's goal score: its goals rated at reviews, as a goal attainment T-score."""

    plan_id: uuid.UUID
    rated: int
    met: int  # "as hoped" or better
    total: int  # sum of the ratings on the -2..+2 scale
    score: float
    code: str = ""  # the plan's pseudonymous code, the same as in the anonymised file


@dataclass(frozen=True)
class Goals:
    carried: int  # goals carried into a review, so they could be asked "how did it go"
    rated: int
    met: int  # rated "as hoped" or better
    counts: tuple[int, int, int, int, int]  # how many rated 1..5 on the goal scale
    plans: tuple[PlanGoalScore, ...]  # lowest score first
    mean_score: float | None  # the mean of the plans' scores


@dataclass(frozen=True)
class PilotReview:
    """Everything the working group sees for one filter."""

    filter: PilotFilter
    counts: Counts
    questions: tuple[QuestionSpread, ...]
    agreement: tuple[RatingAgreement, ...]
    person_change: tuple[RatingChange, ...]
    staff_change: tuple[RatingChange, ...]
    goals: Goals
