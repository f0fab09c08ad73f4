"""The easy-read copy, read back from the PDF as the person would read it."""

from __future__ import annotations

import io
import random

import pdfplumber
import pytest

from supportplan.demo import squiggle_png
from supportplan.i18n import translator
from supportplan.model.kinds import EntryKind
from supportplan.printing import Style, make_pdf
from supportplan.scales import AREA_SCALE
from tests.pdf_helpers import (
    chars,
    demo_book,
    latest_version,
    page_count,
    squeezed,
    text,
    uncovered,
)


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    plan_book = demo_book(tmp_path_factory.mktemp("easy"))
    yield plan_book
    plan_book.close()


@pytest.fixture(scope="module")
def rhys(book):
    """A plan reviewed twice (three versions), in Welsh, easy read."""
    version = latest_version(book, "Rhys")
    return book.plans.get(version), make_pdf(book, version, Style.EASY_READ).pdf


def test_every_entry_goal_and_step_of_the_plan_is_printed(rhys) -> None:
    view, pdf = rhys
    printed = squeezed(text(pdf))
    words = [e.text for e in view.about_me]
    for area in view.areas:
        words += [e.text for e in (*area.good, *area.change)]
        for goal in area.goals:
            words += [goal.text, *(step.what for step in goal.steps)]
    assert len(words) > 25
    missing = [w for w in words if squeezed(w) not in printed]
    assert missing == []


def test_no_letter_is_smaller_than_16_point(rhys) -> None:
    _view, pdf = rhys
    sizes = {round(c["size"], 1) for c in chars(pdf) if c["text"].strip()}
    assert min(sizes) >= 16
    assert max(sizes) >= 22  # headings


def test_large_print_need_makes_the_easy_read_body_18_point(book) -> None:
    pdf = make_pdf(book, latest_version(book, "Siân"), Style.EASY_READ).pdf
    assert min(round(c["size"], 1) for c in chars(pdf) if c["text"].strip()) >= 18


def test_a_typical_reviewed_plan_fits_in_24_pages_with_page_x_of_y(rhys) -> None:
    view, pdf = rhys
    _ = translator(view.person.needs.language)  # Welsh
    pages = page_count(pdf)
    assert 8 <= pages <= 24
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        last = document.pages[-1]
        footer = [c for c in last.chars if c["top"] > last.height - 60]
    assert _("Page {page} of {pages}").format(page=pages, pages=pages) in "".join(
        c["text"] for c in footer
    )
    assert {round(c["size"]) for c in footer} == {16}


def test_ratings_are_words_with_faces_and_goals_say_who_helps_and_when(rhys) -> None:
    view, pdf = rhys
    _ = translator(view.person.needs.language)  # the person's language: Welsh
    printed = squeezed(text(pdf))
    wellbeing = view.area("wellbeing")
    words = next(p.words for p in AREA_SCALE if p.value == wellbeing.person_rating)
    assert squeezed(_("I said: {words}.").format(words=_(words))) in printed
    assert squeezed(_("How it went: {words}.").split("{")[0]) in printed  # a reviewed goal
    assert squeezed(_("Staff will help.")) in printed
    assert squeezed(_("My journey")) in printed  # more than one version
    assert squeezed(_("Last time I said: {words}.").split("{")[0]) in printed
    assert "OpenMoji" in printed  # the pictures' credit
    assert "Page" not in printed  # nothing left in English


def test_the_persons_own_words_are_marked_and_staff_words_carry_their_name(book) -> None:
    version = latest_version(book, "Rhys")
    view = book.plans.get(version)
    staff = [e for a in view.areas for e in a.good if e.staff_name]
    pdf = make_pdf(book, version, Style.EASY_READ).pdf
    printed = squeezed(text(pdf))
    _ = translator(view.person.needs.language)
    assert squeezed(_("My own words are in yellow boxes, like this.")) in printed
    for entry in staff:
        assert squeezed(_("{name} wrote this.").format(name=entry.staff_name)) in printed


def test_things_i_do_not_agree_with_are_always_printed(book) -> None:
    version = latest_version(book, "Marcus")  # did not agree
    view = book.plans.get(version)
    assert view.disagreements
    printed = squeezed(text(make_pdf(book, version, Style.EASY_READ).pdf))
    assert squeezed("Things I don't agree with") in printed
    assert squeezed("I do not agree with my plan yet.") in printed
    for said in view.disagreements:
        assert squeezed(said.text) in printed


def test_the_agreement_page_shows_the_signature(book) -> None:
    version = latest_version(book, "Ffion")  # signed, in Welsh
    assert book.plans.signature(version)
    _ = translator("cy")
    pdf = make_pdf(book, version, Style.EASY_READ).pdf
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        agreement = next(p for p in document.pages if _("Agreeing my plan") in p.extract_text())
        assert _("My signature:") in agreement.extract_text()
        assert agreement.images, "the signature is drawn as an image"


def test_a_persons_own_photo_takes_the_place_of_the_picture(book) -> None:
    version = latest_version(book, "Łukasz")  # a draft
    photo = squiggle_png(random.Random(3), 120, 90)
    book.entries.add(version, "home", EntryKind.GOOD, "This is my flat on Elm Road.", photo=photo)
    pdf = make_pdf(book, version, Style.EASY_READ).pdf
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = next(p for p in document.pages if "Elm Road" in p.extract_text())
        assert len(page.images) == 1
        image = page.images[0]
        words = next(w for w in page.extract_words() if w["text"] == "Elm")
        assert image["x1"] < words["x0"], "picture on the left, words on the right"


def test_an_urdu_plan_prints_every_letter_in_a_font_that_has_it(book) -> None:
    pdf = make_pdf(book, latest_version(book, "عائشہ"), Style.EASY_READ).pdf
    assert uncovered(pdf) == []
    assert "\ufffd" not in text(pdf)
    arabic = [c for c in chars(pdf) if "Arabic" in c["fontname"] and c["text"].strip()]
    assert len(arabic) > 20
