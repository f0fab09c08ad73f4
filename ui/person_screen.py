"""The person's own screen: the plan growing in big type, in their language, for them to shape.

It shows the same PlanDocument as the staff workspace, so an edit on either side shows on the
other at once. It follows the section staff are on; the person can move too if staff allow it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from supportplan.i18n import N_, translator
from supportplan.languages import is_right_to_left
from supportplan.model.kinds import ABOUT_ME, Audience, EntryKind, SaidBy
from ui import commands
from ui.access import named
from ui.lock import LockGuard
from ui.person_sections import (
    about_me_section,
    agree_section,
    area_section,
    feedback_section,
    words_label,
)
from ui.pictures import pixmap
from ui.plan_document import PlanDocument
from ui.read_aloud import ReadAloud
from ui.text_box import TextBox

SIZE_FACTOR = 2  # the person's screen uses at least twice the normal text size


class PersonScreen(QWidget):
    """Shown full screen on a second display, or in the laptop's Together view."""

    closed = Signal()

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        view = doc.view
        lang = view.person.needs.language
        self.t = translator(lang)
        t = self.t
        self.setWindowTitle(t(N_("My plan")))
        named(
            self,
            t(N_("My plan")),
            t(N_("The plan, in big words, for the person to see and add to.")),
        )
        self.setObjectName("personScreen")
        if is_right_to_left(lang):
            self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        points = QApplication.font().pointSizeF() * SIZE_FACTOR
        # The app's style sheet sets sizes, so the person's screen sets its own, twice as big.
        self.setStyleSheet(
            f"QWidget {{ font-size: {points:.0f}pt; }}"
            f" QLabel#pageTitle {{ font-size: {points * 1.5:.0f}pt; font-weight: bold; }}"
            f" QLabel#sectionTitle {{ font-size: {points * 1.2:.0f}pt; font-weight: bold; }}"
            f" QLabel#question {{ font-size: {points * 1.15:.0f}pt; }}"
        )
        font = QFont(QApplication.font())
        font.setPointSizeF(points)
        self.picture_size = QFontMetrics(font).height() * 4
        self.share_staff_view = doc.book.settings.get("share_staff_rating")
        self.can_move = doc.book.settings.get("person_can_move")
        self.speech = ReadAloud(lang, self)
        self.spoken = ""

        self.read_button = named(
            QPushButton(t(N_("Read it to me"))),
            t(N_("Read it to me")),
            t(N_("Hear the words on this page read aloud.")),
        )
        self.read_button.setObjectName("bigButton")
        self.read_button.clicked.connect(self.read_aloud)
        self.speech_note = words_label("", "hint")
        if not self.speech.available:
            # Said plainly on the button itself; the reason is its tooltip and description.
            self.read_button.setEnabled(False)
            self.read_button.setText(t(N_("Read aloud is not set up here")))
            self.read_button.setToolTip(self.speech.problem)
            self.read_button.setAccessibleDescription(self.speech.problem)
        elif self.speech.note:
            self.speech_note.setText(self.speech.note)
        self.speech_note.setVisible(bool(self.speech_note.text()))
        self.back_button = self._big(t(N_("Back")), t(N_("Go to the part before.")))
        self.next_button = self._big(t(N_("Next")), t(N_("Go to the next part.")))
        self.back_button.clicked.connect(lambda: self._move(-1))
        self.next_button.clicked.connect(lambda: self._move(1))

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.words_box = TextBox(
            t(N_("My own words")), t(N_("Write or say your own words here.")), lines=1
        )
        self.add_good = self._big(
            t(N_("Add to what's good")), t(N_("Add my words to what's good."))
        )
        self.add_change = self._big(
            t(N_("Add to what I'd like to change")),
            t(N_("Add my words to what I'd like to change.")),
        )
        self.add_good.clicked.connect(lambda: self.add_words(EntryKind.GOOD))
        self.add_change.clicked.connect(lambda: self.add_words(EntryKind.CHANGE))
        self.problem = words_label("", "problem")
        self.problem.hide()
        self.adding = QWidget()
        adding = QVBoxLayout(self.adding)
        adding.setContentsMargins(0, 0, 0, 0)
        adding.addWidget(words_label(t(N_("Add my own words")), "sectionTitle"))
        adding.addWidget(self.words_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_good)
        buttons.addWidget(self.add_change)
        buttons.addStretch(1)
        adding.addLayout(buttons)
        adding.addWidget(self.problem)

        content = QWidget()
        column = QVBoxLayout(content)
        top = QHBoxLayout()
        top.addWidget(self.read_button)
        top.addWidget(self.speech_note, 1)
        column.addLayout(top)
        column.addWidget(self.scroll, 1)
        column.addWidget(self.adding)
        moves = QHBoxLayout()
        moves.addWidget(self.back_button)
        moves.addStretch(1)
        moves.addWidget(self.next_button)
        column.addLayout(moves)

        self.paused = QWidget()
        pause = QVBoxLayout(self.paused)
        calm = QLabel()
        calm.setPixmap(pixmap("pause", self.picture_size * 2))
        calm.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pause.addStretch(1)
        pause.addWidget(calm)
        back_soon = words_label(t(N_("Back soon")), "pageTitle")
        back_soon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pause.addWidget(back_soon)
        pause.addStretch(1)

        self.stack = QStackedWidget()
        self.stack.addWidget(content)
        self.stack.addWidget(self.paused)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        guard = LockGuard.of()
        if guard is not None:
            # The guard hides this window when the laptop locks; reading aloud stops too.
            guard.locked.connect(self.speech.stop)
        doc.changed.connect(lambda _view: self.show_section())
        doc.section_shown.connect(lambda _key: self.show_section())
        self.show_section()

    def _big(self, text: str, description: str) -> QPushButton:
        button = named(QPushButton(text), text, description)
        button.setObjectName("bigButton")
        return button

    # -- what is shown ---------------------------------------------------------------------

    def sections(self) -> list[str]:
        return [ABOUT_ME, *(a.key for a in self.doc.view.template.areas), "agree", "feedback"]

    def show_section(self) -> None:
        view, key, t, size = self.doc.view, self.doc.section, self.t, self.picture_size
        if key == ABOUT_ME:
            page, self.spoken = about_me_section(view, t, size)
        elif key == "agree":
            page, self.spoken = agree_section(view, t, size)
        elif key == "feedback":
            questions = self.doc.book.feedback.questions(Audience.PERSON)
            page, self.spoken = feedback_section(self.doc, view, questions, t, size)
        else:
            page, self.spoken = area_section(self.doc, view, key, t, self.share_staff_view, size)
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll.setWidget(page)
        in_area = key not in (ABOUT_ME, "agree", "feedback")
        self.adding.setVisible(view.editable and (in_area or key == ABOUT_ME))
        if key == ABOUT_ME:
            self.add_good.setText(t(N_("Add to what matters to me")))
            self.add_change.hide()
        else:
            self.add_good.setText(t(N_("Add to what's good")))
            self.add_change.show()
        position = self.sections().index(key) if key in self.sections() else 0
        self.back_button.setVisible(self.can_move)
        self.next_button.setVisible(self.can_move)
        self.back_button.setEnabled(position > 0)
        self.next_button.setEnabled(position < len(self.sections()) - 1)

    def set_can_move(self, allowed: bool) -> None:
        self.can_move = allowed
        self.show_section()

    def set_share_staff_view(self, shared: bool) -> None:
        self.share_staff_view = shared
        self.show_section()

    def _move(self, step: int) -> None:
        if not self.can_move:
            return
        keys = self.sections()
        position = keys.index(self.doc.section) if self.doc.section in keys else 0
        new = max(0, min(len(keys) - 1, position + step))
        self.doc.show_section(keys[new])

    # -- the person's own words ------------------------------------------------------------

    def add_words(self, kind: EntryKind) -> bool:
        words = self.words_box.text()
        if not words.strip():
            self.problem.setText(self.t(N_("Please write something first.")))
            self.problem.show()
            return False
        section = self.doc.section
        if section == ABOUT_ME:
            kind = EntryKind.MATTERS
        if commands.add_entry(self.doc, section, kind, words, SaidBy.PERSON):
            self.words_box.clear()
            self.problem.hide()
            return True
        self.problem.setText(self.t(N_("Not saved yet. Your words are kept here. Try again.")))
        self.problem.show()
        return False

    # -- pause and read aloud --------------------------------------------------------------

    def pause(self, paused: bool) -> None:
        """Blank the screen at once with a calm picture and "Back soon" (or show it again)."""
        self.speech.stop()
        self.stack.setCurrentWidget(self.paused if paused else self.stack.widget(0))

    def is_paused(self) -> bool:
        return self.stack.currentWidget() is self.paused

    def read_aloud(self) -> bool:
        return self.speech.say(self.spoken)

    def closeEvent(self, event) -> None:
        self.speech.stop()
        self.closed.emit()
        super().closeEvent(event)
