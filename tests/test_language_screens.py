"""Staff choose the app's language; screens in Welsh and Urdu at 200% text; nothing clipped."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from supportplan.i18n import app_language
from tests.screen_checks import clipped_text
from tests.workspace_helpers import open_window, settle
from ui import language, theme
from ui.main_window import MainWindow

SHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


@pytest.fixture
def app_in_english(qapp):
    yield qapp
    language.apply(qapp, "en")
    theme.apply(qapp, 100)


def choose_language(qtbot, window: MainWindow, code: str) -> MainWindow:
    """View > Language > the language, as staff would choose it."""
    action = next(a for a in window.language_actions.actions() if a.data() == code)
    action.trigger()
    new = next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, MainWindow) and w is not window and w.isVisible()
    )
    qtbot.addWidget(new)
    settle()
    return new


def test_choosing_welsh_shows_welsh_and_is_remembered(qtbot, demo_book, app_in_english) -> None:
    window = open_window(qtbot, demo_book)
    rhys = demo_book.people.find("rhys")[0]
    window.show_person(rhys.id)
    names = [a.text() for a in window.language_actions.actions()]
    assert names[:3] == ["English", "Cymraeg", "Polski"]
    welsh = choose_language(qtbot, window, "cy")
    assert app_language() == "cy"
    assert demo_book.settings.get("app_language") == "cy"
    assert not window.isVisible()
    # The same person's page, now in Welsh.
    assert welsh.pages.currentWidget() is welsh.person_page
    assert welsh.person_page.back_button.text() == "Yn ôl at y bobl"
    menus = [a.text() for a in welsh.menuBar().actions()]
    assert {"&Ffeil", "&Gweld", "&Cymorth"} <= set(menus) and "&File" not in menus
    welsh.show_home()
    assert welsh.home.add_button.text() == "Ychwanegu person"
    assert welsh.home.count.text() == "13 o bobl"
    # Qt's own buttons, which Qt has no Welsh for, come from our catalog.
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    assert sorted(b.text() for b in buttons.buttons()) == ["Cadw", "Canslo"]
    english = choose_language(qtbot, welsh, "en")
    assert english.home.add_button.text() == "Add a person"


def test_words_typed_are_kept_when_the_language_changes(qtbot, demo_book, app_in_english):
    window = open_window(qtbot, demo_book)
    yusuf = demo_book.people.find("yusuf")[0]
    window.open_workspace(demo_book.plans.plans_for(yusuf.id)[0].latest.id, "home")
    window.workspace.page_of["home"].good.box.insertPlainText("I like my new kettle.")
    polish = choose_language(qtbot, window, "pl")
    assert polish.workspace is not None and polish.workspace.current_key() == "home"
    good = polish.workspace.doc.view.area("home").good
    assert good[-1].text == "I like my new kettle."
    assert polish.workspace.page_of["home"].good.title.text() == "Co jest dobre"
    # Qt's own Polish translations give its standard buttons.
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.buttons()[0].text() == "Anuluj"


def test_urdu_mirrors_the_app(qtbot, demo_book, app_in_english) -> None:
    window = open_window(qtbot, demo_book)
    urdu = choose_language(qtbot, window, "ur")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert urdu.home.add_button.text() == "نیا فرد شامل کریں"
    english = choose_language(qtbot, urdu, "en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert english.home.add_button.text() == "Add a person"


def _screens(qtbot, book, window: MainWindow):
    yield "home", window
    rhys = book.people.find("rhys")[0]
    window.show_person(rhys.id)
    settle()
    yield "person", window
    yusuf = book.people.find("yusuf")[0]
    window.open_workspace(book.plans.plans_for(yusuf.id)[0].latest.id, "home")
    settle()
    yield "area-home", window
    window.workspace.show_section("about_me")
    settle()
    yield "about_me", window


@pytest.mark.parametrize("code", ["cy", "ur", "pseudo"])
def test_screens_at_200_percent_have_no_clipped_text(qtbot, demo_book, app_in_english, code):
    """Writes docs/screenshots/<code>-*-200.png for home, a person and an area (look at them)."""
    language.apply(app_in_english, code)
    theme.apply(app_in_english, 200)
    window = open_window(qtbot, demo_book)
    settle()
    SHOTS.mkdir(parents=True, exist_ok=True)
    for name, screen in _screens(qtbot, demo_book, window):
        assert clipped_text(screen) == [], f"{name} in {code}"
        # No page is wider than the window: nothing hides off to the side.
        if window.workspace is not None:
            scroll = window.workspace.pages.currentWidget()
            assert not scroll.horizontalScrollBar().isVisible(), f"{name} in {code}"
        if code != "pseudo" and name in ("home", "person", "area-home"):
            assert screen.grab().save(str(SHOTS / f"{code}-{name}-200.png"))
