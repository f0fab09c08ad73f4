"""The list of people as a Qt model, filled from PeopleService.find."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from supportplan.i18n import _, format_date
from supportplan.services.views import PersonSummary
from ui.avatar import avatar

PERSON_ROLE = Qt.ItemDataRole.UserRole + 1
AVATAR_SIZE = 96  # drawn large, shown at two lines of text high


def due_words(due: date | None, today: date | None = None) -> str:
    if due is None:
        return ""
    today = today or date.today()
    if due < today:
        return _("Review overdue since {date}").format(date=format_date(due))
    return _("Review due {date}").format(date=format_date(due))


class PeopleModel(QAbstractListModel):
    def __init__(self, photo: Callable[[uuid.UUID], bytes | None] | None = None) -> None:
        super().__init__()
        self._people: list[PersonSummary] = []
        self._avatars: dict[object, Any] = {}
        self._photo = photo

    def set_people(self, people: list[PersonSummary]) -> None:
        self.beginResetModel()
        self._people = people
        self.endResetModel()

    def person(self, row: int) -> PersonSummary:
        return self._people[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        person = self._people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [person.preferred_name]
            if person.full_name and person.full_name != person.preferred_name:
                lines[0] += f"  ({person.full_name})"
            detail = due_words(person.review_due)
            if person.has_draft:
                detail = " · ".join(filter(None, [_("Plan being written"), detail]))
            # Always two lines, so every row is the same height and nothing is cut off.
            lines.append(detail or _("No review date yet"))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index).replace("\n", ". ")
        if role == Qt.ItemDataRole.DecorationRole:
            # Made when first shown, so a list of 1,000 people opens at once.
            key = (person.id, person.has_photo)
            if key not in self._avatars:
                photo = self._photo(person.id) if person.has_photo and self._photo else None
                # An icon, not a pixmap, so the list draws it at its icon size (two lines of text).
                self._avatars[key] = QIcon(avatar(person.preferred_name, AVATAR_SIZE, photo))
            return self._avatars[key]
        if role == PERSON_ROLE:
            return person
        return None

    def forget_pictures(self) -> None:
        """After a photo changed: make the pictures again when next shown."""
        self._avatars.clear()
