"""Lock after a few idle minutes: every window is hidden until a password is typed.

One ``LockGuard`` serves the whole app. It watches for keys, clicks and scrolling anywhere;
after ``lock_minutes`` without any it hides every visible top-level window (the main window,
the person's own screen, anything else) and shows the unlock screen. Dialogs that are open —
perhaps with typing not yet saved — are never closed: their contents are hidden behind a
"locked" cover and come back exactly as they were.

Other windows need do nothing to be hidden. A window that shows something on its own (a
timer, reading aloud) can connect to ``guard.locked`` / ``guard.unlocked``; ``LockGuard.of()``
finds the app's guard.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

from supportplan.i18n import _
from ui.unlock_screen import UnlockScreen

_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class LockGuard(QObject):
    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        idle_ms: int,
        check_password: Callable[[str], bool] | None,
        who: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or QApplication.instance())
        self.is_locked = False
        self._hidden: list[QWidget] = []
        self._covered: list[tuple[QDialog, QLabel, list[QWidget]]] = []
        self._focus: QWidget | None = None
        self.screen = UnlockScreen(check_password, who)
        self.screen.unlocked.connect(self.unlock)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(idle_ms)
        self._timer.timeout.connect(self.lock)
        QApplication.instance().installEventFilter(self)
        self._timer.start()

    @staticmethod
    def of() -> LockGuard | None:
        """The app's guard, for windows that want its signals."""
        return QApplication.instance().findChild(LockGuard)

    def stop(self) -> None:
        """No more locking (the app is closing): unlock if locked, stop watching, go away."""
        self.unlock()
        self._timer.stop()
        QApplication.instance().removeEventFilter(self)
        self.screen.hide()
        self.screen.deleteLater()
        self.deleteLater()

    def set_idle_minutes(self, minutes: int) -> None:
        self._timer.setInterval(minutes * 60_000)
        if not self.is_locked:
            self._timer.start()

    def remaining_ms(self) -> int:
        return self._timer.remainingTime()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and not self.is_locked:
            self._timer.start()
        return False

    def lock(self) -> None:
        if self.is_locked:
            return
        self.is_locked = True
        self._timer.stop()
        self._focus = QApplication.focusWidget()
        for window in QApplication.topLevelWidgets():
            if window is self.screen or not window.isVisible():
                continue
            if isinstance(window, QDialog):
                self._cover(window)  # hiding a dialog would end it, and lose its typing
            else:
                window.hide()
                self._hidden.append(window)
        self.locked.emit()
        self.screen.start()

    def unlock(self) -> None:
        if not self.is_locked:
            return
        for _dialog, cover, children in self._covered:
            cover.deleteLater()
            for child in children:
                child.show()
        for window in self._hidden:
            window.show()
        self._hidden, self._covered = [], []
        self.is_locked = False
        if self._focus is not None:
            self._focus.activateWindow()
            self._focus.setFocus()
        self._timer.start()
        self.unlocked.emit()

    def _cover(self, dialog: QDialog) -> None:
        children = [
            child
            for child in dialog.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if child.isVisible()
        ]
        for child in children:
            child.hide()
        cover = QLabel(_("Plan Together is locked."), dialog)
        cover.setObjectName("lockCover")
        cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
        cover.setAccessibleName(_("Locked"))
        cover.setGeometry(dialog.rect())
        cover.show()
        self._covered.append((dialog, cover, children))
