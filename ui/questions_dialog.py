"""The organisation's questions asked at the end of a session: change words, add, stop asking."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from supportplan.book import PlanBook
from supportplan.i18n import _
from supportplan.model.kinds import Audience
from ui.access import dialog_buttons, named
from ui.entry_list import button
from ui.messages import guarded


class QuestionsDialog(QDialog):
    """Changes are saved when Save is pressed; answers already given are always kept."""

    def __init__(self, book: PlanBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self.setWindowTitle(_("Questions after a session"))
        self.setAccessibleName(self.windowTitle())
        self.resize(760, 620)
        intro = QLabel(
            _("These are asked at the end of a planning session. Answers already given are kept.")
        )
        intro.setWordWrap(True)
        self.rows: dict[object, tuple[QLineEdit, QCheckBox, str]] = {}
        body = QWidget()
        self.grid = QGridLayout(body)
        row = 0
        for audience, heading in (
            (Audience.PERSON, _("The person answers")),
            (Audience.STAFF, _("Staff answer")),
        ):
            title = QLabel(heading)
            title.setObjectName("sectionTitle")
            self.grid.addWidget(title, row, 0, 1, 2)
            row += 1
            for question in book.feedback.questions(audience, all_=True):
                words = named(
                    QLineEdit(_(question.text)), _("Question"), _("The words of this question.")
                )
                asked = named(
                    QCheckBox(_("Ask this")),
                    _("Ask this"),
                    _("Untick to stop asking this question."),
                )
                asked.setChecked(question.active)
                self.grid.addWidget(words, row, 0)
                self.grid.addWidget(asked, row, 1)
                self.rows[question.id] = (words, asked, _(question.text))
                row += 1
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.new_words = named(
            QLineEdit(), _("A new question"), _("For example: I knew what would happen next.")
        )
        self.new_words.setPlaceholderText(_("A new question"))
        add_person = button(
            _("Add for the person"), _("Add this question for the person to answer.")
        )
        add_staff = button(_("Add for staff"), _("Add this question for staff to answer."))
        add_person.clicked.connect(lambda: self.add(Audience.PERSON))
        add_staff.clicked.connect(lambda: self.add(Audience.STAFF))
        adding = QHBoxLayout()
        adding.addWidget(self.new_words, 1)
        adding.addWidget(add_person)
        adding.addWidget(add_staff)
        buttons = dialog_buttons(self, self.save, _("Save the changes"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addLayout(adding)
        layout.addWidget(buttons)

    def add(self, audience: Audience) -> bool:
        words = self.new_words.text()
        question = guarded(self, lambda: self._book.feedback.add_question(audience, words))
        if question is None:
            return False
        row = self.grid.rowCount()
        text = named(QLineEdit(question.text), _("Question"), _("The words of this question."))
        asked = named(
            QCheckBox(_("Ask this")), _("Ask this"), _("Untick to stop asking this question.")
        )
        asked.setChecked(True)
        self.grid.addWidget(text, row, 0)
        self.grid.addWidget(asked, row, 1)
        self.rows[question.id] = (text, asked, question.text)
        self.new_words.clear()
        return True

    def save(self) -> bool:
        for question_id, (words, asked, shown) in self.rows.items():
            changed_words = words.text().strip() != shown
            if (
                guarded(
                    self,
                    lambda q=question_id, w=words, a=asked, c=changed_words: (
                        self._book.feedback.edit_question(
                            q, words=w.text() if c else None, active=a.isChecked()
                        )
                    ),
                )
                is None
            ):
                return False
        self.accept()
        return True
