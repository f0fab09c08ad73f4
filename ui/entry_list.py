"""One list of entries (e.g. "What's good") with who said each, and a box to add more."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from supportplan.i18n import _
from supportplan.model.kinds import EntryKind, SaidBy
from supportplan.services.views import EntryView
from ui import commands
from ui.access import named
from ui.add_box import AddBox
from ui.flow_box import FlowBox
from ui.plan_document import PlanDocument
from ui.said_by import badge
from ui.text_box import TextBox


def button(text: str, description: str) -> QPushButton:
    return named(QPushButton(text), text, description)


class EntryCard(QFrame):
    """One entry: whose words, the words, and buttons to change, move or remove it."""

    def __init__(self, doc: PlanDocument, entry: EntryView, index: int, count: int) -> None:
        super().__init__()
        # Never squeezed below the height its words need.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._doc, self.entry = doc, entry
        self.setObjectName("personWords" if entry.said_by is SaidBy.PERSON else "staffWords")
        self.words = QLabel(entry.text)
        self.words.setWordWrap(True)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.words.setAccessibleName(entry.text[:200])
        layout = QVBoxLayout(self)
        layout.addWidget(badge(entry.said_by, entry.staff_name))
        if entry.staff_only:
            note = QLabel(
                _(
                    "Only staff see this. It is not shown on the person's screen or printed for them."
                )
            )
            note.setObjectName("hint")
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(self.words)
        self.editor: TextBox | None = None
        if doc.editable:
            row = FlowBox()
            self.change = button(_("Change"), _("Change these words."))
            self.up = button(_("Move up"), _("Move this entry up the list."))
            self.down = button(_("Move down"), _("Move this entry down the list."))
            self.remove = button(_("Remove"), _("Take this entry out. Undo brings it back."))
            self.up.setEnabled(index > 0)
            self.down.setEnabled(index < count - 1)
            self.change.clicked.connect(lambda: self.start_editing())
            self.up.clicked.connect(lambda: commands.move_entry(doc, entry, index - 1))
            self.down.clicked.connect(lambda: commands.move_entry(doc, entry, index + 1))
            self.remove.clicked.connect(lambda: commands.remove_entry(doc, entry))
            for widget in (self.change, self.up, self.down, self.remove):
                row.addWidget(widget)
            if entry.said_by is SaidBy.STAFF:
                self.private = named(
                    QCheckBox(_("Only staff see this")),
                    _("Only staff see this"),
                    _("Tick to keep this note off the person's screen and their printed plan."),
                )
                self.private.setChecked(entry.staff_only)
                self.private.toggled.connect(
                    lambda on: commands.edit_entry(doc, entry, staff_only=on)
                )
                row.addWidget(self.private)
            layout.addWidget(row)

    def start_editing(self, words: str | None = None) -> None:
        """Open the words for changing (``words``: what was being typed before a refresh)."""
        if self.editor is not None:
            return
        self.edit_area = QWidget()
        area = QVBoxLayout(self.edit_area)
        area.setContentsMargins(0, 0, 0, 0)
        self.editor = TextBox(
            _("Change the words"), _("Change the words, then press Save (or Ctrl+Enter).")
        )
        self.editor.setPlainText(self.entry.text if words is None else words)
        save = button(_("Save"), _("Save the changed words."))
        cancel = button(_("Cancel"), _("Keep the words as they were."))
        save.clicked.connect(self.finish_editing)
        cancel.clicked.connect(self.cancel_editing)
        self.editor.done.connect(self.finish_editing)
        self.editor.cancelled.connect(self.cancel_editing)
        row = QHBoxLayout()
        row.addWidget(save)
        row.addWidget(cancel)
        row.addStretch(1)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        area.addWidget(self.editor)
        area.addWidget(self.problem)
        area.addLayout(row)
        self.layout().addWidget(self.edit_area)
        self.words.hide()
        self.editor.setFocus()

    def editing_words(self) -> str | None:
        return self.editor.text() if self.editor is not None else None

    def finish_editing(self) -> None:
        if self.editor is None:
            return
        words = self.editor.text()
        if words.strip() == self.entry.text:
            self.cancel_editing()
            return
        if not words.strip():
            self.problem.setText(
                _("Please write something, or press Remove to take this entry out.")
            )
            self.problem.show()
            return
        editor = self.editor
        if not commands.edit_entry(self._doc, self.entry, words=words) and editor is self.editor:
            # Not saved: keep the words on screen so nothing typed is lost.
            self.problem.setText(_("Not saved yet. Your words are kept here; try Save again."))
            self.problem.show()

    def cancel_editing(self) -> None:
        if self.editor is None:
            return
        self.editor = None
        self.edit_area.deleteLater()
        self.words.show()
        self.change.setFocus()


class EntryList(QWidget):
    """A titled list of entries, with its add box under it."""

    def __init__(
        self,
        doc: PlanDocument,
        section: str,
        kind: EntryKind,
        title: str,
        add_label: str,
        hint: str,
        picture: str | None = None,
    ) -> None:
        super().__init__()
        # Never squeezed below the height its words need.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._doc, self.section, self.kind = doc, section, kind
        self.title = QLabel(title)
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        self.cards = QVBoxLayout()
        self.empty = QLabel(_("Nothing written here yet."))
        self.empty.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addLayout(self.cards)

        self.add_area = AddBox(
            doc,
            add_label,
            _("Add these words to the list."),
            hint,
            _("Please write something first."),
            lambda words, said_by: commands.add_entry(doc, section, kind, words, said_by),
        )
        self.box, self.whose = self.add_area.box, self.add_area.whose
        self.add_button, self.problem = self.add_area.add_button, self.add_area.problem
        layout.addWidget(self.add_area)

    def show_entries(self, entries: tuple[EntryView, ...]) -> None:
        """Show the entries; words being changed in a card stay open, as typed."""
        editing: dict[object, str] = {}
        while self.cards.count():
            card = self.cards.takeAt(0).widget()
            if isinstance(card, EntryCard):
                words = card.editing_words()
                if words is not None:
                    editing[card.entry.id] = words
                card.deleteLater()
        for index, entry in enumerate(entries):
            card = EntryCard(self._doc, entry, index, len(entries))
            self.cards.addWidget(card)
            words = editing.get(entry.id)
            if words is not None and words.strip() != entry.text and self._doc.editable:
                card.start_editing(words)
        self.empty.setVisible(not entries)
        self.add_area.setVisible(self._doc.editable)

    def pending(self) -> str:
        return self.box.text() if self._doc.editable else ""

    def add(self) -> bool:
        return self.add_area.add()
