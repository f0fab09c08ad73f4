"""The audit trail, read-only: who did what kind of thing, when — for a person or a staff member.

There is nothing here that changes the trail: it can only be read and checked.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supportplan.book import PlanBook
from supportplan.i18n import N_, _, format_date
from supportplan.services.views import AuditView
from ui.controls import button, fit, words

ACTIONS = {
    "create": N_("added"),
    "change": N_("changed"),
    "delete": N_("removed"),
    "open": N_("opened"),
    "print": N_("printed"),
    "export": N_("saved to a file"),
    "import": N_("brought in from a file"),
    "review": N_("started a review of"),
    "agree": N_("agreed"),
    "erase": N_("erased"),
    "sign_in": N_("signed in"),
    "backup": N_("backed up"),
    "remove": N_("removed"),
}


def action_words(action: str) -> str:
    return _(ACTIONS[action]) if action in ACTIONS else action.replace("_", " ")


class AuditDialog(QDialog):
    """Every event, newest first; choose one person or one staff member to narrow it."""

    def __init__(
        self,
        book: PlanBook,
        parent: QWidget | None = None,
        person_id: uuid.UUID | None = None,
    ) -> None:
        super().__init__(parent)
        self._book = book
        self.setWindowTitle(_("Who did what (audit trail)"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumSize(760, 520)
        self.whose = QComboBox()
        self.whose.setAccessibleName(_("Show events for"))
        self.whose.setAccessibleDescription(_("Everyone, one person, or one staff member."))
        self.whose.addItem(_("Everyone"), None)
        for person in book.people.find():
            self.whose.addItem(
                _("Person: {name}").format(name=person.preferred_name), f"person:{person.id}"
            )
        for staff in book.staff.list(include_inactive=True):
            self.whose.addItem(_("Staff: {name}").format(name=staff.name), f"staff:{staff.id}")
        if person_id is not None:
            self.whose.setCurrentIndex(max(0, self.whose.findData(f"person:{person_id}")))
        self.whose.currentIndexChanged.connect(self.refresh)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([_("When"), _("Who"), _("What"), _("Kind of record")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(_("Events"))
        self.table.setAccessibleDescription(_("Newest first. Read only."))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.check_result = words("")
        check = button(_("Check nothing was changed"), _("Check every event against its seal."))
        check.clicked.connect(self.check)
        close = button(_("Close"), _("Close this window."))
        close.clicked.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(words(_("Show events for")))
        top.addWidget(self.whose, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(check)
        bottom.addWidget(self.check_result, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.refresh()
        fit(self)

    def refresh(self) -> None:
        kind, _colon, chosen = (self.whose.currentData() or "").partition(":")
        person = uuid.UUID(chosen) if kind == "person" else None
        staff = uuid.UUID(chosen) if kind == "staff" else None
        events = self._book.audit_trail.events(person_id=person, staff_id=staff)
        self.table.setRowCount(len(events))
        for row, event in enumerate(events):
            for column, value in enumerate(self._cells(event)):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def _cells(self, event: AuditView) -> list[str]:
        when = f"{format_date(event.at)} {event.at.astimezone().strftime('%H:%M')}"
        what = action_words(event.action)
        if event.detail:
            what += f" ({event.detail})"
        return [when, event.staff_name or "—", what, event.record_type.replace("_", " ")]

    def check(self) -> None:
        report = self._book.audit_trail.verify()
        if report.ok:
            text = _("All {n} events are as they were written.").format(n=report.checked)
        else:
            text = _(
                "Event {n} has been changed or removed outside Plan Together. Tell your admin."
            ).format(n=report.broken_at)
        self.check_result.setText(text)
        self.check_result.setObjectName("saved" if report.ok else "problem")
        self.check_result.style().unpolish(self.check_result)
        self.check_result.style().polish(self.check_result)
        self.check_result.setAlignment(Qt.AlignmentFlag.AlignVCenter)
