"""The exchange format: lossless round trips, idempotent imports, and plain messages for bad files."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from supportplan.book import PlanBook
from supportplan.errors import BadFile
from supportplan.exchange.export import export_person, person_document
from supportplan.exchange.importing import import_file
from supportplan.exchange.reading import validator
from supportplan.exchange.rows import columns
from supportplan.model import Base
from supportplan.model.kinds import ABOUT_ME, AgreedHow, EntryKind, SaidBy
from tests.exchange_helpers import fingerprint, load


def test_every_demo_person_round_trips_without_loss(demo_book, tmp_path) -> None:
    other = PlanBook.open(tmp_path / "other.db")
    try:
        for person in demo_book.people.find():
            first = tmp_path / f"{person.id}.json"
            export_person(demo_book, person.id, first)
            report = import_file(other, first)
            assert report.person_added
            second = tmp_path / f"{person.id}-again.json"
            export_person(other, person.id, second)
            assert load(first) == load(second)
    finally:
        other.close()


def test_exports_match_the_published_schema(demo_book) -> None:
    with demo_book.read() as session:
        for person in demo_book.people.find():
            document = json.loads(json.dumps(person_document(session, person.id)))
            errors = list(validator().iter_errors(document))
            assert errors == []


def test_the_schema_names_every_column_of_the_model() -> None:
    """A new column must be added to the schema (and the format version thought about)."""
    schema = validator().schema["$defs"]
    nested = {"versions", "areas", "entries", "goals", "steps", "agreement", "feedback"}
    checked = 0
    for mapper in Base.registry.mappers:
        model = mapper.class_
        name = "version" if model.__tablename__ == "plan_version" else model.__tablename__
        if name not in schema or name == "staff":
            continue  # staff travel as id and name only; audit and settings stay on the laptop
        described = set(schema[name]["properties"])
        expected = {c.key for c in columns(model)}
        assert described - nested == expected - (nested & expected), name
        checked += 1
    assert checked == 12


def test_importing_the_same_file_twice_adds_nothing(demo_book, tmp_path) -> None:
    person = demo_book.people.find("rhys")[0]
    export_person(demo_book, person.id, tmp_path / "rhys.json")
    other = PlanBook.open(tmp_path / "other.db")
    try:
        import_file(other, tmp_path / "rhys.json")
        before = fingerprint_without_audit(other)
        report = import_file(other, tmp_path / "rhys.json")
        assert not report.changed_anything
        assert report.versions_unchanged == 3
        assert fingerprint_without_audit(other) == before
    finally:
        other.close()


def fingerprint_without_audit(book) -> str:
    from sqlalchemy import func, select

    from supportplan.model import Entry, PlanVersion

    with book.read() as session:
        return repr(
            (
                session.scalar(select(func.count(PlanVersion.id))),
                session.scalar(select(func.count(Entry.id))),
                sorted(session.scalars(select(Entry.text)).all()),
            )
        )


def test_a_draft_changed_elsewhere_is_brought_up_to_date_but_agreed_ones_never_change(
    book, tmp_path
) -> None:
    person = book.people.add("Jo")
    version = book.plans.start(person.id)
    book.entries.add(version.id, "home", EntryKind.GOOD, "I like my flat.")
    export_person(book, person.id, tmp_path / "jo.json")
    laptop = PlanBook.open(tmp_path / "laptop.db")
    try:
        import_file(laptop, tmp_path / "jo.json")
        book.entries.add(version.id, "home", EntryKind.CHANGE, "More help with bills.")
        export_person(book, person.id, tmp_path / "jo2.json")
        report = import_file(laptop, tmp_path / "jo2.json")
        assert report.versions_updated == 1
        assert [e.text for e in laptop.plans.get(version.id).area("home").change] == [
            "More help with bills."
        ]

        laptop.plans.agree(version.id, AgreedHow.TICK)
        book.entries.add(
            version.id, "home", EntryKind.CHANGE, "Written after it was agreed elsewhere."
        )
        export_person(book, person.id, tmp_path / "jo3.json")
        report = import_file(laptop, tmp_path / "jo3.json")
        assert report.versions_unchanged == 1
        assert len(laptop.plans.get(version.id).area("home").change) == 1
    finally:
        laptop.close()


_any_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=300
).filter(lambda s: s.strip())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    words=st.lists(_any_text, min_size=1, max_size=4),
    name=_any_text.map(lambda s: s[:200]),
    long=st.booleans(),
)
def test_any_text_round_trips(words, name, long) -> None:
    if long:
        words = [*words, ("ٱلْعَرَبِيَّة e\u0301 👩🏽‍🦯 Łódź ŵ " * 500)[:10_000]]
    folder = Path(tempfile.mkdtemp())
    first, second = PlanBook.open(folder / "a.db"), PlanBook.open(folder / "b.db")
    try:
        staff = first.staff.add("Nia")
        first.staff.act_as(staff.id)
        person = first.people.add(name, full_name=name)
        version = first.plans.start(person.id)
        for i, said in enumerate(words):
            who = SaidBy.STAFF if i % 2 else SaidBy.PERSON
            first.entries.add(version.id, "wellbeing", EntryKind.GOOD, said, who)
            first.entries.add(version.id, ABOUT_ME, EntryKind.MATTERS, said)
            first.goals.add(version.id, "home", said)
        export_person(first, person.id, folder / "a.json")
        import_file(second, folder / "a.json")
        export_person(second, person.id, folder / "b.json")
        assert load(folder / "a.json") == load(folder / "b.json")
        saved = [e.text for e in second.plans.get(version.id).area("wellbeing").good]
        assert saved == [
            first.plans.get(version.id).area("wellbeing").good[i].text for i in range(len(words))
        ]
        assert second.people.get(person.id).preferred_name == name.strip()
    finally:
        first.close()
        second.close()


# -- bad files -------------------------------------------------------------------------------


@pytest.fixture
def good_document(demo_book, tmp_path):
    person = demo_book.people.find("rhys")[0]
    export_person(demo_book, person.id, tmp_path / "good.json")
    return json.loads((tmp_path / "good.json").read_text("utf-8"))


def _write(tmp_path: Path, content: bytes | str) -> Path:
    path = tmp_path / "bad.json"
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def _changed(document: dict, change) -> str:
    copy = json.loads(json.dumps(document))
    change(copy)
    return json.dumps(copy)


BAD = [
    ("not json", lambda d: "hello, this is a letter", "cannot be read at line 1"),
    ("empty", lambda d: "", "empty"),
    ("a list", lambda d: "[1, 2, 3]", "not a plan file"),
    ("another app's json", lambda d: json.dumps({"name": "x"}), "not a plan file"),
    (
        "newer format",
        lambda d: _changed(d, lambda c: c.update(format_version=2)),
        "format version 2",
    ),
    (
        "format version as text",
        lambda d: _changed(d, lambda c: c.update(format_version="1")),
        'format version "1"',
    ),
    (
        "missing field",
        lambda d: _changed(d, lambda c: c["plans"][0]["versions"][1]["entries"][2].pop("text")),
        r"plans\[0\]\.versions\[1\]\.entries\[2\]: the field 'text' is missing",
    ),
    (
        "mistyped field",
        lambda d: _changed(
            d, lambda c: c["plans"][0]["versions"][0]["areas"][0].update(person_rating="four")
        ),
        r"plans\[0\]\.versions\[0\]\.areas\[0\]\.person_rating: this should be a whole number",
    ),
    (
        "rating off the scale",
        lambda d: _changed(
            d, lambda c: c["plans"][0]["versions"][0]["areas"][1].update(person_rating=9)
        ),
        r"plans\[0\]\.versions\[0\]\.areas\[1\]\.person_rating: 9 is outside the scale",
    ),
    (
        "impossible date",
        lambda d: _changed(
            d, lambda c: c["plans"][0]["versions"][0].update(review_due="2026-02-30")
        ),
        r"plans\[0\]\.versions\[0\]\.review_due: '2026-02-30' is not a real date",
    ),
    (
        "unknown kind",
        lambda d: _changed(
            d, lambda c: c["plans"][0]["versions"][0]["entries"][0].update(kind="secret")
        ),
        r"entries\[0\]\.kind: 'secret' is not one of",
    ),
    (
        "unknown area",
        lambda d: _changed(
            d, lambda c: c["plans"][0]["versions"][0]["goals"][0].update(area_key="garden")
        ),
        r"plans\[0\]\.versions\[0\]\.goals\[0\]: 'garden' is not an area",
    ),
    (
        "staff not in the file",
        lambda d: _changed(d, lambda c: c.update(staff=[])),
        r"plans\[0\]\.versions\[0\].*staff member",
    ),
    (
        "template not in the file",
        lambda d: _changed(d, lambda c: c.update(templates=[])),
        None,  # the standard template is already here, so this one imports
    ),
]


@pytest.mark.parametrize(("label", "make", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_files_get_one_plain_line_and_change_nothing(
    book, good_document, tmp_path, label, make, message
) -> None:
    before = fingerprint(book)
    path = _write(tmp_path, make(good_document))
    if message is None:
        assert import_file(book, path).person_added
        return
    with pytest.raises(BadFile, match=message) as caught:
        import_file(book, path)
    assert "\n" not in str(caught.value)
    assert str(caught.value).endswith("Nothing was changed.")
    assert fingerprint(book) == before


def test_a_truncated_file(book, tmp_path, good_document) -> None:
    before = fingerprint(book)
    whole = json.dumps(good_document, indent=1).encode()
    path = _write(tmp_path, whole[: len(whole) * 2 // 3])
    with pytest.raises(BadFile, match=r"ends too soon.*line \d+"):
        import_file(book, path)
    assert fingerprint(book) == before


def test_fifty_megabytes_of_junk(book, tmp_path) -> None:
    before = fingerprint(book)
    path = tmp_path / "junk.json"
    with path.open("wb") as file:
        for _ in range(50):
            file.write(os.urandom(1024 * 1024))
    with pytest.raises(BadFile, match=r"not text|cannot be read"):
        import_file(book, path)
    assert fingerprint(book) == before


def test_a_missing_file(book, tmp_path) -> None:
    with pytest.raises(BadFile, match="could not be found"):
        import_file(book, tmp_path / "nowhere.json")


def test_a_plan_that_belongs_to_someone_else_here(book, good_document, tmp_path) -> None:
    import_file(book, _write(tmp_path, json.dumps(good_document)))
    stranger = json.loads(json.dumps(good_document))
    stranger["person"]["id"] = "00000000-0000-4000-8000-000000000001"
    before = fingerprint(book)
    with pytest.raises(BadFile, match=r"plans\[0\]: this plan belongs to someone else"):
        import_file(book, _write(tmp_path, json.dumps(stranger)))
    assert fingerprint(book) == before
