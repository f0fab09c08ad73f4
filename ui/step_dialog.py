"""Add or change a step: what, who helps, by when."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from supportplan.i18n import N_, _
from supportplan.model.kinds import Helper, StepStatus
from supportplan.services.views import StepView
from ui.access import dialog_buttons, named
from ui.pictures import icon
from ui.text_box import TextBox

HELPER_WORDS = {
    Helper.ME: N_("Me"),
    Helper.STAFF: N_("Staff"),
    Helper.FAMILY: N_("Family or a friend"),
    Helper.COMMUNITY: N_("A place or group near me"),
}
STATUS_WORDS = {
    StepStatus.TO_DO: N_("Not started"),
    StepStatus.DOING: N_("Doing it"),
    StepStatus.DONE: N_("Done"),
    StepStatus.STOPPED: N_("Stopped"),
}


class StepDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, step: StepView | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Change a step") if step else _("Add a step"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(520)
        self.what = TextBox(_("What is the step?"), _("For example: Buy a bus pass."), lines=2)
        self.who = named(QComboBox(), _("Who helps?"), _("Who will help with this step."))
        for helper, words in HELPER_WORDS.items():
            self.who.addItem(icon(f"helper-{helper.value}"), _(words), helper)
        self.helper_name = named(
            QLineEdit(), _("Their name"), _("For example: Mum, or Riverside library.")
        )
        self.helper_name.setPlaceholderText(_("For example: Mum, or Riverside library."))
        self.has_date = named(
            QCheckBox(_("There is a date for this")),
            _("There is a date for this"),
            _("Tick to choose a day by when it will be done."),
        )
        self.by_when = named(QDateEdit(), _("By when"), _("The day by when it will be done."))
        self.by_when.setCalendarPopup(True)
        self.by_when.setDisplayFormat("d MMMM yyyy")
        self.by_when.setDate(QDate.currentDate().addMonths(1))
        self.by_when.setEnabled(False)
        self.has_date.toggled.connect(self.by_when.setEnabled)
        form = QFormLayout()
        form.addRow(_("What is the step?"), self.what)
        form.addRow(_("Who helps?"), self.who)
        form.addRow(_("Their name"), self.helper_name)
        form.addRow(self.has_date)
        form.addRow(_("By when"), self.by_when)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        buttons = dialog_buttons(self, self._save, _("Save this step"))
        self.what.done.connect(self._save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        if step:
            self.what.setPlainText(step.what)
            self.who.setCurrentIndex(self.who.findData(step.who_helps))
            self.helper_name.setText(step.helper_name)
            if step.by_when:
                self.has_date.setChecked(True)
                self.by_when.setDate(QDate(step.by_when.year, step.by_when.month, step.by_when.day))

    def _save(self) -> None:
        if not self.what.text().strip():
            self.problem.setText(_("Please write what the step is."))
            self.what.setFocus()
            return
        self.accept()

    def values(self) -> dict:
        when = self.by_when.date()
        return {
            "what": self.what.text(),
            "who_helps": self.who.currentData(),
            "helper_name": self.helper_name.text(),
            "by_when": date(when.year(), when.month(), when.day())
            if self.has_date.isChecked()
            else None,
        }
