"""The pilot review's filters: which plan versions to look at."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from supportplan.i18n import _
from supportplan.pilot import PilotFilter
from supportplan.services.pilot import PilotChoices


def described(widget: QWidget, name: str, description: str) -> QWidget:
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    return widget


def _chosen_id(combo: QComboBox) -> uuid.UUID | None:
    # Ids are kept in the combo boxes as text: Qt compares text, not Python objects.
    value = combo.currentData()
    return uuid.UUID(value) if value else None


class PilotFilters(QWidget):
    """Which plans to look at: a date range, a staff member, a version of the questions."""

    changed = Signal()

    def __init__(self, choices: PilotChoices) -> None:
        super().__init__()
        self.use_dates = QCheckBox(_("Only between these dates"))
        described(
            self.use_dates,
            _("Only between these dates"),
            _("Tick to look only at plan versions agreed between the two dates."),
        )
        self.start, self.end = QDateEdit(), QDateEdit()
        for edit, words, day in (
            (self.start, _("From"), choices.first_day),
            (self.end, _("To"), choices.last_day),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            if day is not None:
                edit.setDate(QDate(day.year, day.month, day.day))
            edit.setEnabled(False)
            described(edit, words, _("A date. Both ends are included."))
            edit.dateChanged.connect(self.changed)
        self.use_dates.toggled.connect(self._dates_on)
        self.staff = QComboBox()
        self.staff.addItem(_("Everyone"), None)
        for member in choices.staff:
            self.staff.addItem(member.name, str(member.id))
        described(self.staff, _("Staff member"), _("Look only at plans this person wrote."))
        self.template = QComboBox()
        self.template.addItem(_("Every version"), None)
        for template in choices.templates:
            self.template.addItem(
                _("{name}, version {n}").format(name=_(template.name), n=template.version),
                str(template.id),
            )
        described(
            self.template,
            _("Version of the questions"),
            _("Look only at plans written with this version of the questions."),
        )
        for combo in (self.staff, self.template):
            combo.currentIndexChanged.connect(self.changed)

        # Labels above their fields, so the column stays narrow at a large text size.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.use_dates)
        dates = QGridLayout()
        for column, (words, edit) in enumerate(((_("&From"), self.start), (_("&To"), self.end))):
            dates.addWidget(self._label(words, edit), 0, column)
            dates.addWidget(edit, 1, column)
        layout.addLayout(dates)
        for words, field in ((_("&Staff member"), self.staff), (_("&Questions"), self.template)):
            layout.addWidget(self._label(words, field))
            layout.addWidget(field)

    def _label(self, words: str, buddy: QWidget) -> QLabel:
        label = QLabel(words)
        label.setBuddy(buddy)
        # a little room to spare: some fonts draw a short word wider than they measure it
        label.setMinimumWidth(label.sizeHint().width() + label.fontMetrics().averageCharWidth())
        return label

    def _dates_on(self, on: bool) -> None:
        self.start.setEnabled(on)
        self.end.setEnabled(on)
        self.changed.emit()

    def value(self) -> PilotFilter:
        dates = self.use_dates.isChecked()
        return PilotFilter(
            start=self.start.date().toPython() if dates else None,
            end=self.end.date().toPython() if dates else None,
            staff_id=_chosen_id(self.staff),
            template_id=_chosen_id(self.template),
        )
