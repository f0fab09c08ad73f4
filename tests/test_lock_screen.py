"""Locking when idle: every window hidden, a password to come back, nothing typed is lost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from supportplan.security.access import Gate
from tests.conftest import PASSWORD
from ui.lock import LockGuard
from ui.main_window import MainWindow
from ui.person_dialog import PersonDialog

IDLE_MS = 300


@pytest.fixture
def guards():
    made: list[LockGuard] = []
    yield made
    for guard in made:
        guard.stop()


def _guard(guards, book, idle_ms: int = IDLE_MS, *, practice: bool = False) -> LockGuard:
    check = None if practice else (lambda pw: book.accounts.check_password(pw, Gate()))
    guard = LockGuard(idle_ms, check, "Ada Admin")
    guards.append(guard)
    return guard


def test_idle_locks_every_window_and_the_password_brings_them_back(
    qtbot, secret_book, guards
) -> None:
    window = MainWindow(secret_book)
    qtbot.addWidget(window)
    window.show()
    # The person's own screen (built elsewhere) is just another top-level window.
    own_screen = QWidget()
    qtbot.addWidget(own_screen)
    own_screen.show()
    dialog = PersonDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.preferred_name, "Typed but not saved")
    dialog.other.setPlainText("Likes a quiet room")

    guard = _guard(guards, secret_book)
    with qtbot.waitSignal(guard.locked, timeout=5000):
        pass
    assert guard.is_locked
    assert not window.isVisible() and not own_screen.isVisible()
    assert dialog.isVisible()  # still open, so nothing typed is lost …
    assert not dialog.preferred_name.isVisible()  # … but nothing in it can be seen
    assert guard.screen.isVisible()

    qtbot.keyClicks(guard.screen.password, "wrong password")
    qtbot.mouseClick(guard.screen.carry_on, Qt.MouseButton.LeftButton)
    assert guard.is_locked and "not right" in guard.screen.problem.text()
    assert not window.isVisible()

    qtbot.keyClicks(guard.screen.password, PASSWORD)
    with qtbot.waitSignal(guard.unlocked, timeout=5000):
        qtbot.keyClick(guard.screen.password, Qt.Key.Key_Return)
    assert window.isVisible() and own_screen.isVisible()
    assert dialog.preferred_name.isVisible()
    assert dialog.preferred_name.text() == "Typed but not saved"
    assert dialog.other.toPlainText() == "Likes a quiet room"
    assert not guard.screen.isVisible()


def test_typing_puts_the_lock_off(qtbot, secret_book, guards) -> None:
    guard = _guard(guards, secret_book, 1000, practice=True)
    box = QWidget()
    qtbot.addWidget(box)
    box.show()
    for _press in range(15):  # 1.5 seconds of typing, a key every 0.1 s
        qtbot.keyClick(box, Qt.Key.Key_A)
        qtbot.wait(100)
    assert not guard.is_locked
    qtbot.waitUntil(lambda: guard.is_locked, timeout=5000)  # then it stops, and it locks
    guard.screen.carry_on.click()  # a practice book: no password
    assert not guard.is_locked and box.isVisible()


def test_the_lock_screen_cannot_be_escaped(qtbot, secret_book, guards) -> None:
    guard = _guard(guards, secret_book)
    guard.lock()
    qtbot.keyClick(guard.screen, Qt.Key.Key_Escape)
    guard.screen.close()
    assert guard.screen.isVisible() and guard.is_locked


def test_windows_can_follow_the_lock(qtbot, secret_book, guards) -> None:
    guard = _guard(guards, secret_book)
    assert LockGuard.of() is guard or isinstance(LockGuard.of(), LockGuard)
    seen = []
    guard.locked.connect(lambda: seen.append("locked"))
    guard.unlocked.connect(lambda: seen.append("unlocked"))
    guard.lock()
    guard.screen.password.setText(PASSWORD)
    guard.screen.carry_on.click()
    assert seen == ["locked", "unlocked"]
    assert QApplication.focusWidget() is not guard.screen.password
