"""The key file beside an encrypted plan book.

The book is encrypted with one random 32-byte key. That key is never stored as it is: the key
file holds it *wrapped* (AES-256-GCM) once per staff member, under a key derived from their
password with Argon2id, and once under the recovery key shown at set-up. The file holds no
one's plans, only staff names (so the sign-in screen can list them before anything is
unlocked), salts, costs and wrapped keys. Why it is a separate file: see docs/security.md.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import unicodedata
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from supportplan.errors import StorageError
from supportplan.exchange.export import write_safely
from supportplan.i18n import _

FORMAT = "plan-together-keys"
VERSION = 1
RECOVERY = "recovery"
RECOVERY_BYTES = 20  # 160 bits: 32 letters and digits, in 8 groups of 4


@dataclass(frozen=True)
class Cost:
    """Argon2id's cost. The default follows RFC 9106's second choice (64 MiB, 3 passes)."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 2


PASSWORD_COST = Cost()  # tests replace this with a cheap one


def key_file_path(book_path: Path) -> Path:
    return book_path.with_name(book_path.name + ".keys")


def new_book_key() -> bytes:
    return secrets.token_bytes(32)


def new_recovery_key() -> str:
    """A recovery key to print: 32 capital letters and digits in groups, e.g. ABCD-EFGH-…"""
    letters = base64.b32encode(secrets.token_bytes(RECOVERY_BYTES)).decode("ascii")
    return "-".join(letters[i : i + 4] for i in range(0, len(letters), 4))


def _recovery_bytes(text: str) -> bytes | None:
    # Forgiving of spaces, dashes, small letters and the look-alikes 0/O, 1/I, 8/B.
    cleaned = "".join(c for c in text.upper() if c.isalnum())
    cleaned = cleaned.translate(str.maketrans("018", "OIB"))
    try:
        raw = base64.b32decode(cleaned)
    except ValueError:
        return None
    return raw if len(raw) == RECOVERY_BYTES else None


def _password_bytes(password: str) -> bytes:
    return unicodedata.normalize("NFC", password).encode("utf-8")


@dataclass(frozen=True)
class Slot:
    """One wrapped copy of the book key: for a staff member (``id`` is their staff id) or recovery."""

    id: str
    name: str
    role: str
    salt: bytes
    nonce: bytes
    wrapped: bytes
    cost: Cost | None  # None: the recovery slot, whose secret is already random (HKDF)


@dataclass
class KeyFile:
    """The key file, read into memory. ``save()`` writes it whole and safely."""

    path: Path
    book_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    slots: dict[str, Slot] = field(default_factory=dict)

    # -- reading and writing the file ----------------------------------------------------

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            data = json.loads(path.read_text("utf-8"))
            if data.get("format") != FORMAT or data.get("version") != VERSION:
                raise ValueError(path)
            slots = {s["id"]: _slot_from_json(s) for s in data["slots"]}
            return cls(path, data["book_id"], slots)
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise StorageError(
                _("The plan book's key file ({file}) is missing or damaged.").format(file=path.name)
            ) from error

    def save(self) -> None:
        data = {
            "format": FORMAT,
            "version": VERSION,
            "book_id": self.book_id,
            "slots": [_slot_to_json(s) for s in self.slots.values()],
        }
        write_safely(self.path, json.dumps(data, indent=1).encode("utf-8"))
        if os.name == "posix":
            os.chmod(self.path, 0o600)

    # -- slots ---------------------------------------------------------------------------

    def staff_slots(self) -> list[Slot]:
        return sorted(
            (s for s in self.slots.values() if s.id != RECOVERY), key=lambda s: s.name.lower()
        )

    def add_staff(
        self, staff_id: uuid.UUID, name: str, role: str, password: str, book_key: bytes
    ) -> None:
        """Wrap ``book_key`` under ``password`` for this staff member (replacing any old slot)."""
        salt = secrets.token_bytes(16)
        kek = _password_key(password, salt, PASSWORD_COST)
        self._put(Slot(str(staff_id), name, role, salt, b"", b"", PASSWORD_COST), kek, book_key)

    def set_recovery(self, recovery_key: str, book_key: bytes) -> None:
        secret = _recovery_bytes(recovery_key)
        assert secret is not None, "a key made by new_recovery_key"
        salt = secrets.token_bytes(16)
        self._put(Slot(RECOVERY, "", "", salt, b"", b"", None), _hkdf(secret, salt), book_key)

    def rename(self, staff_id: uuid.UUID, name: str, role: str) -> None:
        """Keep the name and role shown at sign-in in step with the staff list."""
        slot = self.slots.get(str(staff_id))
        if slot is not None:
            self.slots[slot.id] = _renamed(slot, name, role)

    def remove(self, staff_id: uuid.UUID) -> None:
        self.slots.pop(str(staff_id), None)

    def unlock(self, slot_id: str, secret: str) -> bytes | None:
        """The book key if ``secret`` opens that slot; None if it does not."""
        slot = self.slots.get(slot_id)
        if slot is None:
            return None
        if slot.cost is None:
            raw = _recovery_bytes(secret)
            if raw is None:
                return None
            kek = _hkdf(raw, slot.salt)
        else:
            kek = _password_key(secret, slot.salt, slot.cost)
        try:
            return AESGCM(kek).decrypt(slot.nonce, slot.wrapped, self._context(slot.id))
        except InvalidTag:
            return None

    def _put(self, slot: Slot, kek: bytes, book_key: bytes) -> None:
        nonce = secrets.token_bytes(12)
        wrapped = AESGCM(kek).encrypt(nonce, book_key, self._context(slot.id))
        self.slots[slot.id] = Slot(
            slot.id, slot.name, slot.role, slot.salt, nonce, wrapped, slot.cost
        )

    def _context(self, slot_id: str) -> bytes:
        # Bound into each wrapped key: a slot copied into another book's file, or moved to
        # another staff member's id, no longer opens.
        return f"{FORMAT}/{self.book_id}/{slot_id}".encode()


def _renamed(slot: Slot, name: str, role: str) -> Slot:
    return Slot(slot.id, name, role, slot.salt, slot.nonce, slot.wrapped, slot.cost)


def _password_key(password: str, salt: bytes, cost: Cost) -> bytes:
    return hash_secret_raw(
        _password_bytes(password),
        salt,
        time_cost=cost.time_cost,
        memory_cost=cost.memory_kib,
        parallelism=cost.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def _hkdf(secret: bytes, salt: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt, b"plan-together recovery").derive(secret)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _slot_to_json(slot: Slot) -> dict[str, Any]:
    kdf: dict[str, Any] = (
        {"name": "hkdf-sha256"} if slot.cost is None else {"name": "argon2id", **asdict(slot.cost)}
    )
    return {
        "id": slot.id,
        "name": slot.name,
        "role": slot.role,
        "kdf": kdf,
        "salt": _b64(slot.salt),
        "nonce": _b64(slot.nonce),
        "wrapped": _b64(slot.wrapped),
    }


def _slot_from_json(data: dict[str, Any]) -> Slot:
    kdf = dict(data["kdf"])
    name = kdf.pop("name")
    if name not in ("argon2id", "hkdf-sha256"):
        raise ValueError(name)
    return Slot(
        data["id"],
        data["name"],
        data["role"],
        base64.b64decode(data["salt"]),
        base64.b64decode(data["nonce"]),
        base64.b64decode(data["wrapped"]),
        Cost(**kdf) if name == "argon2id" else None,
    )
