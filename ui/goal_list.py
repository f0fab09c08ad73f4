"""Goals in an area ("I will …"), each with its steps: add, change, move, remove."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from supportplan.i18n import _, format_date
from supportplan.model.kinds import SaidBy
from supportplan.scales import GOAL_SCALE
from supportplan.services.views import GoalView, StepView
from ui import commands
from ui.access import named
from ui.add_box import AddBox
from ui.entry_list import button
from ui.flow_box import FlowBox
from ui.pictures import pixmap
from ui.plan_document import PlanDocument
from ui.rating_faces import RatingFaces
from ui.said_by import badge
from ui.step_dialog import HELPER_WORDS, STATUS_WORDS, StepDialog
from ui.text_box import TextBox


class StepRow(QFrame):
    def __init__(self, doc: PlanDocument, goal: GoalView, step: StepView, index: int) -> None:
        super().__init__()
        # Never squeezed below the height its words need.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setObjectName("step")
        # The words first, the controls under them (they move to a new row when the row is
        # full), so a step is never wider than the page at 200% text or in a longer language.
        outer = QVBoxLayout(self)
        layout = QHBoxLayout()
        outer.addLayout(layout)
        size = self.fontMetrics().height() * 2
        picture = QLabel()
        picture.setPixmap(pixmap(f"helper-{step.who_helps.value}", size))
        who = _(HELPER_WORDS[step.who_helps])
        if step.helper_name:
            who = f"{who} ({step.helper_name})"
        words = _("{what} — who helps: {who}").format(what=step.what, who=who)
        if step.by_when:
            words += " — " + _("by {date}").format(date=format_date(step.by_when))
        label = QLabel(words)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(picture)
        layout.addWidget(label, 1)
        status_words = _(STATUS_WORDS[step.status])
        if not doc.editable:
            layout.addWidget(QLabel(status_words))
            return
        self.status = named(
            QComboBox(),
            _("How it is going"),
            _("Is this step not started, being done, done or stopped?"),
        )
        for status, status_text in STATUS_WORDS.items():
            self.status.addItem(_(status_text), status)
        self.status.setCurrentIndex(self.status.findData(step.status))
        self.status.activated.connect(
            lambda _i: commands.set_step_status(doc, goal, step, self.status.currentData())
        )
        change = button(_("Change"), _("Change this step."))
        change.clicked.connect(lambda: self._change(doc, goal, step))
        up = button(_("Move up"), _("Do this step earlier."))
        up.setEnabled(index > 0)
        up.clicked.connect(lambda: commands.move_step(doc, goal, step, index - 1))
        remove = button(_("Remove"), _("Take this step out. Undo brings it back."))
        remove.clicked.connect(lambda: commands.remove_step(doc, goal, step))
        controls = FlowBox()
        for widget in (self.status, change, up, remove):
            controls.add(widget)
        outer.addWidget(controls)

    def _change(self, doc: PlanDocument, goal: GoalView, step: StepView) -> None:
        dialog = StepDialog(self, step)
        if dialog.exec():
            commands.edit_step(doc, goal, step, **dialog.values())


class GoalCard(QFrame):
    def __init__(self, doc: PlanDocument, goal: GoalView, index: int, count: int) -> None:
        super().__init__()
        # Never squeezed below the height its words need.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._doc, self.goal = doc, goal
        self.setObjectName("personWords" if goal.said_by is SaidBy.PERSON else "staffWords")
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        picture = QLabel()
        size = self.fontMetrics().height() * 3
        picture.setPixmap(pixmap("goal", size))
        words = QLabel(goal.text)
        words.setObjectName("goalWords")
        words.setWordWrap(True)
        words.setTextFormat(Qt.TextFormat.PlainText)
        text_column = QVBoxLayout()
        text_column.addWidget(badge(goal.said_by, goal.staff_name))
        text_column.addWidget(words)
        head.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        head.addLayout(text_column, 1)
        layout.addLayout(head)
        if goal.carried_from_id is not None:
            layout.addWidget(self._how_it_went())
        for step_index, step in enumerate(goal.steps):
            layout.addWidget(StepRow(doc, goal, step, step_index))
        if doc.editable:
            row = FlowBox()
            add_step = button(
                _("Add a step"), _("Add a step towards this goal: what, who helps, by when.")
            )
            add_step.clicked.connect(self._add_step)
            change = button(_("Change"), _("Change the words of this goal."))
            change.clicked.connect(self._change)
            up = button(_("Move up"), _("Move this goal up the list."))
            up.setEnabled(index > 0)
            up.clicked.connect(lambda: commands.move_goal(doc, goal, index - 1))
            down = button(_("Move down"), _("Move this goal down the list."))
            down.setEnabled(index < count - 1)
            down.clicked.connect(lambda: commands.move_goal(doc, goal, index + 1))
            remove = button(
                _("Remove"), _("Take this goal and its steps out. Undo brings them back.")
            )
            remove.clicked.connect(lambda: commands.remove_goal(doc, goal))
            for widget in (add_step, change, up, down, remove):
                row.addWidget(widget)
            layout.addWidget(row)

    def _how_it_went(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(_("How did it go?")))
        self.faces = RatingFaces(
            GOAL_SCALE, _("How the goal went"), self.fontMetrics().height() * 2
        )
        self.faces.set_value(self.goal.attainment)
        self.faces.set_read_only(not self._doc.editable)
        self.faces.chosen.connect(
            lambda value: commands.how_it_went(
                self._doc, self.goal, value, self.goal.attainment_note
            )
        )
        layout.addWidget(self.faces)
        if not self._doc.editable:
            if self.goal.attainment_note:
                note = QLabel(self.goal.attainment_note)
                note.setWordWrap(True)
                layout.addWidget(note)
            return box
        self.note = TextBox(_("What happened?"), _("A few words about how it went."), lines=2)
        self.note.setPlainText(self.goal.attainment_note)
        save = button(_("Save the words"), _("Save what happened with this goal."))
        save.clicked.connect(self._save_note)
        self.note.done.connect(self._save_note)
        layout.addWidget(self.note)
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _save_note(self) -> None:
        if self.note.text().strip() != self.goal.attainment_note:
            commands.how_it_went(self._doc, self.goal, self.faces.value(), self.note.text())

    def _add_step(self) -> None:
        dialog = StepDialog(self)
        if dialog.exec():
            values = dialog.values()
            commands.add_step(
                self._doc,
                self.goal,
                values["what"],
                values["who_helps"],
                values["helper_name"],
                values["by_when"],
            )

    def _change(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        words, ok = QInputDialog.getMultiLineText(
            self, _("Change a goal"), _("I will …"), self.goal.text
        )
        if ok and words.strip() and words.strip() != self.goal.text:
            commands.edit_goal(self._doc, self.goal, words)


class GoalList(QWidget):
    def __init__(self, doc: PlanDocument, area_key: str) -> None:
        super().__init__()
        # Never squeezed below the height its words need.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._doc, self.area_key = doc, area_key
        title = QLabel(_("Goals"))
        title.setObjectName("sectionTitle")
        title.setWordWrap(True)
        self.cards = QVBoxLayout()
        self.empty = QLabel(_("No goals here yet."))
        self.empty.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.empty)
        layout.addLayout(self.cards)
        self.add_area = AddBox(
            doc,
            _("Add a goal"),
            _("Add this goal. Then add its steps."),
            _("Start with I will … For example: I will cook a hot meal once a week."),
            _("Please write the goal first."),
            lambda words, said_by: commands.add_goal(doc, area_key, words, said_by),
            lines=2,
        )
        self.box, self.whose = self.add_area.box, self.add_area.whose
        self.add_button, self.problem = self.add_area.add_button, self.add_area.problem
        layout.addWidget(self.add_area)

    def show_goals(self, goals: tuple[GoalView, ...]) -> None:
        while self.cards.count():
            widget = self.cards.takeAt(0).widget()
            if widget:
                widget.deleteLater()
        for index, goal in enumerate(goals):
            self.cards.addWidget(GoalCard(self._doc, goal, index, len(goals)))
        self.empty.setVisible(not goals)
        self.add_area.setVisible(self._doc.editable)

    def pending(self) -> str:
        return self.box.text() if self._doc.editable else ""

    def add(self) -> bool:
        return self.add_area.add()
