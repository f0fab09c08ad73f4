"""The box under a list for adding to it: the words, whose words they are, and the Add button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from supportplan.i18n import _
from supportplan.model.kinds import SaidBy
from ui.access import named
from ui.flow_box import FlowBox
from ui.plan_document import PlanDocument
from ui.said_by import WhoseWords
from ui.text_box import TextBox


class AddBox(QWidget):
    """``save(words, said_by)`` adds them; on failure the words stay in the box to try again."""

    def __init__(
        self,
        doc: PlanDocument,
        label: str,
        description: str,
        hint: str,
        empty_message: str,
        save: Callable[[str, SaidBy], bool],
        lines: int = 3,
    ) -> None:
        super().__init__()
        self._save, self._empty_message = save, empty_message
        self.box = TextBox(label, hint, lines=lines)
        self.box.done.connect(self.add)
        self.whose = WhoseWords(doc.view.person.preferred_name, doc.staff_name())
        self.add_button = named(QPushButton(label), label, description)
        self.add_button.setObjectName("addButton")
        self.add_button.clicked.connect(self.add)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        row = FlowBox()
        row.addWidget(self.whose)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(row)
        layout.addWidget(self.problem)

    def add(self) -> bool:
        words = self.box.text()
        if not words.strip():
            self.problem.setText(self._empty_message)
            self.problem.show()
            self.box.setFocus()
            return False
        if self._save(words, self.whose.said_by()):
            self.box.clear()
            self.whose.reset()
            self.problem.hide()
            self.box.setFocus()
            return True
        self.problem.setText(_("Not saved yet. Your words are kept here; try Add again."))
        self.problem.show()
        return False
