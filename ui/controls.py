"""Small makers for accessible controls: every one gets a name and a description."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget


def button(text: str, description: str) -> QPushButton:
    made = QPushButton(text)
    made.setAccessibleName(text.replace("&", ""))
    made.setAccessibleDescription(description)
    return made


def line(name: str, description: str, *, secret: bool = False) -> QLineEdit:
    made = QLineEdit()
    made.setAccessibleName(name)
    made.setAccessibleDescription(description)
    if secret:
        made.setEchoMode(QLineEdit.EchoMode.Password)
    return made


def problem_label() -> QLabel:
    """Where a dialog says what went wrong, in red, read out by screen readers."""
    label = QLabel()
    label.setObjectName("problem")
    label.setWordWrap(True)
    label.setAccessibleName("")
    return label


def words(text: str, name: str | None = None) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if name:
        label.setAccessibleName(name)
    return label


def fit(window: QWidget) -> None:
    """Size a dialog to all it holds, up to the whole screen (Qt's own guess stops at 2/3 of the
    screen, which cuts wrapped text short at 200% text size)."""
    hint = window.sizeHint()
    screen = window.screen().availableGeometry()
    width = min(max(hint.width(), window.minimumWidth()), screen.width())
    layout = window.layout()
    height = hint.height()
    if layout is not None and layout.hasHeightForWidth():
        height = layout.totalHeightForWidth(width)
    window.resize(width, min(height, screen.height()))
