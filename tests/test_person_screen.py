"""The person's own screen: in sync both ways, private, pausable, read aloud or saying why not."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from supportplan.model.kinds import EntryKind, SaidBy
from tests.workspace_helpers import click, open_window, settle, type_into
from ui.person_screen import PersonScreen
from ui.read_aloud import ENGINE_VARIABLE
from ui.shared_screen import TogetherView

SHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def visible_words(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


@pytest.fixture
def staff_and_person(qtbot, book):
    person = book.people.add("Jo")
    version = book.plans.start(person.id)
    window = open_window(qtbot, book)
    window.open_workspace(version.id)
    workspace = window.workspace
    screen = PersonScreen(workspace.doc)
    qtbot.addWidget(screen)
    screen.resize(1280, 900)
    screen.show()
    qtbot.waitExposed(screen)
    return window, workspace, screen


def test_edits_show_on_both_screens_at_once(qtbot, book, staff_and_person) -> None:
    _window, workspace, screen = staff_and_person
    workspace.show_section("home")
    settle()
    assert "How is life at home?" in visible_words(screen)  # the person's screen followed staff
    page = workspace.page_of["home"]
    type_into(qtbot, page.good.box, "I like my garden.")
    click(qtbot, page.good.add_button)
    settle()
    assert "I like my garden." in visible_words(screen)

    type_into(qtbot, screen.words_box, "I want a cat.")
    click(qtbot, screen.add_change)
    settle()
    change = book.plans.get(workspace.doc.view.id).area("home").change
    assert [(e.text, e.said_by) for e in change] == [("I want a cat.", SaidBy.PERSON)]
    cards = [page.change.cards.itemAt(i).widget() for i in range(page.change.cards.count())]
    assert [c.words.text() for c in cards] == ["I want a cat."]
    assert cards[0].objectName() == "personWords"

    screen_faces = screen.scroll.widget().findChildren(type(page.person_faces))[0]
    click(qtbot, screen_faces.buttons[4])
    settle()
    assert page.person_faces.value() == 4
    workspace.undo_action.trigger()
    settle()
    assert page.person_faces.value() is None


def test_the_person_can_move_only_when_staff_allow(qtbot, staff_and_person) -> None:
    _window, workspace, screen = staff_and_person
    assert not screen.next_button.isVisible()
    click(qtbot, workspace.can_move)
    screen.set_can_move(True)
    settle()
    click(qtbot, screen.next_button)
    assert workspace.current_key() == "wellbeing"


def test_privacy_staff_notes_and_staff_view(qtbot, book, staff_and_person) -> None:
    _window, workspace, screen = staff_and_person
    version = workspace.doc.view.id
    note = book.entries.add(
        version, "home", EntryKind.GOOD, "Private staff note", SaidBy.STAFF, staff_only=True
    )
    book.entries.add(version, "home", EntryKind.GOOD, "Shared staff note", SaidBy.STAFF)
    book.plans.rate(version, "home", 2, SaidBy.STAFF)
    other = book.people.add("Somebody Else")
    workspace.doc.reload()
    workspace.show_section("home")
    settle()
    words = visible_words(screen)
    assert "Shared staff note" in words
    assert "Private staff note" not in words
    assert "Staff see it as" not in words
    assert other.preferred_name not in words
    screen.set_share_staff_view(True)
    settle()
    assert "Staff see it as: Not going well" in visible_words(screen)
    assert note.staff_only


def test_pause_blanks_the_screen_at_once(qtbot, staff_and_person) -> None:
    _window, workspace, screen = staff_and_person
    workspace.show_section("about_me")
    screen.pause(True)
    settle()
    assert screen.is_paused()
    assert visible_words(screen).strip() == "Back soon"
    screen.pause(False)
    settle()
    assert "About me" in visible_words(screen)


def test_read_aloud_says_plainly_when_the_computer_cannot(qtbot, book, monkeypatch) -> None:
    monkeypatch.delenv(ENGINE_VARIABLE, raising=False)
    import PySide6.QtTextToSpeech as tts

    monkeypatch.setattr(tts.QTextToSpeech, "availableEngines", staticmethod(lambda: []))
    person = book.people.add("Jo")
    from ui.plan_document import PlanDocument

    doc = PlanDocument(book, book.plans.start(person.id).id)
    screen = PersonScreen(doc)
    qtbot.addWidget(screen)
    assert not screen.read_button.isEnabled()
    assert screen.read_button.text() == "Read aloud is not set up here"
    assert "not set up" in screen.read_button.accessibleDescription()
    assert screen.read_aloud() is False


def test_read_aloud_speaks_the_page_with_an_engine(qtbot, book, monkeypatch) -> None:
    monkeypatch.setenv(ENGINE_VARIABLE, "mock")  # Qt's test engine: speaks nothing, reports it did
    person = book.people.add("Jo")
    from ui.plan_document import PlanDocument

    doc = PlanDocument(book, book.plans.start(person.id).id)
    doc.show_section("home")
    screen = PersonScreen(doc)
    qtbot.addWidget(screen)
    assert screen.read_button.isEnabled()
    assert "How is life at home?" in screen.spoken
    assert screen.read_aloud() is True
    assert screen.speech.speech.engine() == "mock"


def test_together_view_on_one_screen_and_back_without_losing_anything(qtbot, book) -> None:
    person = book.people.add("Jo")
    version = book.plans.start(person.id)
    window = open_window(qtbot, book)
    window.open_workspace(version.id)
    workspace = window.workspace
    workspace.show_section("home")
    type_into(qtbot, workspace.page_of["home"].change.box, "Half-written words")
    click(qtbot, workspace.screen_button)  # one screen here, so it turns to the Together view
    assert isinstance(window.pages.currentWidget(), TogetherView)
    together = window.together
    assert "How is life at home?" in visible_words(together.person_screen)
    click(qtbot, together.pause_button)
    assert together.person_screen.is_paused()
    click(qtbot, together.back_button)
    assert window.pages.currentWidget() is workspace
    assert workspace.page_of["home"].change.box.text() == "Half-written words"


def test_right_to_left_for_urdu(qtbot, book) -> None:
    from supportplan.services.views import CommunicationNeeds
    from ui.plan_document import PlanDocument

    person = book.people.add("عائشہ", needs=CommunicationNeeds(language="ur"))
    doc = PlanDocument(book, book.plans.start(person.id).id)
    screen = PersonScreen(doc)
    qtbot.addWidget(screen)
    assert screen.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_screenshots_of_the_persons_screen_for_each_area(qtbot, demo_book) -> None:
    from PySide6.QtWidgets import QApplication

    from ui import theme
    from ui.plan_document import PlanDocument

    theme.apply(QApplication.instance(), 100)
    rhys = demo_book.people.find("rhys")[0]
    doc = PlanDocument(demo_book, demo_book.plans.plans_for(rhys.id)[0].latest.id)
    screen = PersonScreen(doc)
    qtbot.addWidget(screen)
    screen.resize(1280, 900)
    screen.show()
    SHOTS.mkdir(parents=True, exist_ok=True)
    keys = ["about_me", *(a.key for a in doc.view.template.areas), "agree", "feedback"]
    for key in keys:
        doc.show_section(key)
        settle()
        assert screen.grab().save(str(SHOTS / f"person-screen-{key}.png"))
    assert all((SHOTS / f"person-screen-{k}.png").stat().st_size > 10_000 for k in keys)


def test_on_another_display_it_opens_full_screen_and_closes_with_the_plan(qtbot, book) -> None:
    from PySide6.QtGui import QGuiApplication

    person = book.people.add("Jo")
    window = open_window(qtbot, book)
    window.open_workspace(book.plans.start(person.id).id)
    shared = window.workspace.shared
    screen = shared.show_on(QGuiApplication.primaryScreen())  # as a second display would be
    qtbot.addWidget(screen)
    qtbot.waitUntil(screen.isFullScreen, timeout=3000)
    assert window.workspace.pause_button.isEnabled()
    click(qtbot, window.workspace.pause_button)
    assert screen.is_paused()
    click(qtbot, window.workspace.back_button)
    assert shared.window is None  # leaving the plan closes the person's screen
