from __future__ import annotations

from datetime import date, timedelta

import pytest

from supportplan.errors import AgreedVersionError, BadInput, NotFound
from supportplan.model.kinds import ABOUT_ME, AgreedHow, EntryKind, Helper, SaidBy, StepStatus
from supportplan.services.plans import add_months


@pytest.fixture
def draft(book):
    person = book.people.add("Jo")
    return book.plans.start(person.id)


def test_a_new_plan_has_the_four_standard_areas(draft) -> None:
    assert [a.key for a in draft.template.areas] == [
        "wellbeing",
        "home",
        "community",
        "aspirations",
    ]
    assert draft.summary.number == 1
    assert draft.editable
    assert all(a.question for a in draft.template.areas)


def test_entries_record_whose_words_they_are(book, draft) -> None:
    mine = book.entries.add(draft.id, "home", EntryKind.GOOD, "I like my bedroom.")
    staff = book.entries.add(draft.id, "home", EntryKind.GOOD, "Jo keeps it tidy.", SaidBy.STAFF)
    assert mine.said_by is SaidBy.PERSON and mine.staff_name == ""
    assert staff.said_by is SaidBy.STAFF and staff.staff_name == "Sam Carter"
    home = book.plans.get(draft.id).area("home")
    assert [e.text for e in home.good] == ["I like my bedroom.", "Jo keeps it tidy."]
    assert home.change == ()


def test_entries_can_be_edited_moved_removed_and_put_back(book, draft) -> None:
    a = book.entries.add(draft.id, "wellbeing", EntryKind.CHANGE, "A")
    b = book.entries.add(draft.id, "wellbeing", EntryKind.CHANGE, "B")
    c = book.entries.add(draft.id, "wellbeing", EntryKind.CHANGE, "C")
    book.entries.edit(b.id, words="B, changed")
    assert [e.text for e in book.entries.move(c.id, 0)] == ["C", "A", "B, changed"]
    removed = book.entries.remove(a.id)
    assert [e.text for e in book.plans.get(draft.id).area("wellbeing").change] == [
        "C",
        "B, changed",
    ]
    book.entries.restore(removed)
    assert [e.text for e in book.plans.get(draft.id).area("wellbeing").change] == [
        "C",
        "A",
        "B, changed",
    ]


def test_about_me_entries(book, draft) -> None:
    book.entries.add(draft.id, ABOUT_ME, EntryKind.LIKED_FOR, "I am funny.")
    book.entries.add(draft.id, ABOUT_ME, EntryKind.SUPPORT_ME, "Give me time.")
    view = book.plans.get(draft.id)
    assert [e.text for e in view.about_me_of(EntryKind.LIKED_FOR)] == ["I am funny."]
    assert [e.text for e in view.about_me_of(EntryKind.SUPPORT_ME)] == ["Give me time."]
    with pytest.raises(BadInput):
        book.entries.add(draft.id, ABOUT_ME, EntryKind.GOOD, "wrong list")
    with pytest.raises(NotFound):
        book.entries.add(draft.id, "garden", EntryKind.GOOD, "no such area")


@pytest.mark.parametrize("words", ["", "   \n\t "])
def test_empty_entries_are_refused_plainly(book, draft, words) -> None:
    with pytest.raises(BadInput, match="write something"):
        book.entries.add(draft.id, "home", EntryKind.GOOD, words)


def test_a_ten_thousand_letter_entry_is_kept_whole(book, draft) -> None:
    words = ("اردو 🙂 Cymraeg ŵŷ " * 600)[:10_000]
    entry = book.entries.add(draft.id, "community", EntryKind.GOOD, words)
    assert book.plans.get(draft.id).area("community").good[0].text == words.strip()
    assert len(entry.text) >= 9_999


def test_ratings_keep_both_views(book, draft) -> None:
    book.plans.rate(draft.id, "home", 2)
    view = book.plans.rate(draft.id, "home", 4, SaidBy.STAFF)
    home = view.area("home")
    assert (home.person_rating, home.staff_rating, home.staff_rating_by) == (2, 4, "Sam Carter")
    with pytest.raises(BadInput, match="five faces"):
        book.plans.rate(draft.id, "home", 6)
    assert book.plans.rather_not_talk(draft.id, "wellbeing", True).area("wellbeing").rather_not_talk


def test_goals_and_steps(book, draft) -> None:
    goal = book.goals.add(draft.id, "community", "I will take the bus on my own.")
    first = book.goals.add_step(
        goal.id, "Practise with staff", Helper.STAFF, by_when=date(2027, 1, 5)
    )
    book.goals.add_step(goal.id, "Get a bus pass", Helper.COMMUNITY, "Council office")
    book.goals.edit_step(first.id, status=StepStatus.DONE)
    steps = book.plans.get(draft.id).area("community").goals[0].steps
    assert [(s.what, s.status) for s in steps] == [
        ("Practise with staff", StepStatus.DONE),
        ("Get a bus pass", StepStatus.TO_DO),
    ]
    assert steps[1].helper_name == "Council office"
    removed = book.goals.remove(goal.id)
    assert book.plans.get(draft.id).area("community").goals == ()
    book.goals.restore(removed)
    back = book.plans.get(draft.id).area("community").goals[0]
    assert [s.what for s in back.steps] == ["Practise with staff", "Get a bus pass"]
    assert back.id == goal.id


def test_agreeing_makes_the_version_read_only(book, draft) -> None:
    entry = book.entries.add(draft.id, "home", EntryKind.GOOD, "I like my flat.")
    goal = book.goals.add(draft.id, "home", "I will cook.")
    step = book.goals.add_step(goal.id, "Buy a pan")
    agreed = book.plans.agree(draft.id, AgreedHow.TICK, today=date(2026, 12, 2))
    assert not agreed.editable
    assert agreed.summary.review_due == date(2027, 6, 2)  # six months, the default setting
    attempts = [
        lambda: book.entries.add(draft.id, "home", EntryKind.GOOD, "more"),
        lambda: book.entries.edit(entry.id, words="changed"),
        lambda: book.entries.remove(entry.id),
        lambda: book.plans.rate(draft.id, "home", 3),
        lambda: book.goals.edit(goal.id, words="changed"),
        lambda: book.goals.edit_step(step.id, what="changed"),
        lambda: book.goals.remove(goal.id),
        lambda: book.plans.agree(draft.id, AgreedHow.TICK),
    ]
    for attempt in attempts:
        with pytest.raises(AgreedVersionError, match="Start a review"):
            attempt()
    assert book.plans.get(draft.id).area("home").good[0].text == "I like my flat."


def test_agreeing_checks_what_each_way_needs(book, draft) -> None:
    with pytest.raises(BadInput, match="sign"):
        book.plans.agree(draft.id, AgreedHow.SIGNATURE)
    with pytest.raises(BadInput, match="who is agreeing"):
        book.plans.agree(draft.id, AgreedHow.ADVOCATE, advocate_name="Gwen")
    with pytest.raises(BadInput, match="why"):
        book.plans.agree(draft.id, AgreedHow.NOT_AGREED)
    view = book.plans.agree(
        draft.id,
        AgreedHow.NOT_AGREED,
        not_agreed_reason="I want more time.",
        disagreements=("The bit about money.",),
    )
    assert view.agreement.person_agreed is False
    assert [e.text for e in view.disagreements] == ["The bit about money."]
    assert view.agreement.staff_name == "Sam Carter"


def test_a_review_copies_the_last_version(book, draft) -> None:
    book.entries.add(draft.id, "home", EntryKind.GOOD, "I like my flat.")
    book.plans.rate(draft.id, "home", 2)
    goal = book.goals.add(draft.id, "home", "I will cook.")
    book.goals.add_step(goal.id, "Buy a pan", Helper.FAMILY, "Mum")
    book.plans.agree(draft.id, AgreedHow.TICK, disagreements=("Not this bit.",))
    review = book.plans.start_review(draft.summary.plan_id)
    assert review.summary.number == 2 and review.editable
    home = review.area("home")
    assert [e.text for e in home.good] == ["I like my flat."]
    assert home.person_rating is None  # re-rated at the review
    assert home.goals[0].carried_from_id == goal.id
    assert home.goals[0].steps[0].helper_name == "Mum"
    assert review.disagreements == ()
    with pytest.raises(BadInput, match="still a draft"):
        book.plans.start_review(draft.summary.plan_id)
    rated = book.goals.how_it_went(home.goals[0].id, 4, "Cooked every Friday")
    assert (rated.attainment, rated.attainment_note) == (4, "Cooked every Friday")
    # the first version is untouched
    assert book.plans.get(draft.id).area("home").person_rating == 2


def test_reviews_due_lists_overdue_first_and_only_latest_agreed(book) -> None:
    today = date(2026, 12, 2)
    plans = {}
    for name, due_in in (("Late", -10), ("Soon", 12), ("Later", 90)):
        person = book.people.add(name)
        version = book.plans.start(person.id)
        book.plans.agree(
            version.id,
            AgreedHow.TICK,
            today=today - timedelta(days=200),
            review_due=today + timedelta(days=due_in),
        )
        plans[name] = version
    due = book.plans.due_for_review(30, today=today)
    assert [(d.preferred_name, d.overdue) for d in due] == [("Late", True), ("Soon", False)]
    book.plans.start_review(plans["Late"].summary.plan_id)
    assert [d.preferred_name for d in book.plans.due_for_review(30, today=today)] == ["Soon"]


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2027, 8, 31), 6, date(2028, 2, 29)),
        (date(2026, 12, 2), 6, date(2027, 6, 2)),
        (date(2026, 7, 15), 18, date(2028, 1, 15)),
    ],
)
def test_add_months(day, months, expected) -> None:
    assert add_months(day, months) == expected
