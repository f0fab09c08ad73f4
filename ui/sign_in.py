"""Signing in to an encrypted plan book: your name and your own password, or the recovery key."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supportplan.book import PlanBook
from supportplan.errors import BadInput, DamagedBook, PlanTogetherError, WrongPassword
from supportplan.i18n import _
from supportplan.security import access
from ui.controls import button, fit, line, problem_label, words
from ui.restore_offer import offer_restore

GATE = access.Gate()  # one for the whole run of the app: the wait grows across both dialogs


def staff_list(path: Path) -> QListWidget:
    names = QListWidget()
    names.setAccessibleName(_("Staff names"))
    names.setAccessibleDescription(_("Choose your name."))
    for person in access.names_at_sign_in(path):
        item = QListWidgetItem(person.name)
        item.setData(Qt.ItemDataRole.UserRole, person.staff_id)
        names.addItem(item)
    names.setCurrentRow(0)
    return names


class _Opening(QDialog):
    """Shared: try to open the book, explain wrong passwords, offer a backup if it is damaged."""

    def __init__(self, path: Path, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.path = path
        self.book: PlanBook | None = None
        self.problem = problem_label()
        self.go = button(_("Sign in"), _("Open the plan book with your password."))
        self.go.setDefault(True)
        self.go.clicked.connect(self._go)

    def _open(self, unlock: Callable[[], bytes], open_with: Callable[[bytes], PlanBook]) -> None:
        try:
            key = unlock()
        except WrongPassword as error:
            self.problem.setText(str(error))
            if error.wait_seconds:
                self.go.setEnabled(False)
                QTimer.singleShot(error.wait_seconds * 1000, lambda: self.go.setEnabled(True))
            return
        except PlanTogetherError as error:
            self.problem.setText(str(error))
            return
        try:
            self.book = open_with(key)
        except DamagedBook:
            if not offer_restore(self, self.path, key):
                self.problem.setText(_("The plan book file is damaged. Nothing more was changed."))
                return
            self._open(lambda: key, open_with)
            return
        except PlanTogetherError as error:
            self.problem.setText(str(error))
            return
        self.accept()

    def _go(self) -> None:
        raise NotImplementedError


class SignInDialog(_Opening):
    """Choose your name, type your password."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(path, parent)
        self.setWindowTitle(_("Sign in to Plan Together"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(520)
        self.names = staff_list(path)
        self.password = line(_("Password"), _("Your own password."), secret=True)
        self.password.returnPressed.connect(self._go)
        self.lost = button(
            _("I have lost my password"), _("Open the plan book with the printed recovery key.")
        )
        self.lost.clicked.connect(self._recover)
        close = button(_("Close"), _("Close Plan Together without signing in."))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.go)
        layout = QVBoxLayout(self)
        layout.addWidget(words(_("Choose your name, then type your password.")))
        layout.addWidget(self.names)
        layout.addWidget(words(_("Password")))
        layout.addWidget(self.password)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        layout.addWidget(self.lost, 0, Qt.AlignmentFlag.AlignLeft)
        self.password.setFocus()
        fit(self)

    def _go(self) -> None:
        item = self.names.currentItem()
        if item is None:
            return
        staff_id: uuid.UUID = item.data(Qt.ItemDataRole.UserRole)
        password = self.password.text()
        self.password.clear()
        self._open(
            lambda: access.unlock(self.path, staff_id, password, GATE),
            lambda key: access.open_as(self.path, staff_id, key),
        )

    def _recover(self) -> None:
        dialog = RecoveryDialog(self.path, self)
        if dialog.exec():
            self.book = dialog.book
            self.accept()


class RecoveryDialog(_Opening):
    """Every password lost: the recovery key, then who you are and a new password."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(path, parent)
        self.setWindowTitle(_("Open with the recovery key"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(560)
        self.go.setText(_("Open and set my new password"))
        self.go.setAccessibleName(self.go.text())
        self.recovery = line(
            _("Recovery key"),
            _("The 32 letters and numbers printed when Plan Together was set up."),
        )
        self.recovery.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.names = staff_list(path)
        self.new_password = line(_("New password"), _("At least 8 characters."), secret=True)
        self.again = line(_("New password again"), _("Type it once more."), secret=True)
        close = button(_("Cancel"), _("Go back without changing anything."))
        close.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(_("Recovery key"), self.recovery)
        form.addRow(_("Your name"), self.names)
        form.addRow(_("New password"), self.new_password)
        form.addRow(_("New password again"), self.again)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.go)
        layout = QVBoxLayout(self)
        layout.addWidget(words(_("Type the recovery key, choose your name and a new password.")))
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        fit(self)

    def _go(self) -> None:
        item = self.names.currentItem()
        if item is None:
            return
        if self.new_password.text() != self.again.text():
            self.problem.setText(_("The two new passwords are not the same."))
            return
        try:
            access.check_new_password(self.new_password.text())
        except BadInput as error:
            self.problem.setText(str(error))
            return
        staff_id, password = item.data(Qt.ItemDataRole.UserRole), self.new_password.text()

        def open_with(key: bytes) -> PlanBook:
            book = access.open_recovered(self.path, key)
            try:
                book.accounts.recover_as(staff_id, password)
            except BaseException:
                book.close()
                raise
            return book

        self._open(
            lambda: access.unlock_with_recovery(self.path, self.recovery.text(), GATE), open_with
        )
