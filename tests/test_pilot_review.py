"""The pilot review's figures, each checked against the hand-worked data in tests/pilot_data.py."""

from __future__ import annotations

import math
from datetime import date

import pytest

from supportplan.pilot import PilotFilter
from supportplan.pilot.attainment import t_score, t_score_of
from tests.pilot_data import build


@pytest.fixture
def data(book):
    return build(book)


def by_area(rows) -> dict:
    return {row.area_key: row for row in rows}


def test_goal_scores_match_hand_worked_figures() -> None:
    # docs/pilot-review.md: ratings 4, 3, 1 -> +1, 0, -2; sum -1; sqrt(0.7*3 + 0.3*9) = sqrt(4.8)
    assert t_score_of([4, 3, 1]) == pytest.approx(45.4356, abs=1e-4)
    assert t_score_of([5]) == pytest.approx(70.0)  # one goal: sqrt(0.7 + 0.3) = 1
    assert t_score_of([3, 3]) == pytest.approx(50.0)  # all as hoped
    assert t_score_of([5, 5, 5, 5]) == pytest.approx(79.0190, abs=1e-4)  # 50 + 80 / sqrt(7.6)
    assert t_score_of([1, 2]) == pytest.approx(50 - 30 / math.sqrt(2.6))
    assert t_score(0, 7) == 50
    with pytest.raises(ValueError):
        t_score(0, 0)


def test_counts(book, data) -> None:
    counts = book.pilot.review().counts
    assert (counts.people, counts.plans, counts.versions, counts.reviews, counts.agreed) == (
        3,
        3,
        5,
        2,
        4,
    )


def test_spread_of_feedback_answers(book, data) -> None:
    questions = {q.key: q for q in book.pilot.review().questions}
    assert questions["listened"].counts == (0, 1, 1, 1, 2)
    assert questions["listened"].comments == 3
    assert questions["mine"].counts == (0, 0, 1, 1, 1)
    assert (questions["mine"].no_answer, questions["mine"].comments) == (1, 1)
    assert questions["together"].counts == (0, 1, 1, 1, 1)
    assert questions["easy_words"].answered == 0
    keys = [q.key for q in book.pilot.review().questions]
    assert keys.index("again") < keys.index("together")  # the person's questions come first


def test_comments_are_searchable(book, data) -> None:
    everything = book.pilot.comments()
    assert everything.total == 5
    assert everything.shown[0].words == "We ran out of time"  # newest first
    time = book.pilot.comments(search="TIME")
    assert sorted(c.words for c in time.shown) == ["Much better this time", "We ran out of time"]
    assert [c.words for c in book.pilot.comments(search="too many").shown] == ["Too many questions"]
    assert book.pilot.comments(search="100%").total == 0  # % is a letter here, not a wildcard
    only_staff = book.pilot.comments(PilotFilter(staff_id=data.alex))
    assert {c.words for c in only_staff.shown} == {
        "Too many questions",
        "I am not sure what mine means",
    }
    assert book.pilot.comments(limit=2).total == 5
    assert len(book.pilot.comments(limit=2).shown) == 2


def test_how_often_person_and_staff_ratings_agree(book, data) -> None:
    rows = by_area(book.pilot.review().agreement)
    figures = {
        key: (r.pairs, r.same, r.within_one, r.person_higher, r.staff_higher)
        for key, r in rows.items()
    }
    assert figures == {
        "wellbeing": (5, 2, 4, 2, 1),
        "home": (5, 2, 5, 2, 1),
        "community": (3, 2, 2, 0, 1),
        "aspirations": (1, 1, 1, 0, 0),
    }
    assert rows["home"].area_title == "Home"


def test_change_from_first_to_latest_agreed_version(book, data) -> None:
    review = book.pilot.review()
    person = {
        k: (r.plans, r.mean_change, r.up, r.same, r.down)
        for k, r in by_area(review.person_change).items()
    }
    assert person == {
        "wellbeing": (2, 1.0, 1, 1, 0),
        "home": (2, 1.0, 1, 1, 0),
        "community": (2, 0.0, 1, 0, 1),
        "aspirations": (1, 1.0, 1, 0, 0),
    }
    staff = {
        k: (r.plans, r.mean_change, r.up, r.same, r.down)
        for k, r in by_area(review.staff_change).items()
    }
    assert staff == {
        "wellbeing": (2, 1.0, 2, 0, 0),
        "home": (2, 0.0, 1, 0, 1),
        "community": (1, -1.0, 0, 0, 1),
        "aspirations": (0, None, 0, 0, 0),
    }


def test_goals_rated_at_reviews_and_their_scores(book, data) -> None:
    goals = book.pilot.review().goals
    assert (goals.carried, goals.rated, goals.met) == (4, 4, 3)
    assert goals.counts == (1, 0, 1, 1, 1)
    scores = {p.plan_id: p for p in goals.plans}
    bethan, yusuf = scores[data.plans["A"]], scores[data.plans["B"]]
    assert (bethan.rated, bethan.met, bethan.total) == (3, 2, -1)
    assert bethan.score == pytest.approx(45.4356, abs=1e-4)
    assert (yusuf.rated, yusuf.met, yusuf.total, yusuf.score) == (1, 1, 2, 70.0)
    assert data.plans["C"] not in scores  # a first plan has no goals to look back on
    assert goals.mean_score == pytest.approx((45.43565 + 70) / 2, abs=1e-4)
    assert [p.plan_id for p in goals.plans] == [data.plans["A"], data.plans["B"]]  # lowest first
    assert all(p.code.startswith("PL-") for p in goals.plans)


def test_staff_filter(book, data) -> None:
    review = book.pilot.review(PilotFilter(staff_id=data.alex))
    counts = review.counts
    assert (counts.people, counts.plans, counts.versions, counts.reviews) == (1, 1, 2, 1)
    assert {q.key: q.counts for q in review.questions}["listened"] == (0, 1, 0, 0, 1)
    assert review.goals.mean_score == 70.0
    assert by_area(review.agreement)["wellbeing"].pairs == 2


def test_template_filter(book, data) -> None:
    review = book.pilot.review(PilotFilter(template_id=data.template_v2))
    assert (review.counts.people, review.counts.versions, review.counts.agreed) == (1, 1, 0)
    assert {q.key: q.counts for q in review.questions}["listened"] == (0, 0, 1, 0, 0)
    assert {q.key: q.counts for q in review.questions}["together"] == (0, 1, 0, 0, 0)
    assert review.goals.plans == ()


def test_date_filter_includes_both_ends(book, data) -> None:
    first_months = book.pilot.review(PilotFilter(start=date(2026, 1, 10), end=date(2026, 2, 15)))
    assert (first_months.counts.versions, first_months.counts.reviews) == (2, 0)
    # each plan has only one agreed version in the range, so nothing to compare
    assert all(r.plans == 0 for r in first_months.person_change)
    assert first_months.goals.mean_score is None
    later = book.pilot.review(PilotFilter(start=date(2026, 7, 1)))
    assert (later.counts.versions, later.counts.people) == (3, 3)
    assert book.pilot.review(PilotFilter(end=date(2026, 1, 9))).counts.versions == 0


def test_filter_choices(book, data) -> None:
    choices = book.pilot.choices()
    assert [s.name for s in choices.staff] == ["Alex Khan", "Sam Carter"]
    assert [(t.name, t.version) for t in choices.templates] == [
        ("Standard plan", 1),
        ("Standard plan", 2),
    ]
    assert (choices.first_day, choices.last_day) == (date(2026, 1, 10), date(2026, 9, 1))


def test_an_empty_book_has_an_empty_review(book) -> None:
    review = book.pilot.review()
    assert review.counts.versions == 0
    assert all(q.answered == 0 for q in review.questions)
    assert review.goals.mean_score is None
    assert all(r.pairs == 0 for r in review.agreement)


def test_the_journey_of_a_plan(book, data) -> None:
    book.plans.start_review(data.plans["A"])  # a third version, still being written
    journey = book.journey.of_plan(data.plans["A"])
    assert [(s.number, s.agreed) for s in journey.stops] == [(1, True), (2, True), (3, False)]
    assert journey.preferred_name == "Bethan"
    wellbeing = journey.areas[0]
    assert (wellbeing.key, wellbeing.title) == ("wellbeing", "Wellbeing")
    assert [(r.person, r.staff) for r in wellbeing.ratings] == [(2, 3), (4, 4), (None, None)]
    aspirations = journey.areas[3]
    assert [(r.person, r.staff) for r in aspirations.ratings] == [(4, None), (5, 5), (None, None)]
