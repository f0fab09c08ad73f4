"""The screen shown while Plan Together is locked: the signed-in staff member's password."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QVBoxLayout

from supportplan.errors import WrongPassword
from supportplan.i18n import _
from ui.controls import button, fit, line, problem_label, words


class UnlockScreen(QDialog):
    """Cannot be closed or escaped: only the right password (or, on a practice book, a press)."""

    unlocked = Signal()

    def __init__(self, check_password: Callable[[str], bool] | None, who: str) -> None:
        super().__init__(None)
        self._check = check_password
        self.setWindowTitle(_("Plan Together is locked"))
        self.setAccessibleName(self.windowTitle())
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumWidth(520)
        title = words(_("Plan Together is locked"))
        title.setObjectName("pageTitle")
        if check_password is None:
            text = _("This practice plan book has no passwords. Press Carry on to go back.")
        else:
            text = _("{name}, type your password to carry on. Nothing you typed is lost.").format(
                name=who
            )
        self.password = line(
            _("Password"), _("Your own password, the one you signed in with."), secret=True
        )
        self.password.setVisible(check_password is not None)
        self.password.returnPressed.connect(self._try)
        self.problem = problem_label()
        self.carry_on = button(_("Carry on"), _("Unlock and go back to where you were."))
        self.carry_on.setDefault(True)
        self.carry_on.clicked.connect(self._try)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(words(text))
        layout.addWidget(self.password)
        layout.addWidget(self.problem)
        layout.addWidget(self.carry_on, 0, Qt.AlignmentFlag.AlignRight)
        fit(self)

    def start(self) -> None:
        self.password.clear()
        self.problem.clear()
        self.show()
        self.raise_()
        self.activateWindow()
        (self.password if self._check else self.carry_on).setFocus()

    def _try(self) -> None:
        if self._check is not None:
            try:
                right = self._check(self.password.text())
            except WrongPassword as error:
                self.password.clear()
                self._wait(str(error), error.wait_seconds)
                return
            if not right:
                self.password.clear()
                self.problem.setText(_("That password is not right. Please try again."))
                return
        self.hide()
        self.unlocked.emit()

    def _wait(self, message: str, seconds: int) -> None:
        self.problem.setText(message)
        self.carry_on.setEnabled(False)
        QTimer.singleShot(seconds * 1000, lambda: self.carry_on.setEnabled(True))

    def reject(self) -> None:  # Escape does not close it
        pass

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
