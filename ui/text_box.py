"""A box to write in: plain text only (pasted formatting is dropped), Tab moves on."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy

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
        self._lines = lines
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        # Worked out from the font in use now, so the box grows with the text size.
        height = self.fontMetrics().lineSpacing() * self._lines + 2 * self.frameWidth() + 16
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

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
