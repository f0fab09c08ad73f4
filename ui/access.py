"""Accessible names and descriptions, set together so no control is left without them."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, description: str) -> W:
    """Give ``widget`` the name a screen reader says, and a short description of what it does."""
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    return widget
