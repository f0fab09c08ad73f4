"""How did today go? The person's questions and the staff's, each on the face scale with words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from supportplan.i18n import _
from supportplan.model.kinds import Audience
from supportplan.scales import FEEDBACK_SCALE
from supportplan.services.views import QuestionView, VersionView
from ui import commands
from ui.entry_list import button
from ui.pictures import pixmap
from ui.plan_document import PlanDocument
from ui.rating_faces import RatingFaces
from ui.text_box import TextBox


class QuestionCard(QFrame):
    def __init__(self, doc: PlanDocument, question: QuestionView) -> None:
        super().__init__()
        # Never squeezed below the height its words need.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._doc, self.question = doc, question
        self.setObjectName("questionCard")
        line = self.fontMetrics().height()
        picture = QLabel()
        picture.setPixmap(pixmap(question.picture_key, line * 3))
        words = QLabel(_(question.text))
        words.setObjectName("question")
        words.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(picture)
        top.addWidget(words, 1)
        self.faces = RatingFaces(FEEDBACK_SCALE, _(question.text), line * 2)
        self.faces.chosen.connect(
            lambda value: commands.answer(doc, question.id, value, self.words.text())
        )
        self.words = TextBox(_("Anything to add?"), _("Words about this, if you like."), lines=1)
        save = button(_("Save the words"), _("Save these words with the answer."))
        save.clicked.connect(self._save_words)
        self.words.done.connect(self._save_words)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.faces)
        row = QHBoxLayout()
        row.addWidget(self.words, 1)
        row.addWidget(save, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)

    def show_answer(self, view: VersionView) -> None:
        answer = next((a for a in view.feedback if a.question_id == self.question.id), None)
        self.faces.set_value(answer.value if answer else None)
        if not self.words.hasFocus():
            self.words.setPlainText(answer.words if answer else "")

    def _save_words(self) -> None:
        commands.answer(self._doc, self.question.id, self.faces.value(), self.words.text())


class FeedbackPage(QWidget):
    def __init__(self, doc: PlanDocument) -> None:
        super().__init__()
        name = doc.view.person.preferred_name
        title = QLabel(_("How did today go?"))
        title.setObjectName("pageTitle")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        self.cards: list[QuestionCard] = []
        for audience, heading in (
            (Audience.PERSON, _("{name} answers").format(name=name)),
            (Audience.STAFF, _("Staff answer")),
        ):
            label = QLabel(heading)
            label.setObjectName("sectionTitle")
            label.setWordWrap(True)
            layout.addWidget(label)
            for question in doc.book.feedback.questions(audience):
                card = QuestionCard(doc, question)
                self.cards.append(card)
                layout.addWidget(card)
        layout.addStretch(1)

    def show_version(self, view: VersionView, last: VersionView | None = None) -> None:
        for card in self.cards:
            card.show_answer(view)

    def pending(self) -> list:
        return []
