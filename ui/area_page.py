"""One area of the plan: its picture and question, the faces, what's good, what to change, goals."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from supportplan.i18n import _, ngettext
from supportplan.model.kinds import EntryKind, SaidBy
from supportplan.plainwords import LEVEL_WORDS, Level, Readability, area_readability
from supportplan.scales import AREA_SCALE
from supportplan.services.views import AreaDef, VersionView
from ui import commands, plain_words
from ui.access import named
from ui.entry_list import EntryList
from ui.goal_list import GoalList
from ui.pictures import pixmap
from ui.plan_document import PlanDocument
from ui.rating_faces import RatingFaces, two_lines


class AreaPage(QWidget):
    def __init__(self, doc: PlanDocument, area: AreaDef) -> None:
        super().__init__()
        self._doc, self.area = doc, area
        line = self.fontMetrics().height()

        picture = QLabel()
        picture.setPixmap(pixmap(area.picture_key, line * 5))
        picture.setAccessibleName(_(area.title))
        title = QLabel(_(area.title))
        title.setObjectName("pageTitle")
        question = QLabel(_(area.question))
        question.setObjectName("question")
        question.setWordWrap(True)
        prompts = QLabel(
            _("Things to talk about: {prompts}").format(
                prompts=" · ".join(_(p) for p in area.prompts)
            )
        )
        prompts.setObjectName("hint")
        prompts.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(question)
        heading.addWidget(prompts)
        self.readability = QLabel()
        self.readability.setObjectName("readability")
        self.readability.setWordWrap(True)
        self.readability.setAccessibleName(_("How easy the words are to read"))
        heading.addWidget(self.readability)
        top = QHBoxLayout()
        top.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        self.rather_not = named(
            QCheckBox(_("I'd rather not talk about this")),
            _("I'd rather not talk about this"),
            _("Tick if the person would rather not talk about this part today. That is fine."),
        )
        self.rather_not.clicked.connect(
            lambda checked: commands.rather_not_talk(doc, area.key, checked)
        )
        self.rather_note = QLabel(_("That's OK. You can come back to it any time."))
        self.rather_note.setObjectName("hint")

        self.person_label = QLabel(_("How is it going?"))
        self.person_label.setObjectName("sectionTitle")
        self.person_label.setWordWrap(True)
        self.person_faces = RatingFaces(AREA_SCALE, _("How the person feels it is going"), line * 3)
        self.person_faces.chosen.connect(
            lambda value: commands.rate(doc, area.key, value, SaidBy.PERSON)
        )
        self.staff_toggle = named(
            QCheckBox(_("Staff see it differently: add the staff view")),
            _("Add the staff view"),
            _(
                "Tick to record how staff see it, beside the person's own view. The person's view is always kept."
            ),
        )
        self.staff_toggle.clicked.connect(self._toggle_staff)
        for box in (self.rather_not, self.staff_toggle):
            # A tick box's words cannot wrap: long ones (large text, longer languages) go on
            # two lines so the page never gets wider than the window.
            if box.fontMetrics().horizontalAdvance(box.text()) > line * 14:
                box.setText(two_lines(box.text()))
        self.staff_faces = RatingFaces(AREA_SCALE, _("How staff see it"), line * 2)
        self.staff_faces.chosen.connect(
            lambda value: commands.rate(doc, area.key, value, SaidBy.STAFF)
        )
        self.staff_by = QLabel()
        self.staff_by.setObjectName("hint")
        self.last_time = QLabel()
        self.last_time.setObjectName("hint")

        self.good = EntryList(
            doc,
            area.key,
            EntryKind.GOOD,
            _("What's good"),
            _("Add what's good"),
            _("Something that is going well. For example: I like my morning walk."),
        )
        self.change = EntryList(
            doc,
            area.key,
            EntryKind.CHANGE,
            _("What I'd like to change"),
            _("Add what I'd like to change"),
            _("Something to change or try. For example: I want to sleep better."),
        )
        self.goals = GoalList(doc, area.key)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.rather_not)
        layout.addWidget(self.rather_note)
        layout.addWidget(self.person_label)
        layout.addWidget(self.last_time)
        layout.addWidget(self.person_faces)
        layout.addWidget(self.staff_toggle)
        layout.addWidget(self.staff_by)
        layout.addWidget(self.staff_faces)
        layout.addWidget(self.good)
        layout.addWidget(self.change)
        layout.addWidget(self.goals)
        layout.addStretch(1)

    def show_version(self, view: VersionView, last: VersionView | None = None) -> None:
        area = view.area(self.area.key)
        editable = view.editable
        self.rather_not.setChecked(area.rather_not_talk)
        self.rather_not.setEnabled(editable)
        self.rather_note.setVisible(area.rather_not_talk)
        self.person_faces.set_value(area.person_rating)
        self.person_faces.set_read_only(not editable)
        has_staff = area.staff_rating is not None
        # Keep the box ticked while staff are choosing, before any face is saved.
        self.staff_toggle.setChecked(has_staff or (editable and self.staff_toggle.isChecked()))
        self.staff_toggle.setVisible(editable or has_staff)
        self.staff_toggle.setEnabled(editable)
        self.staff_faces.setVisible(self.staff_toggle.isChecked())
        self.staff_faces.set_value(area.staff_rating)
        self.staff_faces.set_read_only(not editable)
        self.staff_by.setText(
            _("Staff view from {name}").format(name=area.staff_rating_by)
            if area.staff_rating_by
            else ""
        )
        self.staff_by.setVisible(bool(area.staff_rating_by))
        self.last_time.setVisible(last is not None)
        if last is not None:
            before = last.area(self.area.key).person_rating
            words = next((p.words for p in AREA_SCALE if p.value == before), None)
            self.last_time.setText(
                _("Last time: {words}").format(words=_(words))
                if words
                else _("Last time: no face was chosen.")
            )
        self.readability.setText(readability_words(area_readability(area, plain_words.active())))
        self.good.show_entries(area.good)
        self.change.show_entries(area.change)
        self.goals.show_goals(area.goals)

    def _toggle_staff(self, checked: bool) -> None:
        if checked:
            self.staff_faces.show()
            return
        if self._doc.view.area(self.area.key).staff_rating is not None:
            commands.rate(self._doc, self.area.key, None, SaidBy.STAFF)
        self.staff_faces.hide()

    def pending(self) -> list:
        return [w for w in (self.good, self.change, self.goals) if w.pending().strip()]


def readability_words(signal: Readability) -> str:
    """E.g. "Words: Some hard parts (1 long sentence, 2 hard words)". The rule is in
    supportplan/plainwords.py; it is a hint for staff, never a stop."""
    words = _("Words: {level}").format(level=_(LEVEL_WORDS[signal.level]))
    if signal.level in (Level.EMPTY, Level.EASY):
        return words
    parts = []
    if signal.long_sentences:
        parts.append(
            ngettext("{n} long sentence", "{n} long sentences", signal.long_sentences).format(
                n=signal.long_sentences
            )
        )
    if signal.hard_words:
        parts.append(
            ngettext("{n} hard word", "{n} hard words", signal.hard_words).format(
                n=signal.hard_words
            )
        )
    return _("{words} ({details})").format(words=words, details=", ".join(parts))
