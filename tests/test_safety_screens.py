"""The safety screens: audit trail, backups, erasure, and typing kept when the disk is full."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QMessageBox

from supportplan.model.kinds import EntryKind, StaffRole
from tests.test_nothing_lost import _cap_pages
from ui.audit_view import AuditDialog
from ui.backups_view import BackupsDialog
from ui.main_window import MainWindow
from ui.person_dialog import PersonDialog
from ui.rights_view import EraseDialog, QuietPeopleDialog


def _answer_yes() -> None:
    box = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    )
    box.button(QMessageBox.StandardButton.Yes).click()


def test_the_audit_screen_lists_per_person_and_cannot_edit(qtbot, book) -> None:
    jo = book.people.add("Jo")
    version = book.plans.start(jo.id)
    book.entries.add(version.id, "home", EntryKind.GOOD, "My garden")
    book.people.add("Kim")
    dialog = AuditDialog(book, person_id=jo.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 3
    assert dialog.table.item(0, 2).text() == "added" and dialog.table.item(0, 3).text() == "entry"
    assert dialog.table.item(0, 1).text() == "Sam Carter"
    assert dialog.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    dialog.whose.setCurrentIndex(0)  # everyone
    assert dialog.table.rowCount() == len(book.audit_trail.events())
    dialog.check()
    assert "are as they were written" in dialog.check_result.text()


def test_backups_screen_backs_up_and_shows_what_a_backup_holds(qtbot, secret_book) -> None:
    secret_book.people.add("Jo")
    dialog = BackupsDialog(secret_book)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.backups.count() == 0 and not dialog.put_back.isEnabled()
    dialog.back_up_now()
    assert dialog.backups.count() == 1
    assert "holds 1 people and 0 plans" in dialog.contents.text()
    chosen = []
    dialog.restore_chosen.connect(chosen.append)
    QTimer.singleShot(0, _answer_yes)
    dialog.put_back.click()
    assert chosen == [secret_book.backups.list()[0].path]


def test_erase_needs_the_name_typed_and_a_reason(qtbot, book) -> None:
    admin = book.staff.add("Ada Admin", StaffRole.ADMIN)
    book.staff.act_as(admin.id)
    jo = book.people.add("Jo")
    dialog = EraseDialog(book, book.people.get(jo.id))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reason.setPlainText("They asked us to")
    qtbot.keyClicks(dialog.confirm, "Kim")
    dialog.erase.click()
    assert "exactly" in dialog.problem.text() and book.people.count() == 1
    dialog.confirm.setText("jo")
    dialog.erase.click()
    assert book.people.count() == 0
    assert book.audit_trail.events()[0].detail == "They asked us to"


def test_the_retention_list_says_when_nobody_is_due(qtbot, book) -> None:
    book.people.add("Jo")
    dialog = QuietPeopleDialog(book)
    qtbot.addWidget(dialog)
    assert dialog.people.count() == 0


def test_typing_stays_when_the_disk_is_full_and_saves_when_it_works_again(qtbot, book) -> None:
    limit = _cap_pages(book, 1)
    saved = []
    dialog = PersonDialog(save=lambda values: saved.append(book.people.add(**values)) or saved[-1])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.preferred_name, "Zosia")
    dialog.other.setPlainText("Likes to sit near the window. " * 1500)
    dialog.save_button().click()
    assert dialog.isVisible() and "disk is full" in dialog.problem.text()
    assert dialog.preferred_name.text() == "Zosia"  # nothing typed is lost
    assert book.people.count() == 0
    limit[0] = 1_000_000  # space freed
    book.engine.dispose()
    dialog.save_button().click()
    assert not dialog.isVisible() and book.people.find()[0].preferred_name == "Zosia"


def _banners(window: MainWindow) -> list[str]:
    return [
        label.text() for label in window.findChildren(QLabel) if label.objectName() == "demoBanner"
    ]


def test_a_plain_book_says_on_screen_that_it_is_not_locked(qtbot, book, demo_book) -> None:
    plain = MainWindow(book)
    qtbot.addWidget(plain)
    assert any("not locked with a password" in text for text in _banners(plain))
    practice = MainWindow(demo_book)
    qtbot.addWidget(practice)
    assert any("made up" in t and "not locked with a password" in t for t in _banners(practice))


def test_an_encrypted_book_shows_no_warning_and_has_the_safety_menu(qtbot, secret_book) -> None:
    window = MainWindow(secret_book)
    qtbot.addWidget(window)
    assert _banners(window) == []
    menus = [action.text() for action in window.menuBar().actions()]
    assert "&Safety" in menus and "&Person" in menus
