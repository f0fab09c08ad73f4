"""Checks every screen must pass: names for assistive tech, and no clipped text."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

from ui.signature_pad import SignaturePad

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
    QAbstractSlider,
    SignaturePad,
)
COMPOSITE = (QComboBox, QAbstractSpinBox, QAbstractItemView, QLineEdit, QPlainTextEdit, QTextEdit)


def _part_of_another_control(widget: QWidget) -> bool:
    """Qt's own pieces inside a control (a combo box's line edit, a list's scroll bars)."""
    if isinstance(widget, QScrollBar) or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, COMPOSITE):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_controls(screen: QWidget) -> list[str]:
    """Every interactive control on ``screen`` without an accessible name and description."""
    missing = []
    for widget in [screen, *screen.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or _part_of_another_control(widget):
            continue
        if not widget.accessibleName().strip() or not widget.accessibleDescription().strip():
            label = getattr(widget, "text", lambda: "")() if hasattr(widget, "text") else ""
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {str(label)[:40]!r}")
    return missing


def clipped_text(screen: QWidget) -> list[str]:
    """Visible labels and buttons given less room than their words need."""
    clipped = []
    for widget in screen.findChildren(QWidget):
        if not widget.isVisible() or _part_of_another_control(widget):
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                need_height = widget.heightForWidth(widget.width())
                short = widget.height() + 1 < need_height
            else:
                hint = widget.minimumSizeHint()
                short = widget.width() + 1 < hint.width() or widget.height() + 1 < hint.height()
        elif isinstance(widget, QAbstractButton) and widget.text():
            hint = widget.minimumSizeHint()
            short = widget.width() + 1 < hint.width() or widget.height() + 1 < hint.height()
        else:
            continue
        if short:
            clipped.append(
                f"{type(widget).__name__} {widget.text()[:40]!r} {widget.size().toTuple()} < {widget.minimumSizeHint().toTuple()}"
            )
    return clipped


def not_reachable_by_keyboard(screen: QWidget) -> list[str]:
    """Visible, enabled controls that Tab can never reach."""
    from PySide6.QtCore import Qt

    missing = []
    for widget in screen.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or _part_of_another_control(widget):
            continue
        if not (widget.isVisible() and widget.isEnabled()):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            label = widget.text() if hasattr(widget, "text") else ""
            missing.append(f"{type(widget).__name__} {str(label)[:40]!r}")
    return missing
