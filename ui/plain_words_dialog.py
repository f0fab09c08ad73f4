"""The organisation's own plain words: hard words its staff use, and what to say instead.

Saved in the plan book's settings (``plain_words``), added to the app's own list for every
language. The helper in each text box uses them at once.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supportplan.book import PlanBook
from supportplan.errors import PlanTogetherError
from supportplan.i18n import _, app_language
from supportplan.languages import language
from supportplan.plainwords import PlainWord, as_text, built_in, list_language, parse
from ui.access import dialog_buttons, named
from ui.entry_list import button


class PlainWordsDialog(QDialog):
    def __init__(self, book: PlanBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self.setWindowTitle(_("Our own plain words"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(640)
        known = list_language(app_language())
        intro = QLabel(
            _(
                "Plan Together already knows {n} hard words in {language}. Add the words your "
                "organisation uses, and the plain words to say instead. Staff see them marked as "
                "they type."
            ).format(n=len(built_in(known)), language=_(language(known).english))
        )
        intro.setWordWrap(True)
        self.table = named(
            QTableWidget(0, 2),
            _("Our own plain words"),
            _("Each row: a hard word or phrase, and the plain words to use instead."),
        )
        self.table.setHorizontalHeaderLabels([_("Hard words"), _("Plain words to use")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        for pair in parse(book.settings.get("plain_words")):
            self.add_row(pair.hard, pair.plain)
        add = button(_("Add a row"), _("Add a new hard word and its plain words."))
        add.clicked.connect(lambda: self.add_row("", "", edit=True))
        remove = button(_("Remove this row"), _("Take the chosen row off the list."))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        rows = QHBoxLayout()
        rows.addWidget(add)
        rows.addWidget(remove)
        rows.addStretch(1)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = dialog_buttons(self, self.save, _("Save the list"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(rows)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def add_row(self, hard: str, plain: str, edit: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(hard))
        self.table.setItem(row, 1, QTableWidgetItem(plain))
        if edit:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))

    def pairs(self) -> list[PlainWord]:
        out = []
        for row in range(self.table.rowCount()):
            hard, plain = (self.table.item(row, c) for c in (0, 1))
            words = [" ".join((i.text() if i else "").split()) for i in (hard, plain)]
            if words[0] and words[1]:
                out.append(PlainWord(words[0], words[1]))
        return out

    def save(self) -> None:
        try:
            self._book.settings.set("plain_words", as_text(self.pairs()))
        except PlanTogetherError as error:
            self.problem.setText(str(error))
            self.problem.show()
            return
        self.accept()
