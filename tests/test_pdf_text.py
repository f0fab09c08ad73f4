"""Any words render: Welsh, Polish, Urdu, Arabic, Chinese, emoji, and very long entries."""

from __future__ import annotations

import dataclasses
import io

import pdfplumber
import pytest

from supportplan.model.kinds import EntryKind, SaidBy
from supportplan.printing import Style, make_pdf
from supportplan.printing.render import render
from supportplan.printing.viewmodel import build
from tests.pdf_helpers import chars, page_count, pdffonts, squeezed, text, uncovered

WORDS = {
    "cy": "Dw i'n hoffi'r dŵr a'r tŷ ym Mhorthcawl.",
    "pl": "Lubię spacery z psem. Zażółć gęślą jaźń.",
    "ur": "مجھے کھانا پکانا پسند ہے۔",
    "ar": "أحب كرة القدم مع أصدقائي.",
    "zh": "我喜欢画画。",
    "emoji": "I love my dog 🐶 and my cat 🐈 👍🏽",
    "mixed": "My friend Yusuf (يوسف حداد) and Mei (陈美) came round.",
    "number": "عمري ١٢٣ سنة",
    "order": "أحب Cardiff",
}
LONG = " ".join(f"This is sentence number {n} of a very long entry." for n in range(1, 201))


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    from supportplan.book import PlanBook

    plan_book = PlanBook.open(tmp_path_factory.mktemp("text") / "plans.db")
    plan_book.staff.act_as(plan_book.staff.add("Sam Carter").id)
    yield plan_book
    plan_book.close()


@pytest.fixture(scope="module")
def version(book):
    person = book.people.add("Jo", full_name="Joanna Przybylska-Ahmed")
    plan = book.plans.start(person.id)
    for words in WORDS.values():
        book.entries.add(plan.id, "community", EntryKind.GOOD, words)
    book.entries.add(plan.id, "home", EntryKind.CHANGE, LONG)
    book.entries.add(plan.id, "home", EntryKind.GOOD, "Jo keeps a tidy flat.", SaidBy.STAFF)
    return plan.id


@pytest.fixture(scope="module", params=list(Style))
def printed(request, book, version) -> tuple[Style, bytes]:
    return request.param, make_pdf(book, version, request.param).pdf


def test_every_letter_is_drawn_by_a_font_that_has_it(printed) -> None:
    _style, pdf = printed
    assert uncovered(pdf) == []
    assert "\ufffd" not in text(pdf)


def test_latin_chinese_and_mixed_words_come_back_as_written(printed) -> None:
    _style, pdf = printed
    back = squeezed(text(pdf))
    for key in ("cy", "pl", "zh"):
        assert squeezed(WORDS[key]) in back, key
    assert "Yusuf" in back and "陈美" in back


def test_urdu_and_arabic_are_set_in_the_arabic_font_and_joined(printed) -> None:
    _style, pdf = printed
    arabic = [c for c in chars(pdf) if "NotoSansArabic" in c["fontname"] and c["text"].strip()]
    letters = sum(ch.isalpha() for key in ("ur", "ar") for ch in WORDS[key])
    assert len(arabic) >= letters * 0.6  # joined forms and ligatures draw fewer glyphs
    # presentation forms (or the font's own joined shapes) prove the letters were shaped
    assert any(0xFB50 <= ord(c["text"]) <= 0xFEFF or ord(c["text"]) >= 0xE000 for c in arabic)


def test_emoji_are_printed_as_pictures(printed) -> None:
    _style, pdf = printed
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = next(p for p in document.pages if "my dog" in (p.extract_text() or ""))
        assert len(page.images) >= 3


def test_a_10000_letter_entry_flows_across_pages(printed) -> None:
    style, pdf = printed
    back = squeezed(text(pdf))
    assert squeezed("This is sentence number 1 of a very long entry.") in back
    assert squeezed("This is sentence number 200 of a very long entry.") in back
    assert page_count(pdf) >= (3 if style is Style.RECORD else 4)


def test_every_font_is_embedded(printed, tmp_path) -> None:
    style, pdf = printed
    path = tmp_path / f"{style}.pdf"
    path.write_bytes(pdf)
    fonts = pdffonts(path)
    assert len(fonts) >= 3
    assert all(embedded == "yes" for _name, embedded in fonts), fonts


def test_a_right_to_left_page_layout_renders_too(book, version) -> None:
    plan = dataclasses.replace(build(book, version), right_to_left=True)
    pdf = render(plan, Style.EASY_READ)
    assert uncovered(pdf) == []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[1]
        words = [w for w in page.extract_words() if w["text"] == "Jo"]
    assert squeezed(WORDS["pl"]) in squeezed(text(pdf))
    assert words or page_count(pdf) > 1


def test_a_number_in_arabic_digits_reads_left_to_right(printed) -> None:
    _style, pdf = printed
    digits = [c for c in chars(pdf) if c["text"] in "١٢٣"]
    assert len(digits) == 3
    assert [c["text"] for c in sorted(digits, key=lambda c: c["x0"])] == ["١", "٢", "٣"]


def test_a_right_to_left_line_reads_from_the_right(printed) -> None:
    _style, pdf = printed
    letters = chars(pdf)
    spelled = "".join(c["text"] for c in letters)
    at = spelled.index("Cardiff")
    english = letters[at : at + len("Cardiff")]
    top = english[0]["top"]
    line = [c for c in letters if c["page"] == english[0]["page"] and abs(c["top"] - top) < 6]
    arabic = [c for c in line if c["text"].strip() and not c["text"].isascii()]
    assert arabic, "the Arabic word is on the same line"
    # "أحب" was typed first, so it is read first: on the right, after the English word.
    assert max(c["x1"] for c in english) <= min(c["x0"] for c in arabic) + 0.5
