"""Sign-in with each staff member's own password, the recovery key, and staff accounts."""

from __future__ import annotations

import hashlib

import pytest

from supportplan.errors import BadInput, NotAllowed, StorageError, WrongPassword
from supportplan.model.kinds import StaffRole
from supportplan.security.access import (
    Gate,
    create_book,
    names_at_sign_in,
    open_with_recovery,
    sign_in,
)
from supportplan.security.keys import key_file_path
from tests.conftest import PASSWORD


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _fingerprint(*paths) -> list[str]:
    return [hashlib.sha256(p.read_bytes()).hexdigest() for p in paths]


def test_a_wrong_password_says_so_plainly_and_changes_nothing(secret_book) -> None:
    path, admin = secret_book.path, secret_book.staff.list()[0].id
    secret_book.close()
    before = _fingerprint(path, key_file_path(path))
    with pytest.raises(WrongPassword, match="not right"):
        sign_in(path, admin, "not the password", Gate())
    assert _fingerprint(path, key_file_path(path)) == before
    sign_in(path, admin, PASSWORD, Gate()).close()


def test_repeated_wrong_passwords_bring_a_short_growing_wait(secret_book) -> None:
    path, admin = secret_book.path, secret_book.staff.list()[0].id
    secret_book.close()
    clock = Clock()
    gate = Gate(clock=clock)
    waits = []
    for _attempt in range(6):
        with pytest.raises(WrongPassword) as error:
            sign_in(path, admin, "guess", gate)
        waits.append(error.value.wait_seconds)
        clock.now += error.value.wait_seconds
    assert waits == [0, 0, 1, 2, 4, 8]
    with pytest.raises(WrongPassword, match="wait 8 seconds") as error:
        clock.now -= 8  # straight away, even the right password has to wait
        sign_in(path, admin, PASSWORD, gate)
    clock.now += 8
    sign_in(path, admin, PASSWORD, gate).close()
    assert gate.failures == 0


def test_each_staff_member_signs_in_with_their_own_password(secret_book) -> None:
    ben = secret_book.accounts.add_staff("Ben Worker", "bens own password")
    path = secret_book.path
    secret_book.close()
    assert [n.name for n in names_at_sign_in(path)] == ["Ada Admin", "Ben Worker"]
    with pytest.raises(WrongPassword):
        sign_in(path, ben.id, PASSWORD, Gate())
    book = sign_in(path, ben.id, "bens own password", Gate())
    try:
        assert book.staff.current().name == "Ben Worker"
        with pytest.raises(NotAllowed, match="Only an admin"):
            book.accounts.add_staff("Someone", "long enough password")
        book.accounts.change_password("bens own password", "a brand new one")
    finally:
        book.close()
    with pytest.raises(WrongPassword):
        sign_in(path, ben.id, "bens own password", Gate())
    sign_in(path, ben.id, "a brand new one", Gate()).close()


def test_a_removed_staff_member_cannot_sign_in_but_their_work_stays(secret_book) -> None:
    ben = secret_book.accounts.add_staff("Ben Worker", "bens own password")
    secret_book.accounts.remove_staff(ben.id)
    assert [s.name for s in secret_book.staff.list()] == ["Ada Admin"]
    assert secret_book.staff.get(ben.id).name == "Ben Worker"
    path = secret_book.path
    secret_book.close()
    assert [n.name for n in names_at_sign_in(path)] == ["Ada Admin"]
    with pytest.raises(WrongPassword):
        sign_in(path, ben.id, "bens own password", Gate())


def test_there_is_always_an_admin(secret_book) -> None:
    admin = secret_book.staff.current()
    with pytest.raises(NotAllowed, match="yourself"):
        secret_book.accounts.remove_staff(admin.id)
    with pytest.raises(NotAllowed, match="at least one admin"):
        secret_book.accounts.set_role(admin.id, StaffRole.STAFF)
    ben = secret_book.accounts.add_staff("Ben Worker", "bens own password")
    secret_book.accounts.set_role(ben.id, StaffRole.ADMIN)
    secret_book.accounts.set_role(admin.id, StaffRole.STAFF)
    assert {s.name: s.role for s in secret_book.staff.list()} == {
        "Ada Admin": StaffRole.STAFF,
        "Ben Worker": StaffRole.ADMIN,
    }


def test_short_passwords_are_refused_with_advice(secret_book) -> None:
    with pytest.raises(BadInput, match="at least 8"):
        secret_book.accounts.add_staff("Ben", "short")


def test_the_recovery_key_opens_the_book_when_every_password_is_lost(secret_book) -> None:
    recovery = secret_book.recovery_key_for_tests
    path, admin = secret_book.path, secret_book.staff.current().id
    secret_book.close()
    gate = Gate()
    with pytest.raises(WrongPassword, match="recovery key is not right"):
        open_with_recovery(path, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", gate)
    # Typed in small letters, without dashes: still fine.
    book = open_with_recovery(path, recovery.lower().replace("-", " "), gate)
    try:
        assert book.staff.current() is None
        book.accounts.recover_as(admin, "my new password")
        assert book.staff.current().name == "Ada Admin"
    finally:
        book.close()
    with pytest.raises(WrongPassword):
        sign_in(path, admin, PASSWORD, Gate())
    sign_in(path, admin, "my new password", Gate()).close()


def test_a_new_recovery_key_replaces_the_old_one(secret_book) -> None:
    old = secret_book.recovery_key_for_tests
    new = secret_book.accounts.new_recovery_key()
    path = secret_book.path
    secret_book.close()
    with pytest.raises(WrongPassword):
        open_with_recovery(path, old, Gate())
    open_with_recovery(path, new, Gate()).close()


def test_setting_up_twice_in_one_place_is_refused(secret_book, tmp_path) -> None:
    path = secret_book.path
    secret_book.close()
    with pytest.raises(StorageError, match="already a plan book"):
        create_book(path, "Other", "Eve", "another password")


def test_the_audit_trail_records_sign_in_and_account_changes(secret_book) -> None:
    ben = secret_book.accounts.add_staff("Ben Worker", "bens own password")
    secret_book.accounts.reset_password(ben.id, "reset by admin")
    path, admin = secret_book.path, secret_book.staff.current().id
    secret_book.close()
    book = sign_in(path, admin, PASSWORD, Gate())
    try:
        actions = [(e.action, e.record_type) for e in book.audit_trail.events(staff_id=admin)]
        assert actions[0] == ("sign_in", "staff")
        assert ("reset_password", "staff") in actions
        assert ("create", "staff") in actions
        assert book.audit_trail.verify().ok
    finally:
        book.close()
