"""The pilot review window and the journey, driven through the real widgets."""

from __future__ import annotations

import csv
from datetime import date, timedelta

import pdfplumber
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QLineEdit,
)

from supportplan.model.kinds import AgreedHow
from tests.pilot_data import build
from ui.journey import JourneyDialog, JourneyView
from ui.main_window import MainWindow
from ui.pilot_review import PilotReviewWindow


@pytest.fixture
def data(book):
    return build(book)


@pytest.fixture
def review(qtbot, book, data) -> PilotReviewWindow:
    window = PilotReviewWindow(book)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def choose(qtbot, window: PilotReviewWindow, combo: QComboBox, value) -> None:
    combo.setCurrentIndex(combo.findData(str(value) if value else None))
    assert combo.currentIndex() >= 0
    qtbot.waitUntil(lambda: window.review.filter == window.filters.value())


def test_counts_and_charts_follow_the_staff_filter(qtbot, review, data) -> None:
    assert review.counts.text() == "3 people · 3 plans · 5 plan versions · 2 reviews"
    listened = review.person_feelings.charts["listened"]
    assert listened.counts == [0, 1, 1, 1, 2]
    assert "Mostly: 1 (20%)" in listened.accessibleDescription()
    assert review.staff_feelings.charts["together"].counts == [0, 1, 1, 1, 1]
    assert "listened" not in review.staff_feelings.charts

    choose(qtbot, review, review.filters.staff, data.alex)
    assert review.counts.text() == "1 person · 1 plan · 2 plan versions · 1 review"
    assert listened.counts == [0, 1, 0, 0, 1]
    assert review.goals.score.text() == "Goal score across 1 plan: 70.0"


def test_template_and_date_filters(qtbot, review, data) -> None:
    choose(qtbot, review, review.filters.template, data.template_v2)
    assert review.counts.text().startswith("1 person · 1 plan · 1 plan version")
    choose(qtbot, review, review.filters.template, None)
    review.filters.use_dates.setChecked(True)
    review.filters.start.setDate(QDate(2026, 1, 1))
    review.filters.end.setDate(QDate(2026, 3, 31))
    qtbot.waitUntil(lambda: review.review.counts.versions == 2)
    assert review.counts.text() == "2 people · 2 plans · 2 plan versions · 0 reviews"
    assert review.goals.score.text() == "No goal scores yet: goals are rated at a review."
    review.filters.use_dates.setChecked(False)
    qtbot.waitUntil(lambda: review.review.counts.versions == 5)


def test_tables_of_views_change_and_goals(review) -> None:
    views = review.views.table
    assert [views.item(0, c).text() for c in range(6)] == [
        "Wellbeing",
        "5",
        "2 (40%)",
        "4 (80%)",
        "2 (40%)",
        "1 (20%)",
    ]
    assert "the same 7 (50%)" in review.views.summary.text()
    change = review.change.person
    assert [change.item(2, c).text() for c in range(6)] == [
        "Community",
        "2",
        "0.00",
        "1 (50%)",
        "0 (0%)",
        "1 (50%)",
    ]
    assert review.change.staff.item(3, 2).text() == "–"  # nobody to compare
    assert review.change.person.item(0, 2).text() == "+1.00"
    assert review.goals.score.text() == "Goal score across 2 plans: 57.7"
    assert review.goals.summary.text() == (
        "4 goals were looked at again in a review. 4 rated; 3 (75%) went as hoped or better."
    )
    plans = review.goals.plans
    assert [plans.item(r, 3).text() for r in range(plans.rowCount())] == ["45.4", "70.0"]
    assert plans.item(0, 0).text().startswith("PL-")


def test_comments_can_be_searched(qtbot, review, data) -> None:
    review.page_list.setCurrentRow(2)
    assert review.pages.currentIndex() == 2
    assert review.comments.found.text() == "5 comments"
    qtbot.keyClicks(review.comments.search, "time")
    qtbot.waitUntil(lambda: review.comments.list.count() == 2)
    assert review.comments.list.item(0).text().startswith("“We ran out of time”")
    assert "We wrote it together: Not really" in review.comments.list.item(0).text()
    review.comments.search.clear()
    combo = review.comments.question
    combo.setCurrentIndex(combo.findText("This plan feels like mine"))
    qtbot.waitUntil(lambda: review.comments.list.count() == 1)
    assert "no face chosen" in review.comments.list.item(0).text()


def test_save_anonymised_csv(qtbot, review, tmp_path) -> None:
    out = tmp_path / "pilot.csv"
    review.choose_file = lambda pdf=False: str(out)
    qtbot.mouseClick(review.save_button, Qt.MouseButton.LeftButton)
    with out.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert len(rows) == 5
    assert "Saved 5 rows to pilot.csv" in review.saved.text()
    assert "Bethan" not in out.read_text("utf-8-sig")


def inside_a_control(widget) -> bool:
    parent = widget.parent()
    while parent is not None:
        if isinstance(parent, (QComboBox, QDateEdit)):
            return True
        parent = parent.parent()
    return False


def test_print_the_pilot_review_as_pdf(qtbot, review, data, tmp_path) -> None:
    out = tmp_path / "alex.pdf"
    review.choose_file = lambda pdf=False: str(out) if pdf else ""
    choose(qtbot, review, review.filters.staff, data.alex)
    qtbot.mouseClick(review.print_button, Qt.MouseButton.LeftButton)
    assert out.read_bytes().startswith(b"%PDF")
    assert "Saved the pilot review to alex.pdf" in review.saved.text()
    with pdfplumber.open(out) as pdf:
        first = pdf.pages[0].extract_text()
    assert "Plans written by Alex Khan." in first and "1 person" in first


def test_every_control_is_named_and_described(review) -> None:
    kinds = (QAbstractButton, QComboBox, QLineEdit, QDateEdit, QAbstractItemView)
    controls = [w for kind in kinds for w in review.findChildren(kind)]
    controls = [w for w in controls if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    assert len(controls) > 12
    for control in controls:
        if control.objectName().startswith("qt_") or inside_a_control(control):
            continue  # Qt's own parts of a control: a date box's text, a drop-down's list
        assert control.accessibleName(), control
        assert control.accessibleDescription(), control.accessibleName()


def test_the_menu_opens_the_pilot_review(qtbot, book, data) -> None:
    window = MainWindow(book)
    qtbot.addWidget(window)
    window.show()
    action = next(
        a
        for menu in window.menuBar().actions()
        for a in menu.menu().actions()
        if "Pilot review" in a.text()
    )
    action.trigger()
    assert window.pilot_review.isVisible()
    assert window.pilot_review.review.counts.people == 3


def test_the_journey_draws_both_views_of_every_area(qtbot, book, data) -> None:
    journey = book.journey.of_plan(data.plans["A"])
    assert [s.number for s in journey.stops] == [1, 2]
    assert journey.stops[0].day == date(2026, 1, 10)
    view = JourneyView(journey)
    qtbot.addWidget(view)
    view.resize(1000, 900)
    view.show()
    qtbot.waitExposed(view)
    assert [c.accessibleName() for c in view.charts] == [
        "Wellbeing",
        "Home",
        "Community",
        "Aspirations",
    ]
    assert view.charts[0].accessibleDescription() == (
        "Version 1: the person 2, staff 3; Version 2: the person 4, staff 4"
    )
    assert "staff not rated" in view.charts[3].accessibleDescription()
    image = view.charts[0].grab().toImage()
    seen = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    }
    assert QColor("#1f5f8b").name() in seen  # the person's solid line and dots
    assert QColor("#a0450f").name() in seen  # the staff's dashed line and squares
    assert [words for _who, words in view.legend.entries] == [
        "The person's own rating",
        "Staff's view",
    ]


def test_see_the_journey_from_the_person_page(qtbot, book, data) -> None:
    window = MainWindow(book)
    qtbot.addWidget(window)
    window.show()
    page = window.person_page
    window.show_person(data.people["C"])
    assert not page.journey_button.isEnabled()  # one version: no journey yet
    window.show_person(data.people["A"])
    assert page.journey_button.isEnabled()
    qtbot.mouseClick(page.journey_button, Qt.MouseButton.LeftButton)
    dialog = page.journey_dialog
    assert isinstance(dialog, JourneyDialog) and dialog.isVisible()
    assert dialog.view.journey.preferred_name == "Bethan"
    dialog.reject()


def test_home_shows_late_reviews_apart_from_those_due_soon(qtbot, book) -> None:
    today = date.today()
    for name, due_in in (("Late Lou", -10), ("Soon Sam", 12), ("Later Lee", 90)):
        person = book.people.add(name)
        version = book.plans.start(person.id)
        book.plans.agree(
            version.id,
            AgreedHow.TICK,
            today=today - timedelta(days=200),
            review_due=today + timedelta(days=due_in),
        )
    window = MainWindow(book)
    qtbot.addWidget(window)
    due = window.home.due
    lines = [due.item(i).text() for i in range(due.count())]
    assert lines[0] == "Late (1)"
    assert lines[1].startswith("Late Lou: late, was due") and lines[1].endswith("(10 days ago)")
    assert lines[2] == "Due in the next 30 days (1)"
    assert lines[3].startswith("Soon Sam: due") and lines[3].endswith("(in 12 days)")
    assert len(lines) == 4  # not the one due in 90 days
    assert not due.item(1).icon().isNull()  # late ones carry a warning sign, not colour alone
    assert due.item(3).icon().isNull()
    assert not (due.item(0).flags() & Qt.ItemFlag.ItemIsSelectable)
