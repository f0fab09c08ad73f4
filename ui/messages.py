"""Showing problems in plain words. Screens call ``guarded`` around a service call."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget

from supportplan.errors import PlanTogetherError
from supportplan.i18n import _

T = TypeVar("T")


def show_problem(parent: QWidget | None, message: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning, _("Plan Together"), message, QMessageBox.StandardButton.Ok, parent
    )
    box.setAccessibleName(_("Problem"))
    box.setAccessibleDescription(message)
    box.exec()


def guarded(parent: QWidget | None, call: Callable[[], T]) -> T | None:
    """Run a service call; if it raises a problem we can explain, show it and return None."""
    try:
        return call()
    except PlanTogetherError as error:
        show_problem(parent, str(error))
        return None
