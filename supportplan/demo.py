"""Demo plan books full of fictional people and plans at every stage.

The same generator makes the 12-odd people of ``--demo`` and the 1,000 people / 10,000 plan
versions of the benchmark. Rows are written in bulk, not through the services, so a large book
takes seconds; the result is the same data the services would have made.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from supportplan import demo_words as words
from supportplan import text
from supportplan.defaults import (
    FEEDBACK_QUESTIONS,
    STANDARD_AREAS,
    STANDARD_TEMPLATE_ID,
    question_id,
)
from supportplan.demo_rows import Rows, squiggle_png
from supportplan.model import (
    Agreement,
    Entry,
    FeedbackAnswer,
    Goal,
    Person,
    Plan,
    PlanArea,
    PlanVersion,
    Staff,
    Step,
)
from supportplan.model.kinds import AgreedHow, Audience, EntryKind, SaidBy, StaffRole, StepStatus

if TYPE_CHECKING:
    from supportplan.book import PlanBook

AREAS = tuple(a["key"] for a in STANDARD_AREAS)
_ORDER = (Staff, Person, Plan, PlanVersion, PlanArea, Entry, Goal, Step, Agreement, FeedbackAnswer)

# What stage each curated person's plan is at: number of versions, and whether the last is agreed.
STORIES = (
    ("reviewed_twice", 3, True, 20),  # due in 20 days
    ("agreed", 1, True, 120),
    ("reviewed_twice", 3, True, -15),  # overdue
    ("draft", 1, False, 0),
    ("agreed", 1, True, -40),
    ("review_started", 2, False, 0),
    ("reviewed_twice", 3, True, 90),
    ("not_agreed", 1, True, 60),
    ("draft", 1, False, 0),
    ("advocate", 1, True, 150),
    ("no_plan", 0, False, 0),
    ("signed", 1, True, 25),
    ("reviewed_once", 2, True, 170),
)


@dataclass(frozen=True)
class _Stage:
    """Where one version stands in its person's story."""

    person_name: str
    language: str
    plan_id: uuid.UUID
    number: int
    reviewed_from: uuid.UUID | None
    made: datetime
    agreed: bool
    due: date
    staff_id: uuid.UUID
    kind: str


def generate(
    book: PlanBook,
    people: int = 13,
    versions: int | None = None,
    *,
    seed: int = 7,
    today: date | None = None,
) -> None:
    """Fill ``book`` with ``people`` fictional people.

    With ``versions``, plan versions are shared out so the book holds about that many in all
    (the benchmark's 1,000 people / 10,000 versions); otherwise each person has a story.
    """
    rng = random.Random(seed)
    today = today or date.today()
    rows = Rows()
    staff_ids = [
        rows.add(Staff, name=name, role=StaffRole.ADMIN if i == 0 else StaffRole.STAFF)
        for i, name in enumerate(words.STAFF)
    ]
    curated = min(people, len(words.PEOPLE))
    extra_versions = None
    if versions is not None:
        spent = sum(story[1] for story in STORIES[:curated])
        extra_versions = max(0, versions - spent)
    for i in range(people):
        if i < curated:
            name, full, pronouns, language, needs = words.PEOPLE[i]
            story = STORIES[i]
        else:
            name = rng.choice(words.FIRST_NAMES)
            full = f"{name} {rng.choice(words.FAMILY_NAMES)}"
            pronouns, language = rng.choice(
                (
                    ("she/her", "en"),
                    ("he/him", "en"),
                    ("they/them", "cy"),
                    ("he/him", "pl"),
                    ("she/her", "ur"),
                )
            )
            needs = (rng.random() < 0.6, rng.random() < 0.2, rng.random() < 0.3)
            story = _random_story(rng, i - curated, people - curated, extra_versions)
        person_id = rows.add(
            Person,
            preferred_name=name,
            full_name=full,
            pronouns=pronouns,
            date_of_birth=date(rng.randint(1960, 2004), rng.randint(1, 12), rng.randint(1, 28)),
            search_key=text.fold(f"{name} {full}"),
            needs_easy_read=needs[0],
            needs_large_print=needs[1],
            needs_read_aloud=needs[2],
            needs_interpreter=language == "ar",
            interpreter_language="Arabic" if language == "ar" else "",
            language=language,
            needs_other="",
            needs_share_ok=True,
        )
        _person_plans(rows, rng, today, person_id, name, language, story, staff_ids)
        if len(rows) > 20_000:
            rows.write(book)
    rows.write(book)
    book.settings.set("demo_book", True)


def _random_story(rng: random.Random, index: int, count: int, extra: int | None) -> tuple:
    if extra is None:
        n = rng.choice((1, 1, 2, 3))
    else:
        n = extra // count + (1 if index < extra % count else 0)
    agreed = rng.random() < 0.8
    return ("random", n, agreed, rng.randint(-60, 180))


def _person_plans(rows, rng, today, person_id, name, language, story, staff_ids) -> None:
    kind, count, last_agreed, due_in = story
    while count > 0:
        in_plan = min(count, 5)
        count -= in_plan
        plan_created = _moment(today - timedelta(days=183 * in_plan + 30), rng)
        plan_id = rows.add(
            Plan, person_id=person_id, created_at=plan_created, updated_at=plan_created
        )
        previous: dict[str, Any] = {}
        last_id = None
        for number in range(1, in_plan + 1):
            is_last = number == in_plan and count == 0
            agreed = not is_last or last_agreed
            made = plan_created + timedelta(days=183 * (number - 1))
            due = (
                (today + timedelta(days=due_in)) if is_last else (made.date() + timedelta(days=183))
            )
            stage = _Stage(
                name,
                language,
                plan_id,
                number,
                last_id,
                made,
                agreed,
                due,
                rng.choice(staff_ids),
                kind if is_last else "agreed",
            )
            last_id = _version(rows, rng, stage, previous)


def _version(rows: Rows, rng: random.Random, stage: _Stage, previous: dict[str, Any]) -> uuid.UUID:
    plan_id, number, last_id, made = stage.plan_id, stage.number, stage.reviewed_from, stage.made
    agreed, due, staff_id, name, language = (
        stage.agreed,
        stage.due,
        stage.staff_id,
        stage.person_name,
        stage.language,
    )
    version_id = rows.add(
        PlanVersion,
        plan_id=plan_id,
        number=number,
        status="agreed" if agreed else "draft",
        template_id=STANDARD_TEMPLATE_ID,
        started_by_id=staff_id,
        reviewed_from_id=last_id,
        agreed_at=made + timedelta(hours=2) if agreed else None,
        review_due=due if agreed else None,
        created_at=made,
        updated_at=made + timedelta(hours=2),
    )
    for area in AREAS:
        last = previous.get(area, rng.randint(1, 4))
        rating = max(1, min(5, last + rng.choice((-1, 0, 1, 1))))
        previous[area] = rating
        rows.add(
            PlanArea,
            version_id=version_id,
            area_key=area,
            person_rating=rating,
            staff_rating=max(1, min(5, rating + rng.choice((-1, 0, 0, 1))))
            if rng.random() < 0.7
            else None,
            staff_rating_by_id=staff_id,
            rather_not_talk=area == "wellbeing" and rng.random() < 0.05,
            created_at=made,
            updated_at=made,
        )
        for position, said in enumerate(rng.sample(words.GOOD[area], 2)):
            _entry(rows, version_id, area, EntryKind.GOOD, said, position, made)
        if number == 1 and area == "community" and language in words.OWN_LANGUAGE:
            _entry(rows, version_id, area, EntryKind.GOOD, words.OWN_LANGUAGE[language], 2, made)
        if rng.random() < 0.5:
            note = rng.choice(words.STAFF_NOTES).format(name=name)
            _entry(rows, version_id, area, EntryKind.GOOD, note, 3, made, staff_id)
        _entry(rows, version_id, area, EntryKind.CHANGE, rng.choice(words.CHANGE[area]), 0, made)
        goal_text, steps = words.GOALS[area]
        goal_id = rows.add(
            Goal,
            version_id=version_id,
            area_key=area,
            text=goal_text,
            said_by=SaidBy.PERSON,
            staff_id=None,
            position=0,
            attainment=rng.randint(1, 5) if number > 1 else None,
            attainment_note="",
            # A review carries each goal over from the version before, to ask how it went.
            carried_from_id=previous.get(f"goal:{area}"),
            created_at=made,
            updated_at=made,
        )
        previous[f"goal:{area}"] = goal_id
        for position, (what, helper, helper_name) in enumerate(steps):
            done = number > 1 and rng.random() < 0.6
            rows.add(
                Step,
                goal_id=goal_id,
                what=what,
                who_helps=helper,
                helper_name=helper_name,
                by_when=made.date() + timedelta(days=60 + 30 * position),
                status=StepStatus.DONE
                if done
                else rng.choice((StepStatus.TO_DO, StepStatus.DOING)),
                position=position,
                created_at=made,
                updated_at=made,
            )
    for kind_key, said in words.ABOUT_ME.items():
        for position, line in enumerate(said[:2]):
            _entry(rows, version_id, "about_me", EntryKind(kind_key), line, position, made)
    if agreed:
        _agreement(rows, rng, version_id, stage.kind, made, staff_id)
    for question in FEEDBACK_QUESTIONS:
        if rng.random() < 0.85:
            person = question["audience"] is Audience.PERSON
            rows.add(
                FeedbackAnswer,
                version_id=version_id,
                question_id=question_id(question["key"]),
                said_by=SaidBy.PERSON if person else SaidBy.STAFF,
                staff_id=None if person else staff_id,
                value=rng.choice((3, 4, 4, 5, 5, 2)),
                words=rng.choice(words.FEEDBACK_WORDS) if person else "",
                created_at=made,
                updated_at=made,
            )
    return version_id


def _agreement(rows, rng, version_id, kind, made, staff_id) -> None:
    how = {
        "not_agreed": AgreedHow.NOT_AGREED,
        "advocate": AgreedHow.ADVOCATE,
        "signed": AgreedHow.SIGNATURE,
    }.get(kind, AgreedHow.TICK)
    if kind == "random" and rng.random() < 0.3:
        how = AgreedHow.SIGNATURE
    rows.add(
        Agreement,
        version_id=version_id,
        how=how,
        signature_png=squiggle_png(rng) if how is AgreedHow.SIGNATURE else None,
        advocate_name="Gwen Morgan" if how is AgreedHow.ADVOCATE else "",
        advocate_role="Independent advocate" if how is AgreedHow.ADVOCATE else "",
        advocate_reason="Agreed with the person, who finds signing hard."
        if how is AgreedHow.ADVOCATE
        else "",
        not_agreed_reason="I want more time to think about it."
        if how is AgreedHow.NOT_AGREED
        else "",
        staff_id=staff_id,
        agreed_at=made + timedelta(hours=2),
        created_at=made + timedelta(hours=2),
        updated_at=made + timedelta(hours=2),
    )
    if how is AgreedHow.NOT_AGREED:
        for position, line in enumerate(words.DISAGREE):
            _entry(rows, version_id, "agreement", EntryKind.DISAGREE, line, position, made)


def _entry(rows, version_id, section, kind, said, position, made, staff_id=None) -> None:
    rows.add(
        Entry,
        version_id=version_id,
        section=section,
        kind=kind,
        text=said,
        said_by=SaidBy.STAFF if staff_id else SaidBy.PERSON,
        staff_id=staff_id,
        position=position,
        staff_only=False,
        photo=None,
        created_at=made,
        updated_at=made,
    )


def _moment(day: date, rng: random.Random) -> datetime:
    return datetime.combine(day, time(rng.randint(9, 16), rng.choice((0, 15, 30, 45))), tzinfo=UTC)
