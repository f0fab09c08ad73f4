"""Stable pseudonymous codes for people, plans and staff in anything shared outside the book.

A code is an HMAC-SHA256 of the record's id, keyed with a secret kept in this plan book's
settings: the same book always gives the same code, so exports made months apart can be
joined up, but nobody without the book can turn a code back into a person.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from supportplan.book import PlanBook

SECRET_SETTING = "pseudonym_secret"
PREFIX = {"person": "P", "plan": "PL", "staff": "S"}
CODE_LENGTH = 16  # hex digits kept: 64 bits, so codes never clash in a real plan book


def book_secret(book: PlanBook) -> bytes:
    """This book's secret, made (once, at random) the first time it is needed."""
    secret = book.settings.get(SECRET_SETTING)
    if not secret:
        secret = secrets.token_hex(32)
        book.settings.set(SECRET_SETTING, secret)
    return bytes.fromhex(secret)


class Pseudonyms:
    """Codes for one export or screen, remembered so each id is hashed once."""

    def __init__(self, secret: bytes) -> None:
        self._secret = secret
        self._made: dict[tuple[str, uuid.UUID], str] = {}

    def code(self, kind: str, record_id: uuid.UUID | None) -> str:
        """``P-3f9a1c0b7d2e4a51`` for a person, ``PL-…`` for a plan, ``S-…`` for staff."""
        if record_id is None:
            return ""
        key = (kind, record_id)
        made = self._made.get(key)
        if made is None:
            digest = hmac.new(
                self._secret, kind.encode() + b":" + record_id.bytes, hashlib.sha256
            ).hexdigest()
            made = self._made[key] = f"{PREFIX[kind]}-{digest[:CODE_LENGTH]}"
        return made
