"""Backups: encrypted, checked, the newest N kept; restore shows what it holds and keeps the old file."""

from __future__ import annotations

import os
from datetime import timedelta

import pytest

from supportplan.book import PlanBook
from supportplan.errors import DamagedBook
from supportplan.model.kinds import EntryKind
from supportplan.security.access import Gate, open_as, sign_in
from supportplan.storage.backups import backups_of, describe
from supportplan.storage.restore import newest_good_backup, restore
from tests.conftest import PASSWORD
from tests.test_encryption import SECRET, _write_secret


def test_a_backup_is_encrypted_checked_and_holds_everything(secret_book) -> None:
    _write_secret(secret_book)
    backup = secret_book.backups.make()
    data = backup.path.read_bytes()
    assert SECRET.encode() not in data and b"Secretname" not in data
    assert not data.startswith(b"SQLite format 3")
    assert backup.path.with_name(backup.path.name + ".keys").exists()
    contents = secret_book.backups.describe(backup.path)
    assert (contents.people, contents.plans, contents.versions) == (1, 1, 1)
    # Without the key it reveals nothing and cannot be described.
    with pytest.raises(DamagedBook):
        describe(backup.path, os.urandom(32))


def test_only_the_newest_backups_are_kept(secret_book) -> None:
    secret_book.settings.set("backups_kept", 3)
    made = [secret_book.backups.make() for _ in range(5)]
    kept = secret_book.backups.list()
    assert [b.path for b in kept] == [b.path for b in reversed(made[2:])]
    assert not made[0].path.exists()
    assert not made[0].path.with_name(made[0].path.name + ".keys").exists()


def test_a_daily_backup_is_due_only_after_a_day(secret_book) -> None:
    assert secret_book.backups.due()
    secret_book.backups.make()
    assert not secret_book.backups.due()
    assert secret_book.backups.due(every=timedelta(0))


def test_a_backup_to_a_chosen_folder_opens_on_another_computer(secret_book, tmp_path) -> None:
    _write_secret(secret_book)
    stick = tmp_path / "usb-stick"
    backup = secret_book.backups.make(stick)
    admin = secret_book.staff.current().id
    secret_book.close()
    # Elsewhere: the backup and its key file, renamed as a plan book, open with the password.
    elsewhere = tmp_path / "other-laptop" / "plans.db"
    elsewhere.parent.mkdir()
    elsewhere.write_bytes(backup.path.read_bytes())
    (elsewhere.parent / "plans.db.keys").write_bytes(
        backup.path.with_name(backup.path.name + ".keys").read_bytes()
    )
    book = sign_in(elsewhere, admin, PASSWORD, Gate())
    try:
        assert book.people.find("priya")
    finally:
        book.close()


def test_restore_keeps_the_current_book_aside(secret_book) -> None:
    _write_secret(secret_book)
    backup = secret_book.backups.make()
    secret_book.people.add("Added after the backup")
    path, key, admin = secret_book.path, secret_book.key, secret_book.staff.current().id
    secret_book.close()

    aside = restore(path, backup.path, key)
    assert aside is not None and aside.exists() and "before-restore" in aside.name
    book = open_as(path, admin, key)
    try:
        assert [p.preferred_name for p in book.people.find()] == ["Priya Secretname"]
    finally:
        book.close()
    # The book as it was is still there, whole, with what was added after the backup.
    kept = describe(aside, key)
    assert kept.people == 2


def test_a_damaged_book_is_set_aside_and_the_newest_good_backup_restored(tmp_path) -> None:
    path = tmp_path / "plans.db"
    book = PlanBook.open(path)
    person = book.people.add("Jo")
    version = book.plans.start(person.id)
    book.entries.add(version.id, "home", EntryKind.GOOD, "I like my garden.")
    book.backups.make()
    book.backups.make()
    newest = book.backups.list()[0]
    book.close()
    # The newest backup is broken too: the one before it is used.
    newest.path.write_bytes(newest.path.read_bytes()[:3000])
    damaged = path.read_bytes()[:6000]  # cut short, as after a failing disk
    path.write_bytes(damaged)

    with pytest.raises(DamagedBook, match="damaged"):
        PlanBook.open(path)
    good = newest_good_backup(path, None)
    assert good is not None and good.path != newest.path and good.people == 1
    aside = restore(path, good.path, None, why="damaged")
    assert aside.read_bytes() == damaged  # kept as it was, never overwritten
    again = PlanBook.open(path)
    try:
        assert again.plans.get(version.id).area("home").good[0].text == "I like my garden."
    finally:
        again.close()


def test_the_backup_check_is_recorded_in_the_audit(secret_book) -> None:
    secret_book.backups.make()
    assert secret_book.audit_trail.events()[0].action == "backup"
    assert backups_of(secret_book.path)
