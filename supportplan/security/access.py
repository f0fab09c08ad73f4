"""Setting up an encrypted plan book, and signing in to it with a password or the recovery key."""

from __future__ import annotations

import math
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from supportplan.book import PlanBook
from supportplan.errors import BadInput, NotAllowed, StorageError, WrongPassword
from supportplan.i18n import _
from supportplan.model import Staff
from supportplan.model.kinds import StaffRole
from supportplan.security.keys import (
    RECOVERY,
    KeyFile,
    key_file_path,
    new_book_key,
    new_recovery_key,
)

MIN_PASSWORD = 8


@dataclass(frozen=True)
class SignInName:
    """A name on the sign-in screen, read from the key file before anything is unlocked."""

    staff_id: uuid.UUID
    name: str


@dataclass
class Gate:
    """A short wait that grows after repeated wrong passwords: 1, 2, 4 … up to 30 seconds.

    It slows someone guessing at the screen; it is kept in memory for this run of the app.
    """

    free_tries: int = 3
    longest: int = 30
    clock: Callable[[], float] = time.monotonic
    failures: int = field(default=0)
    wait_until: float = field(default=0.0)

    def seconds_left(self) -> int:
        return max(0, math.ceil(self.wait_until - self.clock()))

    def check(self) -> None:
        left = self.seconds_left()
        if left:
            raise WrongPassword(
                _("Please wait {n} seconds, then try again.").format(n=left), wait_seconds=left
            )

    def failed(self) -> int:
        self.failures += 1
        extra = self.failures - self.free_tries + 1
        wait = 0 if extra <= 0 else min(self.longest, 2 ** (extra - 1))
        self.wait_until = self.clock() + wait
        return wait

    def succeeded(self) -> None:
        self.failures, self.wait_until = 0, 0.0


def check_new_password(password: str) -> None:
    if len(password.strip()) < MIN_PASSWORD:
        raise BadInput(
            _(
                "Please choose a password of at least {n} letters, numbers or spaces. "
                "A short sentence you will remember works well."
            ).format(n=MIN_PASSWORD)
        )


def is_encrypted(path: Path) -> bool:
    """A book with a key file beside it is encrypted and needs a password."""
    return key_file_path(path).exists()


def needs_setting_up(path: Path) -> bool:
    """No plan book here yet (a key file without its book protects nothing and may be replaced)."""
    return not path.exists() or path.stat().st_size == 0


def names_at_sign_in(path: Path) -> list[SignInName]:
    return [
        SignInName(uuid.UUID(slot.id), slot.name)
        for slot in KeyFile.load(key_file_path(path)).staff_slots()
    ]


def create_book(
    path: Path, organisation: str, staff_name: str, password: str
) -> tuple[PlanBook, str]:
    """Set up a new encrypted plan book with its first (admin) staff member.

    Returns the open book, signed in, and the recovery key to show once and print.
    The key file is written before the book, so a book never exists without its keys.
    """
    if not needs_setting_up(path):
        raise StorageError(_("There is already a plan book here. Nothing was changed."))
    check_new_password(password)
    if not staff_name.strip():
        raise BadInput(_("Please write your name."))
    book_key, recovery = new_book_key(), new_recovery_key()
    staff_id = uuid.uuid4()
    key_file = KeyFile(key_file_path(path))
    key_file.add_staff(staff_id, staff_name.strip(), StaffRole.ADMIN.value, password, book_key)
    key_file.set_recovery(recovery, book_key)
    path.parent.mkdir(parents=True, exist_ok=True)
    key_file.save()
    book = PlanBook.open(path, key=book_key)
    try:
        book.key_file = key_file
        staff = book.staff.add(staff_name, StaffRole.ADMIN, staff_id=staff_id)
        key_file.rename(staff_id, staff.name, staff.role.value)
        key_file.save()
        book.staff.act_as(staff.id)
        if organisation.strip():
            book.settings.set("organisation_name", organisation.strip())
    except BaseException:
        book.close()
        raise
    return book, recovery


def wrong_password(gate: Gate, message: str) -> WrongPassword:
    wait = gate.failed()
    if wait:
        message += " " + _("Please wait {n} seconds, then try again.").format(n=wait)
    return WrongPassword(message, wait_seconds=wait)


def unlock(path: Path, staff_id: uuid.UUID, password: str, gate: Gate) -> bytes:
    """The book key, if ``password`` is this staff member's. A wrong one changes nothing."""
    gate.check()
    book_key = KeyFile.load(key_file_path(path)).unlock(str(staff_id), password)
    if book_key is None:
        raise wrong_password(gate, _("That password is not right. Please try again."))
    gate.succeeded()
    return book_key


def unlock_with_recovery(path: Path, recovery_key: str, gate: Gate) -> bytes:
    gate.check()
    book_key = KeyFile.load(key_file_path(path)).unlock(RECOVERY, recovery_key)
    if book_key is None:
        raise wrong_password(gate, _("That recovery key is not right. Please check each letter."))
    gate.succeeded()
    return book_key


def open_as(path: Path, staff_id: uuid.UUID, book_key: bytes) -> PlanBook:
    """Open the unlocked book, signed in as this staff member."""
    book = PlanBook.open(path, key=book_key)
    try:
        book.key_file = KeyFile.load(key_file_path(path))
        _make_sure_staff_is_listed(book, staff_id)
        book.staff.act_as(staff_id)
        with book.write() as session:
            book.audit(session, "sign_in", "staff", staff_id)
    except BaseException:
        book.close()
        raise
    return book


def open_recovered(path: Path, book_key: bytes) -> PlanBook:
    """Open with the key the recovery key gave. Nobody is signed in yet: the screen then asks
    who you are and a new password (``book.accounts.recover_as``)."""
    book = PlanBook.open(path, key=book_key)
    book.key_file = KeyFile.load(key_file_path(path))
    book.recovered = True
    with book.write() as session:
        book.audit(session, "recover", "book", None)
    return book


def sign_in(path: Path, staff_id: uuid.UUID, password: str, gate: Gate) -> PlanBook:
    """Unlock with a staff password and open the book as them."""
    return open_as(path, staff_id, unlock(path, staff_id, password, gate))


def open_with_recovery(path: Path, recovery_key: str, gate: Gate) -> PlanBook:
    return open_recovered(path, unlock_with_recovery(path, recovery_key, gate))


def _make_sure_staff_is_listed(book: PlanBook, staff_id: uuid.UUID) -> None:
    """After restoring an older backup, someone added later is in the key file but not the
    book: add them back, so they can still sign in. Someone removed cannot sign in."""
    assert book.key_file is not None
    slot = book.key_file.slots[str(staff_id)]
    with book.write() as session:
        staff = session.get(Staff, staff_id)
        if staff is None:
            session.add(Staff(id=staff_id, name=slot.name, role=StaffRole(slot.role)))
            book.audit(session, "create", "staff", staff_id)
        elif not staff.active:
            raise NotAllowed(_("This staff member can no longer sign in."))
