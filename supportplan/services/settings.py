"""Reading and saving settings. The fields and defaults are in supportplan.settings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from supportplan import settings
from supportplan.errors import BadInput
from supportplan.i18n import _
from supportplan.model import Setting

if TYPE_CHECKING:
    from supportplan.book import PlanBook


class SettingsService:
    def __init__(self, book: PlanBook) -> None:
        self._book = book

    def get(self, key: str) -> Any:
        field = settings.FIELDS[key]
        with self._book.read() as session:
            row = session.get(Setting, key)
            return field.default if row is None else row.value

    def all(self) -> dict[str, Any]:
        with self._book.read() as session:
            saved = {row.key: row.value for row in session.query(Setting)}
        return {key: saved.get(key, field.default) for key, field in settings.FIELDS.items()}

    def set(self, key: str, value: Any) -> None:
        try:
            value = settings.check(key, value)
        except ValueError as error:
            raise BadInput(_("This setting cannot take that value.")) from error
        with self._book.write() as session:
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=value))
            else:
                row.value = value
            self._book.audit(session, "change", "setting", None)
