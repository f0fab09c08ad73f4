"""The app's start, daily backup, restore and a second copy, driven through real windows."""

from __future__ import annotations

import argparse

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from supportplan.security.access import Gate, open_as, sign_in
from tests.conftest import PASSWORD
from ui import safety
from ui.app import lock_guard, open_book
from ui.first_run import FirstRunDialog, RecoveryKeyDialog
from ui.main_window import MainWindow
from ui.sign_in import SignInDialog


def _visible(kind):
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def test_the_first_start_sets_up_an_encrypted_book(qtbot, tmp_path, cheap_keys) -> None:
    path = tmp_path / "plans.db"

    def set_up() -> None:
        dialog = _visible(FirstRunDialog)
        dialog.name.setText("Ada Admin")
        dialog.password.setText(PASSWORD)
        dialog.again.setText(PASSWORD)
        QTimer.singleShot(0, keep_key)
        dialog.start.click()

    def keep_key() -> None:
        shown = _visible(RecoveryKeyDialog)
        shown.kept.setChecked(True)
        shown.carry_on.click()

    QTimer.singleShot(0, set_up)
    book, throwaway = open_book(argparse.Namespace(db=path, demo=False))
    assert throwaway is None and book.encrypted
    guard = lock_guard(book, 5)
    try:
        assert guard.remaining_ms() > 4 * 60_000
        assert book.staff.current().name == "Ada Admin"
    finally:
        guard.stop()
        book.close()
    assert not path.read_bytes().startswith(b"SQLite format 3")


def test_a_second_copy_is_told_the_book_is_open_elsewhere(qtbot, secret_book) -> None:
    dialog = SignInDialog(secret_book.path)
    qtbot.addWidget(dialog)
    dialog.password.setText(PASSWORD)
    dialog.go.click()
    assert dialog.book is None
    assert "already open in another Plan Together window" in dialog.problem.text()


def test_the_daily_backup_is_made_once_a_day(qtbot, secret_book) -> None:
    window = MainWindow(secret_book)
    qtbot.addWidget(window)
    safety.daily_backup(window)
    safety.daily_backup(window)
    assert len(secret_book.backups.list()) == 1


def test_putting_a_backup_back_keeps_the_book_aside_and_closes(qtbot, secret_book) -> None:
    secret_book.people.add("Jo")
    backup = secret_book.backups.make()
    secret_book.people.add("Added later")
    path, key, admin = secret_book.path, secret_book.key, secret_book.staff.current().id
    window = MainWindow(secret_book)
    qtbot.addWidget(window)
    window.show()
    told = []

    def read_and_close() -> None:
        box = _visible(QMessageBox)
        told.append(box.text())
        box.accept()

    QTimer.singleShot(0, read_and_close)
    safety.restore_and_close(window, backup.path)
    assert not secret_book.is_open and not window.isVisible()
    assert "kept as plans.db.before-restore-" in told[0]
    book = open_as(path, admin, key)
    try:
        assert [p.preferred_name for p in book.people.find()] == ["Jo"]
    finally:
        book.close()
    aside = next(path.parent.glob("plans.db.before-restore-*"))
    assert aside.exists()
    sign_in(path, admin, PASSWORD, Gate()).close()
