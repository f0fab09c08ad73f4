"""The audit trail: who did what kind of thing, never the content, hash-chained against tampering."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from supportplan.book import PlanBook
from supportplan.model.kinds import EntryKind
from supportplan.storage import upgrade as upgrading
from supportplan.storage.engine import make_engine, sqlite_url


def _some_work(book: PlanBook):
    person = book.people.add("Jo")
    version = book.plans.start(person.id)
    entry = book.entries.add(version.id, "home", EntryKind.GOOD, "I love my cat.")
    book.entries.edit(entry.id, "I love my two cats.")
    book.plans.open(version.id)
    return person


def test_every_change_and_opening_is_recorded_without_content(book) -> None:
    person = _some_work(book)
    events = book.audit_trail.events(person_id=person.id)
    assert [(e.action, e.record_type) for e in reversed(events)] == [
        ("create", "person"),
        ("create", "plan"),
        ("create", "entry"),
        ("change", "entry"),
        ("open", "version"),
    ]
    assert {e.staff_name for e in events} == {"Sam Carter"}
    with book.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT * FROM audit_event").all()
    assert "cat" not in repr(rows)


def test_the_chain_holds_and_finds_a_changed_row(book) -> None:
    _some_work(book)
    report = book.audit_trail.verify()
    assert report.ok and report.checked >= 6
    with book.engine.begin() as conn:
        conn.execute(text("UPDATE audit_event SET action = 'open' WHERE sequence = 4"))
    report = book.audit_trail.verify()
    assert not report.ok and report.broken_at == 4


def test_the_chain_finds_a_removed_row(book) -> None:
    _some_work(book)
    with book.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_event WHERE sequence = 3"))
    report = book.audit_trail.verify()
    assert not report.ok and report.broken_at == 3


def test_the_chain_finds_a_row_put_back_with_a_new_time(book) -> None:
    _some_work(book)
    with book.engine.begin() as conn:
        conn.execute(text("UPDATE audit_event SET at = '2020-01-01 00:00:00' WHERE sequence = 2"))
    assert book.audit_trail.verify().broken_at == 2


def test_events_already_in_an_older_book_are_chained_by_the_upgrade(tmp_path) -> None:
    path = tmp_path / "plans.db"
    engine = make_engine(sqlite_url(path))
    config = upgrading.alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    with engine.begin() as conn:
        for n, action in enumerate(("create", "change", "open")):
            conn.execute(
                text(
                    "INSERT INTO audit_event (id, at, action, record_type) "
                    f"VALUES ('{n:032x}', '2024-05-0{n + 1} 10:00:00.123456', '{action}', 'person')"
                )
            )
    engine.dispose()

    book = PlanBook.open(path)
    try:
        assert book.upgrade_report.was == "0001"
        report = book.audit_trail.verify()
        assert report.ok and report.checked == 3
        book.people.add("After the upgrade")
        assert book.audit_trail.verify().checked == 4
        assert book.audit_trail.events()[-1].action == "create"
    finally:
        book.close()


def test_the_trail_lists_per_staff_member(book) -> None:
    _some_work(book)
    other = book.staff.add("Kim Other")
    book.staff.act_as(other.id)
    book.people.add("Rhys")
    kims = book.audit_trail.events(staff_id=other.id)
    assert [(e.action, e.record_type) for e in kims] == [("create", "person")]
