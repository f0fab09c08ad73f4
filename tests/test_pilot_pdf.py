"""The pilot review PDF, read back: plain words, the figures, large print, fonts embedded."""

from __future__ import annotations

from datetime import date

import pdfplumber
import pytest
from pypdf import PdfReader

from supportplan.pilot import PilotFilter
from tests.pilot_data import COMMENTS, PEOPLE, STAFF, build


@pytest.fixture
def data(book):
    return build(book)


def pages_text(path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def test_the_pdf_says_the_figures_in_plain_words(book, data, tmp_path) -> None:
    out = book.pilot.print_pdf(tmp_path / "pilot.pdf", today=date(2026, 12, 2))
    pages = pages_text(out)
    text = "\n".join(pages)
    for words in (
        "Pilot review",
        "All plans.",
        "Printed on 2 December 2026.",
        "3 people",
        "5 plan versions",
        "I felt listened to",
        "We wrote it together",
        "Mostly 1 (20%)",
        "Yes 2 (40%)",
        "Wellbeing 5 2 (40%) 4 (80%)",
        "Community 2 0.00 1, 0, 1",
        "Goal score across 2 plans: 57.7",
        "People added their own words to 5 answers.",
    ):
        assert words in text, words
    assert pages[0].rstrip().endswith(f"Page 1 of {len(pages)}")
    assert pages[-1].rstrip().endswith(f"Page {len(pages)} of {len(pages)}")
    for name in [*STAFF, *(n for short, full, _born in PEOPLE.values() for n in (short, full))]:
        assert name not in text
    for words in COMMENTS:
        assert words not in text
    assert book.audit_trail.events(limit=1)[0].action == "print"


def test_the_pdf_is_large_print_with_its_font_embedded(book, data, tmp_path) -> None:
    out = book.pilot.print_pdf(tmp_path / "pilot.pdf")
    with pdfplumber.open(out) as pdf:
        sizes = {round(c["size"]) for page in pdf.pages for c in page.chars}
    assert min(sizes) >= 16  # body 16 pt, headings bigger
    assert max(sizes) >= 22
    fonts = set()
    for page in PdfReader(out).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor  # embedded
            fonts.add(str(font["/BaseFont"]).split("+")[-1])
    assert fonts == {"AtkinsonHyperlegible-Regular", "AtkinsonHyperlegible-Bold"}


def test_the_pdf_follows_the_filter(book, data, tmp_path) -> None:
    chosen = PilotFilter(staff_id=data.alex, start=date(2026, 1, 1))
    assert book.pilot.which_plans(chosen) == (
        "Plans agreed from 1 January 2026; written by Alex Khan"
    )
    text = "\n".join(pages_text(book.pilot.print_pdf(tmp_path / "alex.pdf", chosen)))
    assert "1 person" in text and "2 plan versions" in text
    assert "Goal score across 1 plan: 70.0" in text
