"""A box to write in: plain text only (pasted formatting is dropped), Tab moves on."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit

from ui.access import named


class TextBox(QPlainTextEdit):
    """Ctrl+Enter (or Cmd+Enter) means "done"; Escape means "leave it"."""

    done = Signal()
    cancelled = Signal()

    def __init__(self, name: str, description: str, lines: int = 3) -> None:
        super().__init__()
        named(self, name, description)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(description)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * lines + 16)
        self.setSizeAdjustPolicy(QPlainTextEdit.SizeAdjustPolicy.AdjustToContents)

    def text(self) -> str:
        return self.toPlainText()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.done.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)
