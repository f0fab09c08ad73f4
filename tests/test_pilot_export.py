"""The anonymised pilot file: no names, dates of birth or words; codes stable for one book."""

from __future__ import annotations

import csv
import hashlib
import hmac
import re
from pathlib import Path

from supportplan.book import PlanBook
from supportplan.pilot import PilotFilter
from tests.pilot_data import COMMENTS, PEOPLE, STAFF, build


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file))


def date_spellings(day) -> list[str]:
    return [
        day.isoformat(),
        day.strftime("%d/%m/%Y"),
        day.strftime("%m/%d/%Y"),
        day.strftime("%Y%m%d"),
        f"{day.day} {day:%B %Y}",
        f"{day:%Y-%m-%d}".replace("-", "/"),
    ]


def assert_nothing_personal(text: str, names: list[str], births: list) -> None:
    for name in names:
        for part in name.split():
            assert not re.search(rf"\b{re.escape(part)}\b", text, re.IGNORECASE), part
    for day in births:
        for spelling in date_spellings(day):
            assert spelling not in text, spelling


def test_the_file_has_one_row_per_version_and_no_names_or_birthdays(book, tmp_path) -> None:
    data = build(book)
    out = tmp_path / "pilot.csv"
    report = book.pilot.export_csv(out)
    assert report.rows == 5
    text = out.read_text("utf-8-sig")
    names = [n for _key, (short, full, _born) in PEOPLE.items() for n in (short, full)]
    assert_nothing_personal(text, [*names, *STAFF], [born for *_n, born in PEOPLE.values()])
    for words in COMMENTS:  # free text stays in the book
        assert words not in text
    for goal in ("walk every day", "cook on Fridays", "pay my bills"):
        assert goal not in text
    rows = read_rows(out)
    assert len(rows) == 5
    assert all(r["person"].startswith("P-") and r["plan"].startswith("PL-") for r in rows)
    assert len({r["person"] for r in rows}) == 3 and len({r["staff"] for r in rows}) == 2
    by_day = {(r["month"], r["version"]): r for r in rows}
    a2 = by_day[("2026-07", "2")]
    assert (a2["is_review"], a2["stage"], a2["agreed_how"], a2["template_version"]) == (
        "1",
        "agreed",
        "tick",
        "1",
    )
    assert (a2["wellbeing_person"], a2["home_person"], a2["home_staff"]) == ("4", "3", "2")
    assert (a2["goals_carried"], a2["goals_rated"], a2["goals_as_hoped_or_better"]) == (
        "3",
        "3",
        "2",
    )
    assert (a2["goals_total"], a2["feedback_listened"], a2["feedback_together"]) == ("-1", "4", "5")
    b1 = by_day[("2026-02", "1")]
    assert (b1["aspirations_person"], b1["aspirations_staff"], b1["goals_carried"]) == (
        "",
        "3",
        "0",
    )
    assert b1["goals_total"] == ""  # no goals to look back on in a first plan
    c1 = by_day[("2026-09", "1")]
    assert (c1["stage"], c1["agreed_how"], c1["template_version"]) == ("draft", "", "2")
    assert (c1["feedback_mine"], c1["feedback_together"]) == ("", "2")
    a_rows = [r for r in rows if r["plan"] == a2["plan"]]
    assert [r["version"] for r in a_rows] == ["1", "2"]
    latest = book.audit_trail.events(limit=1)[0]
    assert (latest.action, latest.record_type, latest.staff_id) == (
        "export",
        "pilot_review",
        data.sam,
    )


def test_codes_are_the_same_every_time_and_differ_between_books(book, tmp_path) -> None:
    data = build(book)
    first, second = tmp_path / "one.csv", tmp_path / "two.csv"
    book.pilot.export_csv(first)
    book.pilot.export_csv(second)
    assert first.read_bytes() == second.read_bytes()
    secret = bytes.fromhex(book.settings.get("pseudonym_secret"))
    expected = hmac.new(secret, b"person:" + data.people["A"].bytes, hashlib.sha256).hexdigest()[
        :16
    ]
    assert f"P-{expected}" in {r["person"] for r in read_rows(first)}

    other = PlanBook.open(tmp_path / "other.db")
    try:
        other.staff.act_as(other.staff.add("Sam Carter").id)
        build(other)
        third = tmp_path / "three.csv"
        other.pilot.export_csv(third)
        assert {r["person"] for r in read_rows(third)}.isdisjoint(
            {r["person"] for r in read_rows(first)}
        )
    finally:
        other.close()


def test_the_file_follows_the_filter(book, tmp_path) -> None:
    data = build(book)
    out = tmp_path / "alex.csv"
    report = book.pilot.export_csv(out, PilotFilter(staff_id=data.alex))
    rows = read_rows(out)
    assert report.rows == len(rows) == 2
    assert {r["month"] for r in rows} == {"2026-02", "2026-08"}


def test_the_demo_book_exports_no_names_or_birthdays(demo_book, tmp_path) -> None:
    out = tmp_path / "demo.csv"
    demo_book.pilot.export_csv(out)
    text = out.read_text("utf-8-sig")
    people = [demo_book.people.get(p.id) for p in demo_book.people.find()]
    names = [n for p in people for n in (p.preferred_name, p.full_name) if n]
    staff = [s.name for s in demo_book.staff.list(include_inactive=True)]
    assert_nothing_personal(text, names + staff, [p.date_of_birth for p in people])
    assert len(read_rows(out)) == demo_book.pilot.review().counts.versions
