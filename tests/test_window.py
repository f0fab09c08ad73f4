"""The first window, driven through real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from ui.main_window import MainWindow
from ui.person_dialog import PersonDialog


def _shown(qtbot, book) -> MainWindow:
    window = MainWindow(book)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_window_lists_people_and_search_narrows_it(qtbot, demo_book) -> None:
    window = _shown(qtbot, demo_book)
    assert window.home.model.rowCount() == len(demo_book.people.find())
    qtbot.keyClicks(window.home.search, "luk")  # ASCII: QTest types only ASCII keys
    qtbot.waitUntil(lambda: window.home.model.rowCount() == 1)
    assert window.home.model.person(0).preferred_name == "Łukasz"
    assert "1 found" in window.home.count.text()
    window.home.search.clear()
    qtbot.keyClicks(window.home.search, "nobody-called-this")
    qtbot.waitUntil(lambda: window.home.model.rowCount() == 0)
    assert "Nobody with that name" in window.home.count.text()


def test_reviews_due_are_shown_on_home(qtbot, demo_book) -> None:
    window = _shown(qtbot, demo_book)
    lines = [window.home.due.item(i).text() for i in range(window.home.due.count())]
    assert any("late" in line for line in lines)
    assert any("Rhys: due" in line for line in lines)


def test_enter_in_search_opens_the_person_with_their_plans(qtbot, demo_book) -> None:
    window = _shown(qtbot, demo_book)
    qtbot.keyClicks(window.home.search, "rhys")
    qtbot.keyClick(window.home.search, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.person_page
    page = window.person_page
    assert page.name.text().startswith("Rhys")
    assert "Easy read" in page.needs.text()
    plan = page.tree.topLevelItem(0)
    assert plan.childCount() == 3
    assert plan.child(2).text(1) == "Agreed"
    assert plan.child(0).text(1) == "Agreed, then reviewed"
    assert page.review_button.isEnabled()
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.home


def test_add_a_person_through_the_dialog(qtbot, book) -> None:
    window = _shown(qtbot, book)

    def fill() -> None:
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, PersonDialog) and w.isVisible()
        )
        qtbot.keyClicks(dialog.preferred_name, "Zosia")
        dialog.full_name.insert("Zofia Wiśniewska")
        dialog.easy_read.setChecked(True)
        dialog.language.setCurrentIndex(dialog.language.findData("pl"))
        buttons = dialog.findChild(QDialogButtonBox)
        buttons.button(QDialogButtonBox.StandardButton.Save).click()

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(window.home.add_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.person_page
    person = book.people.find("zosia")[0]
    assert book.people.get(person.id).needs.language == "pl"
    assert "Language: Polski" in window.person_page.needs.text()


def test_an_empty_name_is_not_saved(qtbot, book) -> None:
    dialog = PersonDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible()
    assert "Please write the name" in dialog.problem.text()
    assert book.people.count() == 0


def test_starting_a_plan_shows_a_draft_version(qtbot, book) -> None:
    person = book.people.add("Jo")
    window = _shown(qtbot, book)
    window.show_person(person.id)
    opened = []
    window.person_page.open_version.connect(opened.append)
    qtbot.mouseClick(window.person_page.start_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    assert book.plans.get(opened[0]).editable
