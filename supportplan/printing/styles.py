"""The three kinds of printout, each with its own named stylesheet.

Sizes follow the easy-read and clear-print figures in EASY-READ.md: body at least 16 pt in easy
read (18 pt when the person needs large print), at least 18 pt in large print, headings at least
22 pt and bold, line spacing at least 1.4, dark text on white or pale yellow, left aligned.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from supportplan.i18n import N_
from supportplan.services.views import CommunicationNeeds


class Style(StrEnum):
    EASY_READ = "easy-read"
    LARGE_PRINT = "large-print"
    RECORD = "record"


STYLE_NAMES = {
    Style.EASY_READ: N_("Easy read"),
    Style.LARGE_PRINT: N_("Large print"),
    Style.RECORD: N_("Record copy"),
}


def default_style(needs: CommunicationNeeds) -> Style:
    """The person's own copy as their recorded needs ask: large print alone, else easy read."""
    if needs.large_print and not needs.easy_read:
        return Style.LARGE_PRINT
    return Style.EASY_READ


INK = HexColor("#1b1b1b")
MUTED = HexColor("#444444")  # 9.7:1 on white
RULE = HexColor("#c9c9c9")
OWN_WORDS = HexColor("#fff4c4")  # pale yellow behind the person's own words
OWN_WORDS_EDGE = HexColor("#d9b84a")
STAFF_WORDS = HexColor("#f3f5f8")
PERSON_LINE = HexColor("#1f5f8b")
STAFF_LINE = HexColor("#b3541e")
LAST_TIME = HexColor("#8c8c8c")


@dataclass(frozen=True)
class Sheet:
    """A named stylesheet: paragraph styles and measures for one kind of printout."""

    style: Style
    body_size: float
    leading: float  # times the size
    margin: float
    picture: float  # side of a row's picture, 0 for none
    gap: float  # between rows
    styles: dict[str, ParagraphStyle]

    def __getitem__(self, name: str) -> ParagraphStyle:
        return self.styles[name]


def sheet(style: Style, large_print_needed: bool = False) -> Sheet:
    if style is Style.EASY_READ:
        body = 18.0 if large_print_needed else 16.0
        return _sheet(style, body, 1.5, 48, picture=body * 5, gap=body * 0.9, heading=26)
    if style is Style.LARGE_PRINT:
        return _sheet(style, 18.0, 1.5, 56, picture=0, gap=18, heading=28)
    return _sheet(style, 11.0, 1.35, 46, picture=0, gap=5, heading=15)


def _sheet(
    style: Style,
    body: float,
    leading: float,
    margin: float,
    *,
    picture: float,
    gap: float,
    heading: float,
) -> Sheet:
    base = ParagraphStyle(
        f"{style}-body",
        fontName="PT-Body",
        fontSize=body,
        leading=body * leading,
        textColor=INK,
        alignment=TA_LEFT,
        allowWidows=0,
        allowOrphans=0,
    )

    def made(name: str, **changes: object) -> ParagraphStyle:
        return ParagraphStyle(f"{style}-{name}", base, **changes)

    title = heading * 1.3
    sub = max(body * 1.25, 22.0) if style is not Style.RECORD else body * 1.15
    styles = {
        "body": base,
        "muted": made("muted", textColor=MUTED),
        "strong": made("strong", fontName="PT-Body-Bold"),
        "title": made("title", fontName="PT-Body-Bold", fontSize=title, leading=title * 1.25),
        "heading": made(
            "heading",
            fontName="PT-Body-Bold",
            fontSize=heading,
            leading=heading * 1.3,
            spaceAfter=body * 0.3,
        ),
        "subheading": made(
            "subheading",
            fontName="PT-Body-Bold",
            fontSize=sub,
            leading=sub * 1.35,
            spaceBefore=body * (0.9 if style is not Style.RECORD else 0.6),
            spaceAfter=body * 0.35,
        ),
    }
    return Sheet(style, body, leading, margin, picture, gap, styles)
