"""Who is using the app: choose your name, or (on a new plan book) set it up."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supportplan.book import PlanBook
from supportplan.i18n import _
from supportplan.model.kinds import StaffRole
from ui.access import dialog_buttons
from ui.messages import guarded


class FirstRunDialog(QDialog):
    """A new plan book: the organisation's name and the first staff member."""

    def __init__(self, book: PlanBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self.setWindowTitle(_("Welcome to Plan Together"))
        self.setAccessibleName(self.windowTitle())
        intro = QLabel(_("This is a new plan book. Tell us who you are to start."))
        intro.setWordWrap(True)
        self.organisation = QLineEdit()
        self.organisation.setAccessibleName(_("Your organisation's name"))
        self.organisation.setAccessibleDescription(_("Printed on plans as who made them."))
        self.name = QLineEdit()
        self.name.setAccessibleName(_("Your name"))
        self.name.setAccessibleDescription(_("Shown beside what you write: Staff: your name."))
        form = QFormLayout()
        form.addRow(_("Your organisation's name"), self.organisation)
        form.addRow(_("Your name"), self.name)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        buttons = dialog_buttons(
            self,
            self._save,
            _("Start using Plan Together with these details."),
            accept_text=_("Start"),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _save(self) -> None:
        if not self.name.text().strip():
            self.problem.setText(_("Please write your name."))
            return
        staff = guarded(self, lambda: self._book.staff.add(self.name.text(), StaffRole.ADMIN))
        if staff is None:
            return
        if self.organisation.text().strip():
            guarded(
                self,
                lambda: self._book.settings.set(
                    "organisation_name", self.organisation.text().strip()
                ),
            )
        self._book.staff.act_as(staff.id)
        self.accept()


class ChooseStaffDialog(QDialog):
    """Pick your name from the staff list."""

    def __init__(self, book: PlanBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self.setWindowTitle(_("Who is using Plan Together?"))
        self.setAccessibleName(self.windowTitle())
        self.names = QListWidget()
        self.names.setAccessibleName(_("Staff names"))
        self.names.setAccessibleDescription(_("Choose your name, then press Start."))
        for staff in book.staff.list():
            item = QListWidgetItem(staff.name)
            item.setData(Qt.ItemDataRole.UserRole, staff.id)
            self.names.addItem(item)
        self.names.setCurrentRow(0)
        self.names.itemActivated.connect(lambda _item: self._choose())
        buttons = dialog_buttons(
            self, self._choose, _("Start as the staff member chosen above."), accept_text=_("Start")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_("Choose your name.")))
        layout.addWidget(self.names)
        layout.addWidget(buttons)

    def _choose(self) -> None:
        item = self.names.currentItem()
        if item and guarded(
            self, lambda: self._book.staff.act_as(item.data(Qt.ItemDataRole.UserRole))
        ):
            self.accept()
