"""Nothing lost: a crash mid-edit, a full disk, a read-only plan book, two copies of the app."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event

from supportplan.book import PlanBook
from supportplan.errors import BookInUse, StorageError
from supportplan.model.kinds import EntryKind

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 50


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")
def test_every_edit_reported_saved_survives_kill_9(secret_book) -> None:
    person = secret_book.people.add("Jo")
    version = secret_book.plans.start(person.id)
    counter = secret_book.entries.add(version.id, "home", EntryKind.GOOD, "count 0")
    path, key = secret_book.path, secret_book.key
    secret_book.close()

    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tests" / "crash_writer.py"),
            str(path),
            key.hex(),
            str(version.id),
            str(counter.id),
            str(ROUNDS),
            "7",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    lines = result.stdout.splitlines()
    assert lines.count("killed") == ROUNDS
    entries = {
        line.split()[1]: line.split(" ", 2)[2] for line in lines if line.startswith("entry ")
    }
    people = {line.split()[1] for line in lines if line.startswith("person ")}
    counts = [int(line.split()[1]) for line in lines if line.startswith("count ")]
    assert len(entries) + len(people) + len(counts) > ROUNDS  # edits happened in most rounds

    book = PlanBook.open(path, key=key)
    try:
        with book.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        view = book.plans.get(version.id)
        saved = {str(e.id): e.text for e in view.area("wellbeing").good}
        for entry_id, words in entries.items():
            assert saved[entry_id] == words
        found = {str(p.id) for p in book.people.find()}
        assert people <= found
        # The counter is at least the last count reported (one more may have been saved
        # just before the kill, before it could be reported).
        assert int(view.area("home").good[0].text.split()[-1]) >= counts[-1]
        assert book.audit_trail.verify().ok
    finally:
        book.close()


def _cap_pages(book: PlanBook, extra_pages: int) -> list[int]:
    """Make the disk "full" a few pages from now: SQLITE_FULL, as a full disk gives."""
    with book.engine.connect() as conn:
        now = conn.exec_driver_sql("PRAGMA page_count").scalar()
    limit = [now + extra_pages]

    @event.listens_for(book.engine, "connect")
    def _cap(dbapi_connection, _record) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {limit[0]}")

    book.engine.dispose()
    return limit


def test_a_full_disk_gives_a_plain_message_and_loses_nothing(book) -> None:
    person = book.people.add("Jo")
    version = book.plans.start(person.id)
    book.entries.add(version.id, "home", EntryKind.GOOD, "Saved before the disk filled.")
    limit = _cap_pages(book, 2)
    long_words = "I like long walks by the river. " * 1500
    with pytest.raises(StorageError, match="disk is full"):
        book.entries.add(version.id, "home", EntryKind.GOOD, long_words)
    # Everything saved before is there; the book still works.
    assert [e.text for e in book.plans.get(version.id).area("home").good] == [
        "Saved before the disk filled."
    ]
    limit[0] = 1_000_000  # space freed
    book.engine.dispose()
    book.entries.add(version.id, "home", EntryKind.GOOD, long_words)
    assert len(book.plans.get(version.id).area("home").good) == 2


def test_a_book_that_cannot_be_written_gives_a_plain_message(book) -> None:
    # Root ignores file permissions, so "cannot write" is made with SQLite's query_only.
    book.people.add("Jo")

    @event.listens_for(book.engine, "connect")
    def _read_only(dbapi_connection, _record) -> None:
        dbapi_connection.execute("PRAGMA query_only = ON")

    book.engine.dispose()
    with pytest.raises(StorageError, match="cannot be written to"):
        book.people.add("Kim")
    assert [p.preferred_name for p in book.people.find()] == ["Jo"]


def test_a_second_copy_of_the_app_is_told_the_book_is_open_elsewhere(tmp_path) -> None:
    path = tmp_path / "plans.db"
    PlanBook.open(path).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; sys.path.insert(0, sys.argv[2]);"
            "from pathlib import Path; from supportplan.book import PlanBook;"
            "b = PlanBook.open(Path(sys.argv[1])); print('open', flush=True); time.sleep(60)",
            str(path),
            str(ROOT),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(BookInUse, match="already open"):
            PlanBook.open(path)
        cli = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "people", "--db", str(path)],
            capture_output=True,
            text=True,
        )
        assert cli.returncode == 1 and "already open" in cli.stderr
    finally:
        holder.kill()
        holder.wait()
    PlanBook.open(path).close()  # the lock went with the process
