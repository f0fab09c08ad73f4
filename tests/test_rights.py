"""People's rights: everything we hold about them, erasure that leaves no trace, retention review."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from supportplan.book import PlanBook
from supportplan.errors import BadInput, NotAllowed
from supportplan.model.kinds import EntryKind, StaffRole

WORDS = "Zanzibar-Marmalade: I feel anxious on the bus"
KEPT = "Ottoline likes the swimming pool"


def _person_with_plan(book: PlanBook, name: str, words: str):
    person = book.people.add(name, full_name=f"{name} Fullname")
    version = book.plans.start(person.id)
    book.entries.add(version.id, "community", EntryKind.CHANGE, words)
    book.plans.open(version.id)
    return person, version


def _admin(book: PlanBook) -> None:
    admin = book.staff.add("Ada Admin", StaffRole.ADMIN)
    book.staff.act_as(admin.id)


def test_everything_we_hold_is_one_export_with_the_audit(book, tmp_path) -> None:
    person, _version = _person_with_plan(book, "Jo", WORDS)
    made = []

    def pdf_maker(plan_book, person_id) -> bytes:
        made.append(person_id)
        return b"%PDF-1.7 easy read"

    files = book.rights.everything(person.id, tmp_path, pdf_maker)
    assert [f.suffix for f in files] == [".json", ".pdf"] and made == [person.id]
    data = json.loads(files[0].read_text("utf-8"))
    assert data["person_and_plans"]["person"]["preferred_name"] == "Jo"
    entries = data["person_and_plans"]["plans"][0]["versions"][0]["entries"]
    assert entries[0]["text"] == WORDS
    actions = [(e["action"], e["record_type"], e["staff_name"]) for e in data["audit_trail"]]
    assert actions[:2] == [("create", "person", "Sam Carter"), ("create", "plan", "Sam Carter")]
    assert ("open", "version", "Sam Carter") in actions
    assert book.audit_trail.events(person_id=person.id)[0].record_type == "everything"


def test_everything_without_a_pdf_maker_writes_the_json(book, tmp_path) -> None:
    person, _version = _person_with_plan(book, "Jo", WORDS)
    assert [f.suffix for f in book.rights.everything(person.id, tmp_path)] == [".json"]


def test_erasing_leaves_no_page_with_their_words(tmp_path) -> None:
    path = tmp_path / "plans.db"
    book = PlanBook.open(path)  # plain, so the bytes can be read
    _admin(book)
    gone, _v = _person_with_plan(book, "Zanzibar", WORDS)
    _kept, _v2 = _person_with_plan(book, "Ottoline", KEPT)
    book.close()
    assert WORDS.encode() in path.read_bytes()  # the scan below can see text

    book = PlanBook.open(path)
    book.staff.act_as(book.staff.list()[0].id)
    book.rights.erase(gone.id, "They asked us to, by letter")
    wal = path.with_name(path.name + "-wal")
    wal_bytes = wal.read_bytes() if wal.exists() else b""
    try:
        assert [p.preferred_name for p in book.people.find()] == ["Ottoline"]
        events = book.audit_trail.events(person_id=gone.id)
        assert events[0].action == "erase" and events[0].detail == "They asked us to, by letter"
        assert book.audit_trail.verify().ok
    finally:
        book.close()
    data = path.read_bytes()
    for trace in (b"Zanzibar", b"Marmalade", b"anxious on the bus"):
        assert trace not in data and trace not in wal_bytes
    assert KEPT.encode() in data


def test_erasing_needs_an_admin_and_a_reason(book) -> None:
    person, _v = _person_with_plan(book, "Jo", WORDS)
    with pytest.raises(NotAllowed):
        book.rights.erase(person.id, "asked")
    _admin(book)
    with pytest.raises(BadInput, match="why"):
        book.rights.erase(person.id, "   ")
    assert book.people.count() == 1


def test_erasing_on_an_encrypted_book(secret_book) -> None:
    person, _version = _person_with_plan(secret_book, "Jo", WORDS)
    secret_book.rights.erase(person.id, "End of support, seven years on")
    assert secret_book.people.count() == 0
    with secret_book.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM entry").scalar() == 0
        assert conn.exec_driver_sql("PRAGMA freelist_count").scalar() == 0
    assert secret_book.audit_trail.verify().ok


def test_people_with_no_activity_are_listed_for_review_never_deleted(book) -> None:
    quiet, _v = _person_with_plan(book, "Quiet", WORDS)
    _person_with_plan(book, "Busy", KEPT)
    # As if Quiet's last visit was in 2015 (the trail is rewritten only in this test).
    with book.engine.begin() as conn:
        for table, column in (("audit_event", "person_id"), ("person", "id")):
            stamp = "at" if table == "audit_event" else "updated_at"
            conn.execute(
                text(f"UPDATE {table} SET {stamp} = '2015-03-01 09:00:00' WHERE {column} = :p"),
                {"p": quiet.id.hex},
            )
    book.settings.set("retention_years", 7)
    found = book.rights.quiet_people()
    assert [(q.preferred_name, q.last_activity.year) for q in found] == [("Quiet", 2015)]
    book.settings.set("retention_years", 50)
    assert book.rights.quiet_people() == []
    assert book.people.count() == 2


def test_everything_includes_the_easy_read_plan_when_there_is_one(book, tmp_path) -> None:
    from pypdf import PdfReader

    from supportplan.model.kinds import EntryKind
    from supportplan.printing import latest_plan_pdf

    nobody = book.people.add("No Plan Yet")
    assert [f.suffix for f in book.rights.everything(nobody.id, tmp_path, latest_plan_pdf)] == [
        ".json"
    ]
    person = book.people.add("Jo")
    version = book.plans.start(person.id)
    book.entries.add(version.id, "home", EntryKind.GOOD, "I like my garden.")
    files = book.rights.everything(person.id, tmp_path, latest_plan_pdf)
    assert [f.suffix for f in files] == [".json", ".pdf"]
    text = "".join(page.extract_text() for page in PdfReader(files[1]).pages)
    assert "I like my garden." in text
