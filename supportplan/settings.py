"""Every setting in one table, with its type and default. Saved in the plan book."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Field:
    kind: type
    default: Any
    low: int | None = None
    high: int | None = None


FIELDS: dict[str, Field] = {
    "organisation_name": Field(str, ""),
    "review_months": Field(int, 6, 1, 36),
    "lock_minutes": Field(int, 5, 1, 120),
    "backups_kept": Field(int, 10, 1, 100),
    "retention_years": Field(int, 7, 1, 50),
    "text_scale": Field(int, 100, 100, 200),
    "high_contrast": Field(bool, False),
    "app_language": Field(str, "en"),  # the language staff see the app in
    # The organisation's own hard words and plain words: one pair a line, split by a tab
    # (supportplan.plainwords.parse reads it).
    "plain_words": Field(str, ""),
    "share_staff_rating": Field(bool, False),
    "person_can_move": Field(bool, False),
    "demo_book": Field(bool, False),  # made-up people only; the window says so
    # Keys the pseudonymous codes in anonymised exports (supportplan.pilot.pseudonyms).
    "pseudonym_secret": Field(str, ""),
}


def check(key: str, value: Any) -> Any:
    """The value as it will be saved, or ValueError when it does not fit the field."""
    field = FIELDS[key]
    if field.kind is int and isinstance(value, bool):
        raise ValueError(key)
    if not isinstance(value, field.kind):
        raise ValueError(key)
    if field.low is not None and value < field.low:
        raise ValueError(key)
    if field.high is not None and value > field.high:
        raise ValueError(key)
    return value
