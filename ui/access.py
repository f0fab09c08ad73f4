"""Accessible names and descriptions, set together so no control is left without them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from supportplan.i18n import _

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, description: str) -> W:
    """Give ``widget`` the name a screen reader says, and a short description of what it does."""
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    return widget


def dialog_buttons(
    dialog: QDialog,
    on_accept: Callable[[], object],
    accept_description: str,
    accept_text: str | None = None,
) -> QDialogButtonBox:
    """The Save (or ``accept_text``) and Cancel row every dialog ends with, both named."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    if accept_text:
        save.setText(accept_text)
    named(save, save.text().replace("&", ""), accept_description)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    named(cancel, cancel.text().replace("&", ""), _("Close without saving"))
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
