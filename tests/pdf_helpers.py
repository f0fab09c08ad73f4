"""Reading printed plans back: their text, letters, fonts and pages."""

from __future__ import annotations

import io
import subprocess
import unicodedata
import uuid
from pathlib import Path

import pdfplumber
from reportlab.pdfbase import pdfmetrics

from supportplan.book import PlanBook
from supportplan.demo import generate
from supportplan.printing.fonts import fonts


def demo_book(folder: Path) -> PlanBook:
    book = PlanBook.open(folder / "demo.db", demo=True)
    generate(book)
    book.staff.act_as(book.staff.list()[0].id)
    return book


def person_id(book: PlanBook, preferred_name: str) -> uuid.UUID:
    return next(p.id for p in book.people.find() if p.preferred_name == preferred_name)


def latest_version(book: PlanBook, preferred_name: str) -> uuid.UUID:
    return book.plans.plans_for(person_id(book, preferred_name))[-1].latest.id


def chars(pdf: bytes) -> list[dict]:
    """Every letter drawn, with its page, font and size."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        found = []
        for page in document.pages:
            for char in page.chars:
                char["page"] = page.page_number
                found.append(char)
        return found


def text(pdf: bytes) -> str:
    """The words of the whole PDF with line ends and repeated spaces made single spaces."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        pages = [page.extract_text() or "" for page in document.pages]
    return " ".join(" ".join(pages).split())


def page_count(pdf: bytes) -> int:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return len(document.pages)


def squeezed(words: str) -> str:
    """Words without spaces, so a line break inside a sentence does not matter."""
    return "".join(words.split())


def font_letters() -> dict[str, frozenset[int]]:
    """Each embedded font's PostScript name and the letters it has."""
    found = {}
    for face in (*fonts().faces(), fonts().body_bold, *fonts().bold_faces()):
        name = pdfmetrics.getFont(face.name).face.name
        found[name.decode() if isinstance(name, bytes) else name] = face.letters
    return found


def uncovered(pdf: bytes) -> list[tuple[str, str]]:
    """(letter, font) for each letter drawn in a font that does not have it.

    Shaped Urdu and Arabic come back as presentation forms, which NFKC turns back into
    letters, or as private-use codes for joined forms the font has no code for.
    """
    letters = font_letters()
    missing = []
    for char in chars(pdf):
        font = char["fontname"].split("+", 1)[-1]
        have = letters.get(font)
        if have is None:
            missing.append((char["text"], font))
            continue
        for letter in unicodedata.normalize("NFKC", char["text"]):
            if letter.isspace() or 0xE000 <= ord(letter) <= 0xF8FF:
                continue
            if ord(letter) not in have and not unicodedata.combining(letter):
                missing.append((letter, font))
    return missing


def pdffonts(path: Path) -> list[tuple[str, str]]:
    """(font name, embedded yes/no) for each font, as poppler's pdffonts reports them."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = []
    for line in out.stdout.splitlines()[2:]:
        parts = line.split()
        # name, type (one or two words), encoding, emb, sub, uni, object, id
        rows.append((parts[0], parts[-5]))
    return rows
