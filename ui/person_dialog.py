"""Add a person, or change their details and how they need information (Accessible Information Standard)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supportplan.errors import PlanTogetherError
from supportplan.i18n import _
from supportplan.languages import LANGUAGES
from supportplan.services.views import CommunicationNeeds, PersonView
from ui.access import dialog_buttons
from ui.avatar import avatar

NO_DATE = QDate(1900, 1, 1)


class PersonDialog(QDialog):
    """Fields for a person. ``values()`` gives keyword arguments for PeopleService.add/edit.

    With ``save``, Save calls it while the dialog is still open: if saving fails (a full disk,
    say) the problem is shown here and everything typed stays, to be saved on the next press.
    What ``save`` returned is kept in ``saved``.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        person: PersonView | None = None,
        photo: bytes | None = None,
        save: Callable[[dict], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self._save_call = save
        self.saved: Any = None
        self.setWindowTitle(_("Change details") if person else _("Add a person"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(560)

        self.preferred_name = self._line(
            _("Name they like to be called"), _("Needed. For example: Jo")
        )
        self.full_name = self._line(
            _("Full name"), _("Only staff see this. It is never printed on file names.")
        )
        self.pronouns = self._line(_("Pronouns"), _("For example: she/her, he/him, they/them"))
        self.born_known = QCheckBox(_("We know their date of birth"))
        self.born_known.setAccessibleName(_("We know their date of birth"))
        self.born_known.setAccessibleDescription(_("Tick to fill in the date of birth."))
        self.born = QDateEdit()
        self.born.setDisplayFormat("d MMMM yyyy")
        self.born.setCalendarPopup(True)
        self.born.setMinimumDate(NO_DATE)
        self.born.setMaximumDate(QDate.currentDate())
        self.born.setDate(QDate(1990, 1, 1))
        self.born.setEnabled(False)
        self.born.setAccessibleName(_("Date of birth"))
        self.born.setAccessibleDescription(_("Day, month and year."))
        self.born_known.toggled.connect(self.born.setEnabled)

        self.photo: bytes | None = None
        self.photo_changed = False
        self.photo_preview = QLabel()
        self.photo_button = QPushButton(_("Choose a photo…"))
        self.photo_button.setAccessibleName(_("Choose a photo"))
        self.photo_button.setAccessibleDescription(
            _("A photo the person is happy to use, shown beside their name.")
        )
        self.photo_button.clicked.connect(self._choose_photo)
        self.no_photo_button = QPushButton(_("No photo"))
        self.no_photo_button.setAccessibleName(_("No photo"))
        self.no_photo_button.setAccessibleDescription(
            _("Use the person's initials instead of a photo.")
        )
        self.no_photo_button.clicked.connect(lambda: self._set_photo(None))
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo_preview)
        photo_row.addWidget(self.photo_button)
        photo_row.addWidget(self.no_photo_button)
        photo_row.addStretch(1)

        details = QFormLayout()
        details.addRow(_("Name they like to be called"), self.preferred_name)
        details.addRow(_("Full name"), self.full_name)
        details.addRow(_("Pronouns"), self.pronouns)
        details.addRow(self.born_known)
        details.addRow(_("Date of birth"), self.born)
        details.addRow(_("Photo"), photo_row)

        needs_box = QGroupBox(_("How they need information"))
        needs_box.setAccessibleName(_("How they need information"))
        ask = QLabel(_("Ask the person. What helps them read, hear and understand their plan?"))
        ask.setWordWrap(True)
        self.easy_read = self._check(_("Easy read (short words and pictures)"))
        self.large_print = self._check(_("Large print"))
        self.read_aloud = self._check(_("Read it aloud to me"))
        self.interpreter = self._check(_("An interpreter (for example BSL)"))
        self.interpreter_language = self._line(
            _("Which interpreter"), _("For example: BSL, Polish")
        )
        self.language = QComboBox()
        self.language.setAccessibleName(_("Language for their plan"))
        self.language.setAccessibleDescription(
            _("The plan is printed and read aloud in this language.")
        )
        for lang in LANGUAGES:
            label = (
                lang.own_name
                if lang.own_name == _(lang.english)
                else f"{lang.own_name} ({_(lang.english)})"
            )
            self.language.addItem(label, lang.code)
        self.other = QPlainTextEdit()
        self.other.setTabChangesFocus(True)
        self.other.setFixedHeight(80)
        self.other.setAccessibleName(_("Anything else that helps"))
        self.other.setAccessibleDescription(_("For example: needs glasses, likes a quiet room."))
        self.share_ok = self._check(
            _("They agree we can share these needs with others who support them")
        )

        needs = QFormLayout(needs_box)
        needs.addRow(ask)
        needs.addRow(self.easy_read)
        needs.addRow(self.large_print)
        needs.addRow(self.read_aloud)
        needs.addRow(self.interpreter)
        needs.addRow(_("Which interpreter"), self.interpreter_language)
        needs.addRow(_("Language for their plan"), self.language)
        needs.addRow(_("Anything else that helps"), self.other)
        needs.addRow(self.share_ok)

        buttons = dialog_buttons(self, self._save, _("Save these details"))
        self._buttons = buttons

        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(details)
        layout.addWidget(needs_box)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        if person:
            self._fill(person, photo)
        else:
            self.photo_preview.setPixmap(avatar("?", 64))
            self.no_photo_button.setEnabled(False)

    def _choose_photo(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, _("Choose a photo"), "", _("Photos (*.png *.jpg *.jpeg)")
        )
        if name:
            try:
                self._set_photo(Path(name).read_bytes())
            except OSError:
                self.problem.setText(_("This photo could not be opened. Please choose another."))
                self.problem.show()

    def _set_photo(self, photo: bytes | None) -> None:
        self.photo = photo
        self.photo_changed = True
        name = self.preferred_name.text() or "?"
        self.photo_preview.setPixmap(avatar(name, 64, photo))
        self.no_photo_button.setEnabled(photo is not None)

    def save_button(self):
        return self._buttons.button(QDialogButtonBox.StandardButton.Save)

    def _line(self, name: str, description: str) -> QLineEdit:
        line = QLineEdit()
        line.setAccessibleName(name)
        line.setAccessibleDescription(description)
        line.setPlaceholderText(description)
        return line

    def _check(self, name: str) -> QCheckBox:
        box = QCheckBox(name)
        box.setAccessibleName(name)
        box.setAccessibleDescription(_("Tick if this helps them."))
        return box

    def _fill(self, person: PersonView, photo: bytes | None = None) -> None:
        self.preferred_name.setText(person.preferred_name)
        self.photo = photo
        self.photo_preview.setPixmap(avatar(person.preferred_name, 64, photo))
        self.no_photo_button.setEnabled(photo is not None)
        self.full_name.setText(person.full_name)
        self.pronouns.setText(person.pronouns)
        if person.date_of_birth:
            self.born_known.setChecked(True)
            born = person.date_of_birth
            self.born.setDate(QDate(born.year, born.month, born.day))
        needs = person.needs
        self.easy_read.setChecked(needs.easy_read)
        self.large_print.setChecked(needs.large_print)
        self.read_aloud.setChecked(needs.read_aloud)
        self.interpreter.setChecked(needs.interpreter)
        self.interpreter_language.setText(needs.interpreter_language)
        index = self.language.findData(needs.language)
        self.language.setCurrentIndex(max(0, index))
        self.other.setPlainText(needs.other)
        self.share_ok.setChecked(needs.share_ok)

    def _save(self) -> None:
        if not self.preferred_name.text().strip():
            self.problem.setText(_("Please write the name the person likes to be called."))
            self.problem.show()
            self.preferred_name.setFocus()
            return
        if self._save_call is not None:
            try:
                self.saved = self._save_call(self.values())
            except PlanTogetherError as error:
                self.problem.setText(str(error))
                self.problem.show()
                return
        self.accept()

    def values(self) -> dict:
        born = self.born.date()
        return {
            "preferred_name": self.preferred_name.text(),
            "full_name": self.full_name.text(),
            "pronouns": self.pronouns.text(),
            "date_of_birth": date(born.year(), born.month(), born.day())
            if self.born_known.isChecked()
            else None,
            "needs": CommunicationNeeds(
                easy_read=self.easy_read.isChecked(),
                large_print=self.large_print.isChecked(),
                read_aloud=self.read_aloud.isChecked(),
                interpreter=self.interpreter.isChecked(),
                interpreter_language=self.interpreter_language.text(),
                language=self.language.currentData(),
                other=self.other.toPlainText(),
                share_ok=self.share_ok.isChecked(),
            ),
        }
