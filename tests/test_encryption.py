"""Encrypted at rest: a lost laptop reveals nothing, and the safety settings hold with SQLCipher."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import inspect

from supportplan.book import PlanBook
from supportplan.errors import StorageError
from supportplan.model.kinds import EntryKind
from supportplan.security.access import Gate, sign_in
from supportplan.security.keys import key_file_path
from supportplan.storage import upgrade as upgrading
from supportplan.storage.engine import make_engine, sqlite_url
from tests.conftest import PASSWORD
from tests.migration_helpers import extra_migrations, point_alembic_at

SECRET = "Priya's secret: she is frightened of the dark stairwell"


def _write_secret(book: PlanBook) -> None:
    person = book.people.add("Priya Secretname", full_name="Priya Secretname Patel")
    version = book.plans.start(person.id)
    book.entries.add(version.id, "home", EntryKind.CHANGE, SECRET)


def _admin_id(book: PlanBook):
    return book.staff.list()[0].id


def test_the_database_and_its_wal_never_hold_the_words(secret_book) -> None:
    _write_secret(secret_book)
    path = secret_book.path
    wal = path.with_name(path.name + "-wal")
    # The WAL is read while the book is open (SQLite keeps no lock on it); the main file only
    # once the book is closed, so no second library touches a file SQLite has locked.
    wal_bytes = wal.read_bytes()
    assert len(wal_bytes) > 0
    secret_book.close()
    for data in (wal_bytes, path.read_bytes(), key_file_path(path).read_bytes()):
        assert SECRET.encode() not in data
        assert b"Secretname" not in data
    assert not path.read_bytes().startswith(b"SQLite format 3")


def test_the_same_scan_finds_the_words_in_a_plain_practice_book(tmp_path) -> None:
    book = PlanBook.open(tmp_path / "practice.db", demo=True)
    _write_secret(book)
    book.close()
    assert SECRET.encode() in (tmp_path / "practice.db").read_bytes()


def test_safety_settings_hold_on_an_encrypted_book(secret_book) -> None:
    with secret_book.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA cipher_version").scalar()
    assert secret_book.engine.dialect.dbapi.__name__.startswith("sqlcipher3")


def test_signing_in_again_reads_what_was_written(secret_book) -> None:
    _write_secret(secret_book)
    path, admin = secret_book.path, _admin_id(secret_book)
    secret_book.close()
    again = sign_in(path, admin, PASSWORD, Gate())
    try:
        assert again.people.find("priya")[0].preferred_name == "Priya Secretname"
        assert again.staff.current().name == "Ada Admin"
        assert again.settings.get("organisation_name") == "Riverside"
    finally:
        again.close()


def test_a_plain_open_of_an_encrypted_book_is_refused(secret_book) -> None:
    path = secret_book.path
    secret_book.close()
    with pytest.raises(StorageError, match="locked with a password"):
        PlanBook.open(path)


def test_a_migration_that_fails_halfway_on_an_encrypted_book_changes_nothing(
    secret_book, tmp_path, monkeypatch
) -> None:
    _write_secret(secret_book)
    path, admin, key = secret_book.path, _admin_id(secret_book), secret_book.key
    before = upgrading.current_revision(secret_book.engine)
    secret_book.close()
    body = (
        "    op.create_table('half_done', sa.Column('id', sa.Integer, primary_key=True))\n"
        "    op.add_column('person', sa.Column('half_column', sa.Integer))\n"
        "    raise RuntimeError('the power went off')\n"
    )
    point_alembic_at(monkeypatch, extra_migrations(tmp_path, body))
    with pytest.raises(RuntimeError):
        sign_in(path, admin, PASSWORD, Gate())
    engine = make_engine(sqlite_url(path), key)
    try:
        assert "half_done" not in inspect(engine).get_table_names()
        assert "half_column" not in {c["name"] for c in inspect(engine).get_columns("person")}
        assert upgrading.current_revision(engine) == before
    finally:
        engine.dispose()


def test_an_older_encrypted_book_is_copied_aside_encrypted_then_upgraded(
    secret_book, tmp_path, monkeypatch
) -> None:
    _write_secret(secret_book)
    path, admin, key = secret_book.path, _admin_id(secret_book), secret_book.key
    secret_book.close()
    body = "    op.create_table('later_thing', sa.Column('id', sa.Integer, primary_key=True))\n"
    point_alembic_at(monkeypatch, extra_migrations(tmp_path, body))

    book = sign_in(path, admin, PASSWORD, Gate())
    report = book.upgrade_report
    try:
        assert report.now == "9999" and report.copy_kept is not None
        assert book.people.find("priya")
    finally:
        book.close()
    copy = report.copy_kept
    data = copy.read_bytes()
    assert not data.startswith(b"SQLite format 3") and SECRET.encode() not in data
    engine = make_engine(sqlite_url(copy), key)
    try:
        assert "later_thing" not in inspect(engine).get_table_names()
        with engine.connect() as conn:
            names = conn.exec_driver_sql("SELECT preferred_name FROM person").scalars().all()
        assert names == ["Priya Secretname"]
    finally:
        engine.dispose()


def test_the_key_file_holds_wrapped_keys_and_staff_names_only(secret_book) -> None:
    _write_secret(secret_book)
    data = json.loads(key_file_path(secret_book.path).read_text("utf-8"))
    assert data["format"] == "plan-together-keys"
    kinds = sorted(slot["kdf"]["name"] for slot in data["slots"])
    assert kinds == ["argon2id", "hkdf-sha256"]
    assert [s["name"] for s in data["slots"] if s["id"] != "recovery"] == ["Ada Admin"]
    assert secret_book.key.hex() not in json.dumps(data)
    assert "Priya" not in json.dumps(data)
