"""People's rights: erase a person (admin, with a reason), and who has not been seen for years."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from supportplan.book import PlanBook
from supportplan.errors import PlanTogetherError
from supportplan.i18n import _, format_date
from supportplan.services.views import PersonView
from ui.controls import button, fit, line, problem_label, words


class EraseDialog(QDialog):
    """Erasing is for good. The name must be typed to be sure, and a reason given."""

    def __init__(self, book: PlanBook, person: PersonView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book, self._person = book, person
        self.setWindowTitle(_("Erase {name}").format(name=person.preferred_name))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 40)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 16)
        self.reason.setAccessibleName(_("Why they are being erased"))
        self.reason.setAccessibleDescription(
            _("Write why, not who. For example: they asked us to, by letter on 3 May.")
        )
        self.confirm = line(
            _("Type their name to be sure"),
            _("Type {name} to show this is the right person.").format(name=person.preferred_name),
        )
        self.problem = problem_label()
        self.erase = button(
            _("Erase {name} for good").format(name=person.preferred_name),
            _("Remove this person and everything about them. This cannot be undone."),
        )
        self.erase.clicked.connect(self._erase)
        cancel = button(_("Cancel"), _("Keep everything as it is."))
        cancel.setDefault(True)
        cancel.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(self.erase)
        layout = QVBoxLayout(self)
        layout.addWidget(
            words(
                _(
                    "This removes {name}, all their plans and everything written in them, for "
                    "good. The audit trail keeps only that someone was erased, by whom and why. "
                    "Backups made before today still hold them until they are replaced."
                ).format(name=person.preferred_name)
            )
        )
        layout.addWidget(words(_("Why they are being erased (write why, not who)")))
        layout.addWidget(self.reason)
        layout.addWidget(
            words(_("Type their name to be sure: {name}").format(name=person.preferred_name))
        )
        layout.addWidget(self.confirm)
        layout.addWidget(self.problem)
        layout.addLayout(row)
        fit(self)

    def _erase(self) -> None:
        if self.confirm.text().strip().casefold() != self._person.preferred_name.casefold():
            self.problem.setText(_("Please type their name exactly, to be sure."))
            return
        try:
            self._book.rights.erase(self._person.id, self.reason.toPlainText())
        except PlanTogetherError as error:
            self.problem.setText(str(error))
            return
        self.accept()


class QuietPeopleDialog(QDialog):
    """People with no activity for the retention period, for a disposal review. Deletes nothing."""

    person_chosen = Signal(uuid.UUID)

    def __init__(self, book: PlanBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("People not seen for a long time"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumSize(560, 420)
        years = book.settings.get("retention_years")
        self.people = QListWidget()
        self.people.setAccessibleName(_("People to review"))
        self.people.setAccessibleDescription(_("Oldest first. Press Enter to open one."))
        for quiet in book.rights.quiet_people():
            item = QListWidgetItem(
                _("{name} — last time: {date}").format(
                    name=quiet.preferred_name, date=format_date(quiet.last_activity)
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, quiet.person_id)
            self.people.addItem(item)
        self.people.itemActivated.connect(self._open)
        open_button = button(_("Open"), _("Open the chosen person's page."))
        open_button.clicked.connect(lambda: self._open(self.people.currentItem()))
        close = button(_("Close"), _("Close this window."))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(open_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        text = _(
            "Nothing has been done with these people's plans for {n} years or more. "
            "Talk about each one at your review: keep them, or erase them. "
            "Plan Together never removes anyone on its own."
        ).format(n=years)
        if not self.people.count():
            text = _("Everyone has had something done in the last {n} years.").format(n=years)
        layout.addWidget(words(text))
        layout.addWidget(self.people, 1)
        layout.addLayout(row)
        fit(self)

    def _open(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.person_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
            self.accept()
