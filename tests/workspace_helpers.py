"""Driving the workspace through its real widgets."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton

from ui.main_window import MainWindow


def settle() -> None:
    """Let Qt finish laying out (a few rounds: word-wrapped text settles in steps)."""
    for _ in range(4):
        QApplication.processEvents()


def open_window(qtbot, book, width: int = 1280, height: int = 900) -> MainWindow:
    window = MainWindow(book)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    return window


def type_into(qtbot, box, words: str) -> None:
    """Put words in a text box as a paste would (QTest can only type ASCII keys)."""
    box.setFocus()
    box.insertPlainText(words)


def click(qtbot, button) -> None:
    """Click as a person would: on the box itself for a tick box or a choice."""
    assert button.isVisible() and button.isEnabled(), button.text()
    if isinstance(button, QCheckBox | QRadioButton):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
