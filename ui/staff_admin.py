"""Staff accounts (admin): add, remove, make admin, reset a password; and change my password."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from supportplan.book import PlanBook
from supportplan.errors import PlanTogetherError
from supportplan.i18n import _
from supportplan.model.kinds import StaffRole
from ui.controls import button, fit, line, problem_label, words
from ui.first_run import RecoveryKeyDialog


class StaffAccountsDialog(QDialog):
    def __init__(self, book: PlanBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self.setWindowTitle(_("Staff who can sign in"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumSize(620, 460)
        self.staff = QListWidget()
        self.staff.setAccessibleName(_("Staff"))
        self.staff.setAccessibleDescription(_("Everyone who can sign in, and who is admin."))
        self.staff.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 16)
        self.problem = problem_label()
        actions = [
            (_("Add someone…"), _("Add a staff member with a first password."), self.add),
            (
                _("Make admin / not admin"),
                _("Admins can change staff accounts."),
                self.toggle_admin,
            ),
            (_("Set a new password…"), _("For someone who has forgotten theirs."), self.reset),
            (_("Remove…"), _("They can no longer sign in. What they wrote stays."), self.remove),
            (
                _("New recovery key…"),
                _("Make a new recovery key; the old one stops working."),
                self.new_recovery,
            ),
        ]
        column = QVBoxLayout()
        for text, description, slot in actions:
            made = button(text, description)
            made.clicked.connect(slot)
            column.addWidget(made)
        column.addStretch(1)
        close = button(_("Close"), _("Close this window."))
        close.clicked.connect(self.accept)
        column.addWidget(close)
        row = QHBoxLayout()
        row.addWidget(self.staff, 1)
        row.addLayout(column)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.problem)
        self.refresh()
        fit(self)

    def refresh(self) -> None:
        self.staff.clear()
        for person in self._book.staff.list():
            label = person.name + (" — " + _("admin") if person.role is StaffRole.ADMIN else "")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, person)
            self.staff.addItem(item)
        self.staff.setCurrentRow(0)

    def _chosen(self):
        item = self.staff.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _do(self, call) -> bool:
        try:
            call()
        except PlanTogetherError as error:
            self.problem.setText(str(error))
            return False
        self.problem.clear()
        self.refresh()
        return True

    def add(self) -> None:
        dialog = AddStaffDialog(self)
        if dialog.exec():
            role = StaffRole.ADMIN if dialog.admin.isChecked() else StaffRole.STAFF
            self._do(
                lambda: self._book.accounts.add_staff(
                    dialog.name.text(), dialog.password.text(), role
                )
            )

    def toggle_admin(self) -> None:
        chosen = self._chosen()
        if chosen:
            role = StaffRole.STAFF if chosen.role is StaffRole.ADMIN else StaffRole.ADMIN
            self._do(lambda: self._book.accounts.set_role(chosen.id, role))

    def reset(self) -> None:
        chosen = self._chosen()
        if not chosen:
            return
        password, ok = QInputDialog.getText(
            self,
            _("Set a new password"),
            _("New password for {name} (they can change it later):").format(name=chosen.name),
            QLineEdit.EchoMode.Password,
        )
        if ok:
            self._do(lambda: self._book.accounts.reset_password(chosen.id, password))

    def remove(self) -> None:
        chosen = self._chosen()
        if not chosen:
            return
        answer = QMessageBox.question(
            self,
            _("Remove {name}?").format(name=chosen.name),
            _("{name} will no longer be able to sign in. What they wrote stays.").format(
                name=chosen.name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._do(lambda: self._book.accounts.remove_staff(chosen.id))

    def new_recovery(self) -> None:
        made: list[str] = []
        if self._do(lambda: made.append(self._book.accounts.new_recovery_key())):
            RecoveryKeyDialog(made[0], self).exec()


class AddStaffDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Add a staff member"))
        self.setAccessibleName(self.windowTitle())
        self.name = line(_("Their name"), _("Shown beside what they write."))
        self.password = line(
            _("First password"), _("At least 8 characters. They can change it."), secret=True
        )
        self.admin = QCheckBox(_("Admin (can change staff accounts)"))
        self.admin.setAccessibleName(self.admin.text())
        self.admin.setAccessibleDescription(_("Tick to let them add and remove staff."))
        form = QFormLayout()
        form.addRow(_("Their name"), self.name)
        form.addRow(_("First password"), self.password)
        form.addRow(self.admin)
        add = button(_("Add"), _("Add this staff member."))
        add.setDefault(True)
        add.clicked.connect(self.accept)
        cancel = button(_("Cancel"), _("Close without adding anyone."))
        cancel.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(add)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row)
        fit(self)


class ChangePasswordDialog(QDialog):
    def __init__(self, book: PlanBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self.setWindowTitle(_("Change my password"))
        self.setAccessibleName(self.windowTitle())
        self.old = line(_("Current password"), _("The one you use now."), secret=True)
        self.new = line(_("New password"), _("At least 8 characters."), secret=True)
        self.again = line(_("New password again"), _("Type it once more."), secret=True)
        form = QFormLayout()
        form.addRow(_("Current password"), self.old)
        form.addRow(_("New password"), self.new)
        form.addRow(_("New password again"), self.again)
        self.problem = problem_label()
        save = button(_("Change my password"), _("Save the new password."))
        save.setDefault(True)
        save.clicked.connect(self._save)
        cancel = button(_("Cancel"), _("Keep the password you have."))
        cancel.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addWidget(words(_("Your password opens the plan book. Choose one only you know.")))
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addLayout(row)
        fit(self)

    def _save(self) -> None:
        if self.new.text() != self.again.text():
            self.problem.setText(_("The two new passwords are not the same."))
            return
        try:
            self._book.accounts.change_password(self.old.text(), self.new.text())
        except PlanTogetherError as error:
            self.problem.setText(str(error))
            return
        self.accept()
