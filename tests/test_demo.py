from __future__ import annotations

from supportplan.model.kinds import AgreedHow, StepStatus


def test_demo_has_people_from_many_cultures_at_every_stage(demo_book) -> None:
    people = demo_book.people.find()
    assert len(people) >= 12
    names = " ".join(f"{p.preferred_name} {p.full_name}" for p in people)
    for spelling in ("Siân", "Łukasz", "Wiśniewska", "عائشہ", "يوسف"):
        assert spelling in names

    stages = set()
    agreed_ways = set()
    reviewed_twice = 0
    attained = set()
    step_statuses = set()
    feedback = 0
    for person in people:
        for plan in demo_book.plans.plans_for(person.id):
            numbers = [v.number for v in plan.versions if not v.is_draft]
            reviewed_twice += len(numbers) >= 3
            for summary in plan.versions:
                stages.add(
                    "draft" if summary.is_draft else "reviewed" if summary.reviewed else "agreed"
                )
                view = demo_book.plans.get(summary.id)
                if view.agreement:
                    agreed_ways.add(view.agreement.how)
                feedback += len(view.feedback)
                for area in view.areas:
                    for goal in area.goals:
                        attained.add(goal.attainment)
                        step_statuses.update(s.status for s in goal.steps)
    assert stages == {"draft", "agreed", "reviewed"}
    assert reviewed_twice >= 2
    assert {
        AgreedHow.TICK,
        AgreedHow.SIGNATURE,
        AgreedHow.ADVOCATE,
        AgreedHow.NOT_AGREED,
    } <= agreed_ways
    assert StepStatus.DONE in step_statuses and StepStatus.TO_DO in step_statuses
    assert len(attained - {None}) >= 3
    assert feedback > 20
    assert demo_book.settings.get("demo_book") is True


def test_ratings_change_across_reviews(demo_book) -> None:
    rhys = demo_book.people.find("rhys")[0]
    plan = demo_book.plans.plans_for(rhys.id)[0]
    ratings = [
        tuple(a.person_rating for a in demo_book.plans.get(v.id).areas) for v in plan.versions
    ]
    assert len(ratings) == 3
    assert len(set(ratings)) > 1


def test_the_benchmark_size_is_reachable(tmp_path) -> None:
    from supportplan.book import PlanBook
    from supportplan.demo import generate

    book = PlanBook.open(tmp_path / "big.db")
    try:
        generate(book, people=40, versions=400)
        total = sum(
            len(plan.versions)
            for person in book.people.find()
            for plan in book.plans.plans_for(person.id)
        )
        assert total == 400
    finally:
        book.close()
