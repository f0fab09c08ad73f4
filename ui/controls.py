"""Small makers for accessible controls: every one gets a name and a description."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton


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
