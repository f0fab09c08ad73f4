"""The organisation changes the wording of the plan's questions (a new version; old plans keep theirs)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from supportplan.book import PlanBook
from supportplan.i18n import _
from supportplan.services.templates import AreaWording
from ui.access import dialog_buttons, named
from ui.messages import guarded
from ui.text_box import TextBox


class WordingDialog(QDialog):
    def __init__(self, book: PlanBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self.setWindowTitle(_("The plan's questions"))
        self.setAccessibleName(self.windowTitle())
        self.resize(760, 680)
        current = book.templates.current()
        intro = QLabel(
            _(
                "Change the words of each part. Plans already written keep the words they had. "
                "New plans use the new words. This is version {n}."
            ).format(n=current.version)
        )
        intro.setWordWrap(True)
        self.fields: dict[str, tuple[QLineEdit, TextBox, TextBox]] = {}
        body = QWidget()
        column = QVBoxLayout(body)
        for area in current.areas:
            box = QGroupBox(_(area.title))
            form = QFormLayout(box)
            title = named(
                QLineEdit(_(area.title)),
                _("Name of this part"),
                _("A short name, for example: Home."),
            )
            question = TextBox(
                _("The plain question"),
                _("One short question, for example: How is life at home?"),
                lines=2,
            )
            question.setPlainText(_(area.question))
            prompts = TextBox(_("Things to talk about"), _("One on each line."), lines=4)
            prompts.setPlainText("\n".join(_(p) for p in area.prompts))
            form.addRow(_("Name"), title)
            form.addRow(_("Question"), question)
            form.addRow(_("Things to talk about"), prompts)
            column.addWidget(box)
            self.fields[area.key] = (title, question, prompts)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        buttons = dialog_buttons(self, self.save, _("Save the new words"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def wording(self) -> list[AreaWording]:
        return [
            AreaWording(key, title.text(), question.text(), tuple(prompts.text().splitlines()))
            for key, (title, question, prompts) in self.fields.items()
        ]

    def save(self) -> bool:
        if guarded(self, lambda: self._book.templates.change_wording(self.wording())) is None:
            return False
        self.accept()
        return True
