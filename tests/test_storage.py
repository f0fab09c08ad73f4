"""The plan book file: migrations match the models, older books are copied aside then upgraded."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from supportplan.book import PlanBook
from supportplan.errors import BookInUse, StorageError
from supportplan.model import Base
from supportplan.model.kinds import EntryKind
from supportplan.storage import upgrade as upgrading
from supportplan.storage.engine import make_engine, sqlite_url
from tests.migration_helpers import extra_migrations, point_alembic_at


def test_a_database_built_by_the_migrations_matches_the_models(tmp_path) -> None:
    book = PlanBook.open(tmp_path / "plans.db")
    try:
        with book.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        book.close()


def test_safety_settings_are_on(book) -> None:
    with book.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_every_edit_is_on_disk_when_the_call_returns(tmp_path) -> None:
    first = PlanBook.open(tmp_path / "plans.db")
    person = first.people.add("Jo")
    version = first.plans.start(person.id)
    first.entries.add(version.id, "home", EntryKind.GOOD, "Saved at once.")
    # A second, separate connection sees it without the first being closed.
    reader = make_engine(sqlite_url(tmp_path / "plans.db"))
    try:
        with reader.connect() as conn:
            saved = conn.execute(text("SELECT text FROM entry")).scalars().all()
        assert saved == ["Saved at once."]
    finally:
        reader.dispose()
        first.close()


def test_a_second_writer_is_refused_plainly(tmp_path) -> None:
    first = PlanBook.open(tmp_path / "plans.db")
    try:
        with pytest.raises(BookInUse, match="already open"):
            PlanBook.open(tmp_path / "plans.db")
        first.people.add("Still writable")
    finally:
        first.close()
    again = PlanBook.open(tmp_path / "plans.db")  # once closed, it opens again
    assert again.people.count() == 1
    again.close()


def test_an_older_plan_book_is_copied_aside_then_upgraded(tmp_path, monkeypatch) -> None:
    path = tmp_path / "plans.db"
    old = PlanBook.open(path)
    person = old.people.add("Jo")
    old.close()
    point_alembic_at(
        monkeypatch,
        extra_migrations(
            tmp_path,
            "    op.create_table('later_thing', sa.Column('id', sa.Integer, primary_key=True))\n",
        ),
    )

    book = PlanBook.open(path)
    try:
        report = book.upgrade_report
        assert report.now == "9999" and report.was != "9999"
        assert report.copy_kept is not None and report.copy_kept.exists()
        assert "later_thing" in inspect(book.engine).get_table_names()
        assert book.people.get(person.id).preferred_name == "Jo"
    finally:
        book.close()
    copy = make_engine(sqlite_url(report.copy_kept))
    with copy.connect() as conn:
        assert conn.execute(text("SELECT preferred_name FROM person")).scalar() == "Jo"
        assert "later_thing" not in inspect(copy).get_table_names()
    copy.dispose()


def test_a_migration_that_fails_halfway_changes_nothing(tmp_path, monkeypatch) -> None:
    path = tmp_path / "plans.db"
    old = PlanBook.open(path)
    old.people.add("Jo")
    before = upgrading.current_revision(old.engine)
    old.close()
    body = (
        "    op.create_table('half_done', sa.Column('id', sa.Integer, primary_key=True))\n"
        "    raise RuntimeError('the power went off')\n"
    )
    point_alembic_at(monkeypatch, extra_migrations(tmp_path, body))
    with pytest.raises(RuntimeError):
        PlanBook.open(path)
    engine = make_engine(sqlite_url(path))
    try:
        assert "half_done" not in inspect(engine).get_table_names()
        assert upgrading.current_revision(engine) == before
    finally:
        engine.dispose()


def test_a_plan_book_from_a_newer_app_is_refused_plainly(tmp_path) -> None:
    path = tmp_path / "plans.db"
    PlanBook.open(path).close()
    engine = make_engine(sqlite_url(path))
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'from-the-future'"))
    engine.dispose()
    with pytest.raises(StorageError, match="newer Plan Together"):
        PlanBook.open(path)


def test_a_file_that_is_not_a_plan_book_is_left_alone(tmp_path) -> None:
    path = tmp_path / "other.db"
    engine = make_engine(sqlite_url(path))
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE recipes (name TEXT)"))
    engine.dispose()
    with pytest.raises(StorageError, match="not a plan book"):
        PlanBook.open(path)
    engine = make_engine(sqlite_url(path))
    assert inspect(engine).get_table_names() == ["recipes"]
    engine.dispose()


def test_a_damaged_file_gets_a_plain_message(tmp_path) -> None:
    path = tmp_path / "plans.db"
    path.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(StorageError, match="damaged"):
        PlanBook.open(path)
    assert path.read_bytes().startswith(b"this is not a database")


def test_the_head_read_from_the_files_is_alembics_head() -> None:
    from alembic.script import ScriptDirectory

    assert (
        upgrading.head_revision()
        == ScriptDirectory.from_config(upgrading.alembic_config()).get_current_head()
    )


def test_opening_an_up_to_date_book_does_not_load_alembic(tmp_path) -> None:
    import subprocess
    import sys
    from pathlib import Path

    PlanBook.open(tmp_path / "plans.db").close()
    code = (
        "import sys; from pathlib import Path; from supportplan.book import PlanBook\n"
        f"PlanBook.open(Path({str(tmp_path / 'plans.db')!r})).close()\n"
        "print('alembic' in sys.modules)\n"
    )
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_the_whole_file_is_checked_after_an_unclean_end_or_when_small(
    tmp_path, monkeypatch
) -> None:
    import supportplan.book as books

    checks = []
    real = books.check_whole
    monkeypatch.setattr(books, "check_whole", lambda engine: (checks.append(1), real(engine)))
    monkeypatch.setattr(books, "SMALL_BOOK_BYTES", 0)  # treat every book as big
    path = tmp_path / "plans.db"
    PlanBook.open(path).close()
    PlanBook.open(path).close()
    assert checks == []  # closed cleanly, big: no full read at start
    books.in_use_path(path).touch()  # as a crash would leave it
    PlanBook.open(path).close()
    assert checks == [1]
    assert not books.in_use_path(path).exists()
    monkeypatch.setattr(books, "SMALL_BOOK_BYTES", 10**9)
    PlanBook.open(path).close()
    assert checks == [1, 1]
