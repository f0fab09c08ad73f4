"""The open plan version, shared by every view of it, with one undo stack for every edit.

Screens never change the plan directly: they push an undoable command (ui/commands.py) that
calls a service. After each one the document reloads the version and emits ``changed`` so every
view — the staff workspace and the person's own screen — shows the same thing at once.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from supportplan.book import PlanBook
from supportplan.errors import PlanTogetherError
from supportplan.i18n import _
from supportplan.services.views import VersionView


class PlanDocument(QObject):
    changed = Signal(object)  # VersionView
    section_shown = Signal(str)  # a section key: staff moved there (or an undo went there)
    saved = Signal(datetime)
    failed = Signal(str)  # a plain message: the edit was not saved

    def __init__(
        self, book: PlanBook, version_id: uuid.UUID, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.book = book
        self.undo_stack = QUndoStack(self)
        self.view: VersionView = book.plans.open(version_id)
        self.section = "about_me"

    @property
    def editable(self) -> bool:
        return self.view.editable

    def staff_name(self) -> str:
        staff = self.book.staff.current()
        return staff.name if staff else _("staff")

    def show_section(self, key: str) -> None:
        if key != self.section:
            self.section = key
            self.section_shown.emit(key)

    def attempt(self, call: Callable[[], object]) -> bool:
        """Call a service; on success reload and tell every view, on failure say why plainly."""
        try:
            result = call()
        except PlanTogetherError as error:
            self.failed.emit(str(error))
            return False
        if isinstance(result, VersionView) and result.id == self.view.id:
            # The service already read the whole version back (ratings, agreeing): use it.
            self.view = result
            self.changed.emit(result)
        else:
            self.reload()
        self.saved.emit(datetime.now())
        return True

    def reload(self) -> None:
        try:
            self.view = self.book.plans.get(self.view.id)
        except PlanTogetherError as error:
            self.failed.emit(str(error))
            return
        self.changed.emit(self.view)
