"""Safe output: file names, PDF metadata, the audit trail, the default style and the CLI."""

from __future__ import annotations

import io
from datetime import date

import pypdf
import pytest

from main import main
from supportplan.book import PlanBook
from supportplan.printing import Style, default_style, make_pdf
from tests.pdf_helpers import demo_book, latest_version, page_count, person_id, text


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    plan_book = demo_book(tmp_path_factory.mktemp("output"))
    plan_book.settings.set("organisation_name", "Bridgend Supported Living")
    yield plan_book
    plan_book.close()


@pytest.mark.parametrize("style", list(Style))
def test_metadata_has_title_organisation_and_language_but_no_full_name(book, style) -> None:
    version = latest_version(book, "Yusuf")
    printed = make_pdf(book, version, style)
    reader = pypdf.PdfReader(io.BytesIO(printed.pdf))
    meta = reader.metadata
    assert meta.title.startswith("Support plan")
    assert meta.author == "Bridgend Supported Living"
    assert reader.trailer["/Root"]["/Lang"] == "ar"
    person = book.people.get(person_id(book, "Yusuf"))
    everything = " ".join(str(value) for value in meta.values())
    for part in person.full_name.replace("(", " ").replace(")", " ").split():
        if part != person.preferred_name:
            assert part not in everything
    assert "Haddad" not in printed.file_name and "Yusuf" not in printed.file_name


def test_file_name_is_initials_date_and_style(book) -> None:
    printed = make_pdf(book, latest_version(book, "Rhys"), Style.RECORD, today=date(2027, 3, 4))
    assert printed.file_name == "plan-R-2027-03-04-record.pdf"


def test_making_a_pdf_is_recorded_in_the_audit_trail(book) -> None:
    who = person_id(book, "Bethany")
    before = [e for e in book.audit_trail.events(person_id=who) if e.action == "print"]
    make_pdf(book, latest_version(book, "Bethany"))
    after = [e for e in book.audit_trail.events(person_id=who) if e.action == "print"]
    assert len(after) == len(before) + 1
    assert after[0].record_type == "version"
    assert after[0].staff_name == book.staff.current().name


def test_welsh_words_print_in_welsh(book) -> None:
    printed = text(make_pdf(book, latest_version(book, "Rhys"), Style.LARGE_PRINT).pdf)
    assert "Fy nghynllun" in printed and "Tudalen 1 o" in printed
    assert "My plan" not in printed


def test_the_default_copy_follows_the_persons_needs(book) -> None:
    marcus = book.people.get(person_id(book, "Marcus"))  # large print only
    assert default_style(marcus.needs) is Style.LARGE_PRINT
    assert make_pdf(book, latest_version(book, "Marcus")).style is Style.LARGE_PRINT
    assert make_pdf(book, latest_version(book, "Rhys")).style is Style.EASY_READ


def test_large_print_is_18_point_words_only(book) -> None:
    pdf = make_pdf(book, latest_version(book, "Bethany"), Style.LARGE_PRINT).pdf
    from tests.pdf_helpers import chars

    assert min(round(c["size"], 1) for c in chars(pdf) if c["text"].strip()) >= 18
    assert "Page 1 of" in text(pdf)


def test_record_copy_has_both_ratings_who_and_when_and_versions(book) -> None:
    version = latest_version(book, "Bethany")  # reviewed twice, in English
    view = book.plans.get(version)
    pdf = make_pdf(book, version, Style.RECORD).pdf
    printed = text(pdf)
    assert "Set of questions" in printed and "Standard plan, version 1" in printed
    assert "Ratings in every version" in printed
    assert "Who said it" in printed
    assert view.person.full_name in printed  # the record copy is for the file
    from tests.pdf_helpers import chars

    assert min(round(c["size"], 1) for c in chars(pdf) if c["text"].strip()) >= 11


def test_cli_prints_a_version_or_a_plans_latest_version(tmp_path, capsys) -> None:
    db = tmp_path / "demo.db"
    assert main(["demo", "--db", str(db)]) == 0
    book = PlanBook.open(db, demo=True)
    try:
        plan = book.plans.plans_for(person_id(book, "Bethany"))[-1]
    finally:
        book.close()
    out = tmp_path / "bethany.pdf"
    command = ["print", "--db", str(db), "--plan", str(plan.id), "--style", "record"]
    assert main([*command, "--out", str(out)]) == 0
    assert "Saved to" in capsys.readouterr().out
    assert "Ratings in every version" in text(out.read_bytes())
    folder = tmp_path / "folder"
    folder.mkdir()
    first = ["print", "--db", str(db), "--plan", str(plan.versions[0].id), "--out", str(folder)]
    assert main(first) == 0
    made = list(folder.iterdir())
    assert len(made) == 1 and made[0].name.startswith("plan-B-")
    assert page_count(made[0].read_bytes()) >= 8  # easy read, as Bethany's needs say


def test_cli_says_plainly_when_the_plan_is_not_there(tmp_path, capsys) -> None:
    db = tmp_path / "demo.db"
    assert main(["demo", "--db", str(db)]) == 0
    nobody = "00000000-0000-0000-0000-000000000000"
    code = main(["print", "--db", str(db), "--plan", nobody, "--out", str(tmp_path / "x.pdf")])
    assert code == 1
    assert "could not be found" in capsys.readouterr().err


def test_notes_for_staff_only_are_left_out_of_the_persons_copies(book) -> None:
    from supportplan.model.kinds import EntryKind, SaidBy

    version = latest_version(book, "Mei")  # a draft
    note = "Check the support hours with the council team."
    book.entries.add(version, "home", EntryKind.GOOD, note, SaidBy.STAFF, staff_only=True)
    for style in (Style.EASY_READ, Style.LARGE_PRINT):
        assert "council team" not in text(make_pdf(book, version, style).pdf)
    record = text(make_pdf(book, version, Style.RECORD).pdf)
    assert "council team" in record and "(staff only)" in record
