"""Every screen: assistive-tech names, no clipped text at 100% and 200%, and screenshots."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.screen_checks import clipped_text, not_reachable_by_keyboard, unnamed_controls
from tests.workspace_helpers import open_window, settle
from ui import theme
from ui.person_dialog import PersonDialog
from ui.staff_dialog import ChooseStaffDialog, FirstRunDialog
from ui.step_dialog import StepDialog

SHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SECTIONS = ("about_me", "wellbeing", "home", "community", "aspirations", "agree", "feedback")


@pytest.fixture(params=[100, 200], ids=["text-100", "text-200"])
def scale(request):
    theme.apply(QApplication.instance(), request.param)
    yield request.param
    theme.apply(QApplication.instance(), 100)


def _screens(qtbot, demo_book):
    """Yield (name, widget) for home, a person page and every section of a draft and a review."""
    window = open_window(qtbot, demo_book)
    settle()
    yield "home", window
    rhys = demo_book.people.find("rhys")[0]
    window.show_person(rhys.id)
    settle()
    yield "person", window
    yusuf = demo_book.people.find("yusuf")[0]  # a review being written: faces, how it went
    window.open_workspace(demo_book.plans.plans_for(yusuf.id)[0].latest.id)
    for key in SECTIONS:
        window.workspace.show_section(key)
        settle()
        yield f"review-{key}", window
    window.open_workspace(demo_book.plans.plans_for(rhys.id)[0].latest.id)
    for key in ("home", "agree"):
        window.workspace.show_section(key)
        settle()
        yield f"agreed-{key}", window


def test_every_control_has_a_name_and_description(qtbot, demo_book) -> None:
    for name, screen in _screens(qtbot, demo_book):
        assert unnamed_controls(screen) == [], name
    for dialog in (
        PersonDialog(),
        StepDialog(),
        FirstRunDialog(demo_book),
        ChooseStaffDialog(demo_book),
    ):
        qtbot.addWidget(dialog)
        assert unnamed_controls(dialog) == [], type(dialog).__name__


def test_every_control_can_be_reached_with_the_tab_key(qtbot, demo_book) -> None:
    for name, screen in _screens(qtbot, demo_book):
        assert not_reachable_by_keyboard(screen) == [], name


def test_no_text_is_cut_off(qtbot, demo_book, scale) -> None:
    for name, screen in _screens(qtbot, demo_book):
        assert clipped_text(screen) == [], f"{name} at {scale}%"


def test_screenshots_for_the_docs(qtbot, demo_book, scale) -> None:
    """Writes docs/screenshots/*.png: home, a person, an area page, agree (look at them)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    wanted = {"home", "person", "review-home", "review-about_me", "agreed-agree"}
    written = []
    for name, screen in _screens(qtbot, demo_book):
        if name in wanted:
            path = SHOTS / f"{name}-{scale}.png"
            assert screen.grab().save(str(path))
            written.append(path)
    assert len(written) == len(wanted)
    assert all(p.stat().st_size > 10_000 for p in written)


def test_the_checks_themselves_notice_problems(qtbot) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

    screen = QWidget()
    qtbot.addWidget(screen)
    squeezed = QPushButton("Some rather long words on a button")
    squeezed.setFixedSize(40, 12)
    QVBoxLayout(screen).addWidget(squeezed)
    screen.show()
    assert len(clipped_text(screen)) == 1
    assert len(unnamed_controls(screen)) == 1
