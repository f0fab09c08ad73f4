"""A box to write in: plain text only (pasted formatting is dropped), Tab moves on.

Every box has the plain-words helper (ui/plain_words.py): hard words and long sentences are
marked as staff type, and the plain words are one click away, under the words or on the
right-click menu. A click is one step of the box's own undo (Ctrl+Z).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QSizePolicy, QWidget

from supportplan.i18n import _
from supportplan.plainwords import HardWord
from ui import plain_words
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
        self._hints_height = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.highlighter = plain_words.PlainWordsHighlighter(self.document())
        self.hints = plain_words.PlainWordsHints(self)
        self.hints.use_words.connect(self.use_plain_words)
        self.hints.hide()
        self.textChanged.connect(self._show_hints)

    def sizeHint(self) -> QSize:
        # Worked out from the font in use now, so the box grows with the text size; the
        # plain-words hints, when shown, sit under the words inside the box.
        height = self.fontMetrics().lineSpacing() * self._lines + 2 * self.frameWidth() + 16
        return QSize(super().sizeHint().width(), height + self._hints_height)

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

    # -- plain words -----------------------------------------------------------------------

    def use_plain_words(self, word: HardWord) -> None:
        plain_words.replace(self, word)
        self.setFocus()

    def check_plain_words(self) -> None:
        """Check again, e.g. after the organisation changed its own list."""
        self.highlighter.rehighlight()
        self._show_hints(force=True)

    def _show_hints(self, force: bool = False) -> None:
        changed = self.hints.show_hints(self.toPlainText(), plain_words.active())
        if not (changed or force):
            return
        after: QWidget = self
        for button in self.hints.buttons:
            QWidget.setTabOrder(after, button)
            after = button
        self.hints.setVisible(self.hints.wanted())
        self._place_hints()

    def _place_hints(self) -> None:
        frame = self.frameWidth()
        width = self.width() - 2 * frame
        height = 0
        if self.hints.wanted():
            height = max(self.hints.heightForWidth(width), self.hints.minimumSizeHint().height())
        self.setViewportMargins(0, 0, 0, height)
        self.hints.setGeometry(frame, self.height() - frame - height, width, height)
        if height != self._hints_height:
            self._hints_height = height
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_hints()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        keyboard = event.reason() == QContextMenuEvent.Reason.Keyboard
        menu = self.context_menu(event.pos(), keyboard)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def context_menu(self, pos: QPoint, keyboard: bool = False) -> QMenu:
        """The usual menu (cut, copy, paste …), with "Use “horse riding”" first when ``pos``
        (or, from the keyboard, the text cursor) is on a hard word."""
        menu = self.createStandardContextMenu(pos)
        text = self.toPlainText()
        cursor = self.textCursor() if keyboard else self.cursorForPosition(pos)
        at = plain_words.from_utf16(text, cursor.position())
        for word in plain_words.active().find(text):
            if word.start <= at <= word.end:
                first = menu.actions()[0] if menu.actions() else None
                action = QAction(_("Use “{plain}”").format(plain=word.plain), menu)
                action.triggered.connect(lambda _checked=False, w=word: self.use_plain_words(w))
                menu.insertAction(first, action)
                menu.insertSeparator(first)
                break
        return menu
