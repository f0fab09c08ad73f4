"""The plain-words helper in every text box: hard words and long sentences marked as staff type,
and the plain words offered by one click. It only points things out; it never stops saving.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supportplan.i18n import _, app_language, ngettext
from supportplan.plainwords import HardWord, PlainWords, list_language, long_sentences
from ui.access import named
from ui.flow_box import FlowBox

MOST_BUTTONS = 4  # suggestions shown at once under a box; the context menu offers every one

_words = {"now": PlainWords(())}


def use(words: PlainWords) -> None:
    """The list every text box checks against from now on; boxes already open check again."""
    _words["now"] = words
    for widget in QApplication.allWidgets():
        check_again = getattr(widget, "check_plain_words", None)
        if callable(check_again):
            check_again()


def active() -> PlainWords:
    return _words["now"]


def load(own_words: str, *languages: str | None) -> PlainWords:
    """The list for the first of ``languages`` that has one (then the app's, then English),
    with the organisation's own words from settings."""
    return PlainWords.for_language(list_language(*languages, app_language()), own_words)


def utf16(text: str, index: int) -> int:
    """Qt counts positions in UTF-16 units; Python in characters (they differ for emoji)."""
    return len(text[:index].encode("utf-16-le")) // 2


def from_utf16(text: str, position: int) -> int:
    """The Python index of a Qt position in ``text``."""
    units = 0
    for index, char in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


class PlainWordsHighlighter(QSyntaxHighlighter):
    """Hard words: a wavy red underline on orange. Long sentences: pale yellow behind them.
    Dark text on both, so they read the same in the normal and the high-contrast look."""

    def __init__(self, document: QTextDocument, words: Callable[[], PlainWords] = active) -> None:
        super().__init__(document)
        self._words = words
        self.long = QTextCharFormat()
        self.long.setBackground(QColor("#fff1b8"))
        self.long.setForeground(QColor("#1b1b1b"))
        self.hard = QTextCharFormat()
        self.hard.setBackground(QColor("#ffd7a8"))
        self.hard.setForeground(QColor("#1b1b1b"))
        self.hard.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.hard.setUnderlineColor(QColor("#a4000f"))

    def highlightBlock(self, text: str) -> None:
        for sentence in long_sentences(text):
            start, end = utf16(text, sentence.start), utf16(text, sentence.end)
            self.setFormat(start, end - start, self.long)
        for word in self._words().find(text):
            start, end = utf16(text, word.start), utf16(text, word.end)
            self.setFormat(start, end - start, self.hard)


def replace(box: QPlainTextEdit, word: HardWord) -> None:
    """Put the plain words in place of ``word`` as one step of the box's own undo."""
    text = box.toPlainText()
    cursor = QTextCursor(box.document())
    cursor.setPosition(utf16(text, word.start))
    cursor.setPosition(utf16(text, word.end), QTextCursor.MoveMode.KeepAnchor)
    cursor.beginEditBlock()
    cursor.insertText(word.plain)
    cursor.endEditBlock()
    box.setTextCursor(cursor)


class PlainWordsHints(QWidget):
    """Under the words in a box: "Use: horse riding" buttons, and a note about long sentences."""

    use_words = Signal(object)  # the HardWord to replace

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("plainWordsHints")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.row = FlowBox()
        self.note = QLabel()
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 4)
        layout.addWidget(self.row)
        layout.addWidget(self.note)
        self.buttons: list[QPushButton] = []
        self.offers: list[HardWord] = []
        self._shown: tuple = ()

    def show_hints(self, text: str, words: PlainWords) -> bool:
        """Offer the plain words for ``text``; True if what is offered changed."""
        first_of_each: dict[str, HardWord] = {}
        for word in words.find(text):
            first_of_each.setdefault(word.found.casefold(), word)
        self.offers = list(first_of_each.values())[:MOST_BUTTONS]
        longest = max((s.words for s in long_sentences(text)), default=0)
        shown = (tuple((w.found.casefold(), w.plain) for w in self.offers), longest)
        if shown == self._shown:
            return False
        self._shown = shown
        for button in self.buttons:
            self.row.remove(button)
        self.buttons = [self._button(index, word) for index, word in enumerate(self.offers)]
        if longest:
            self.note.setText(
                ngettext(
                    "A sentence here has {n} word. Short sentences are easier to read.",
                    "A sentence here has {n} words. Short sentences are easier to read: try two.",
                    longest,
                ).format(n=longest)
            )
        self.note.setVisible(bool(longest))
        return True

    def _button(self, index: int, word: HardWord) -> QPushButton:
        button = named(
            QPushButton(_("Use: {plain}").format(plain=word.plain)),
            _("Use “{plain}”").format(plain=word.plain),
            _("“{hard}” may be hard to understand. This puts “{plain}” in its place.").format(
                hard=word.found, plain=word.plain
            ),
        )
        button.setObjectName("plainWordButton")
        button.clicked.connect(lambda _checked=False: self.use_words.emit(self.offers[index]))
        self.row.add(button)
        return button

    def wanted(self) -> bool:
        return bool(self.buttons) or not self.note.isHidden()
