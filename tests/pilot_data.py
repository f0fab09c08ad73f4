"""A small fixed plan book for the pilot review, made through the services.

Three people, three plans, five versions, two staff members and two template versions. Every
figure the pilot tests expect is worked out by hand from the tables in the docstrings below.

    version  staff  template  day          wellbeing  home  community  aspirations  (person/staff)
    A1       Sam    v1        2026-01-10   2/3        3/3   1/3        4/-
    A2       Sam    v1        2026-07-10   4/4        3/2   2/2        5/5
    B1       Alex   v1        2026-02-15   3/1        2/2   4/-        -/3
    B2       Alex   v1        2026-08-20   3/2        4/3   3/3        -/-
    C1       Sam    v2        2026-09-01   5/5        1/2   -/-        -/-   (a draft)

Goals carried into a review and how they went: A2: 4, 3, 1.  B2: 5 (and one new goal, not rated).

Feedback (value, words):
    listened   A1 5 "Bethan said it felt good"  A2 4 "Much better this time"
               B1 2 "Too many questions"       B2 5        C1 3
    mine       A1 4   A2 5   B1 3   B2 no face, "I am not sure what mine means"
    together   A1 4   A2 5   B1 3   C1 2 "We ran out of time"   (a staff question)
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import update

from supportplan.defaults import STANDARD_AREAS, STANDARD_TEMPLATE_ID
from supportplan.model import PlanVersion, Template, TemplateArea
from supportplan.model.kinds import AgreedHow, SaidBy

AREAS = ("wellbeing", "home", "community", "aspirations")
PEOPLE = {
    "A": ("Bethan", "Bethan Jones", date(1990, 4, 17)),
    "B": ("Yusuf", "Yusuf Haddad", date(1985, 11, 2)),
    "C": ("Siân", "Siân Evans", date(2001, 6, 30)),
}
STAFF = ("Sam Carter", "Alex Khan")
COMMENTS = (
    "Bethan said it felt good",
    "Much better this time",
    "Too many questions",
    "I am not sure what mine means",
    "We ran out of time",
)


@dataclass(frozen=True)
class PilotData:
    sam: uuid.UUID
    alex: uuid.UUID
    template_v2: uuid.UUID
    people: dict[str, uuid.UUID]
    plans: dict[str, uuid.UUID]
    versions: dict[str, uuid.UUID]


def build(book) -> PilotData:
    """Fill ``book`` (with Sam Carter signed in) with the data in this module's docstring."""
    sam = book.staff_id
    alex = book.staff.add("Alex Khan").id
    template_v2 = _second_template(book)
    questions = {q.key: q.id for q in book.feedback.questions(all_=True)}
    people = {
        key: book.people.add(name, full_name=full, date_of_birth=born).id
        for key, (name, full, born) in PEOPLE.items()
    }
    versions: dict[str, uuid.UUID] = {}

    def session(
        label: str, draft, ratings, answers, *, agreed: date | None, goals=(), new_goals=()
    ):
        for area, (mine, staff) in zip(AREAS, ratings, strict=True):
            if mine is not None:
                book.plans.rate(draft.id, area, mine)
            if staff is not None:
                book.plans.rate(draft.id, area, staff, SaidBy.STAFF)
        for area, words in new_goals:
            book.goals.add(draft.id, area, words)
        carried = [g for a in draft.areas for g in a.goals]
        for goal, attainment in zip(carried, goals, strict=True):
            book.goals.how_it_went(goal.id, attainment)
        for key, (value, words) in answers.items():
            book.feedback.answer(draft.id, questions[key], value, words)
        if agreed is not None:
            book.plans.agree(draft.id, AgreedHow.TICK, today=agreed)
        _set_day(book, draft.id, agreed or date(2026, 9, 1), agreed is not None)
        versions[label] = draft.id

    # Bethan, with Sam
    a1 = book.plans.start(people["A"], STANDARD_TEMPLATE_ID)
    session(
        "A1",
        a1,
        [(2, 3), (3, 3), (1, 3), (4, None)],
        {"listened": (5, COMMENTS[0]), "mine": (4, ""), "together": (4, "")},
        agreed=date(2026, 1, 10),
        new_goals=[
            ("wellbeing", "I will walk every day"),
            ("home", "I will cook on Fridays"),
            ("community", "I will join the choir"),
        ],
    )
    a2 = book.plans.start_review(a1.summary.plan_id)
    session(
        "A2",
        a2,
        [(4, 4), (3, 2), (2, 2), (5, 5)],
        {"listened": (4, COMMENTS[1]), "mine": (5, ""), "together": (5, "")},
        agreed=date(2026, 7, 10),
        goals=(4, 3, 1),
    )
    # Yusuf, with Alex
    book.staff.act_as(alex)
    b1 = book.plans.start(people["B"], STANDARD_TEMPLATE_ID)
    session(
        "B1",
        b1,
        [(3, 1), (2, 2), (4, None), (None, 3)],
        {"listened": (2, COMMENTS[2]), "mine": (3, ""), "together": (3, "")},
        agreed=date(2026, 2, 15),
        new_goals=[("home", "I will pay my bills on time")],
    )
    b2 = book.plans.start_review(b1.summary.plan_id)
    session(
        "B2",
        b2,
        [(3, 2), (4, 3), (3, 3), (None, None)],
        {"listened": (5, ""), "mine": (None, COMMENTS[3])},
        agreed=date(2026, 8, 20),
        goals=(5,),
        new_goals=[("community", "I will visit my brother")],
    )
    # Siân, with Sam, on the second template; still a draft
    book.staff.act_as(sam)
    c1 = book.plans.start(people["C"], template_v2)
    session(
        "C1",
        c1,
        [(5, 5), (1, 2), (None, None), (None, None)],
        {"listened": (3, ""), "together": (2, COMMENTS[4])},
        agreed=None,
    )
    plans = {key[0]: book.plans.get(v).summary.plan_id for key, v in versions.items()}
    return PilotData(sam, alex, template_v2, people, plans, versions)


def _set_day(book, version_id: uuid.UUID, day: date, agreed: bool) -> None:
    """Put the session on its day in the story (the services stamp today's date)."""
    moment = datetime(day.year, day.month, day.day, 11, 0, tzinfo=UTC)
    values = {"created_at": moment}
    if agreed:
        values["agreed_at"] = moment
    with book.write() as session:
        session.execute(update(PlanVersion).where(PlanVersion.id == version_id).values(**values))


def _second_template(book) -> uuid.UUID:
    """Version 2 of the standard template: the same four areas, reworded questions."""
    template_id = uuid.uuid4()
    with book.write() as session:
        session.add(Template(id=template_id, name="Standard plan", version=2))
        for position, area in enumerate(STANDARD_AREAS):
            session.add(
                TemplateArea(
                    template_id=template_id,
                    key=area["key"],
                    position=position,
                    title=area["title"],
                    question=area["question"] + " (new words)",
                    prompts=list(area["prompts"]),
                    picture_key=area["picture_key"],
                )
            )
    return template_id
