"""The pieces of the pilot review PDF: its font, its large-print styles, and its bar charts.

Large print (docs: EASY-READ.md): body 16 pt, headings 22 pt bold, left aligned, line spacing
1.4, dark text on white. The font is Atkinson Hyperlegible from its PyPI package, embedded.
When the plan PDFs' shared font module lands, this can use it instead.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import cache

import fontpkg
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.colors import Color, black
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FAMILY = "Atkinson Hyperlegible"
REGULAR, BOLD = "PT-Pilot", "PT-Pilot-Bold"
BODY_SIZE, HEADING_SIZE, TITLE_SIZE = 16, 22, 30
INK = Color(0.1, 0.1, 0.1)
BAR = Color(0.12, 0.37, 0.55)
RULE = Color(0.6, 0.6, 0.6)
_lock = threading.Lock()


@cache
def register_fonts() -> str:
    """Register the font with reportlab once; returns its credit line."""
    with _lock:
        for name, weight in ((REGULAR, 400), (BOLD, 700)):
            pdfmetrics.registerFont(TTFont(name, str(fontpkg.path(FAMILY, weight))))
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)
    return f"{FAMILY} ({fontpkg.family(FAMILY).license})"


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=REGULAR,
        fontSize=BODY_SIZE,
        leading=BODY_SIZE * 1.4,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=BODY_SIZE * 0.6,
    )
    return {
        "body": body,
        "title": ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=TITLE_SIZE, leading=TITLE_SIZE * 1.3
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=body,
            fontName=BOLD,
            fontSize=HEADING_SIZE,
            leading=HEADING_SIZE * 1.3,
            spaceBefore=HEADING_SIZE * 0.6,
            keepWithNext=True,
        ),
        "chart_title": ParagraphStyle(
            "chart_title", parent=body, fontName=BOLD, spaceAfter=2, keepWithNext=True
        ),
        "cell": ParagraphStyle("cell", parent=body, spaceAfter=0),
        "head_cell": ParagraphStyle("head_cell", parent=body, fontName=BOLD, spaceAfter=0),
    }


def bar_chart(
    labels: Sequence[str], counts: Sequence[int], values: Sequence[str], width: float
) -> Drawing:
    """One row per answer: its words, a bar as long as its share, and the count written out."""
    row, size = BODY_SIZE * 1.9, BODY_SIZE
    label_width = max(pdfmetrics.stringWidth(t, REGULAR, size) for t in labels) + 12
    value_width = max(pdfmetrics.stringWidth(t, REGULAR, size) for t in values) + 12
    room = max(20.0, width - label_width - value_width)
    most = max(counts, default=0) or 1
    drawing = Drawing(width, row * len(labels))
    drawing.initialFontName = REGULAR  # otherwise the drawing names an unembedded Helvetica
    for index, (label, count, value) in enumerate(zip(labels, counts, values, strict=True)):
        y = drawing.height - (index + 1) * row
        middle = y + row / 2 - size * 0.35
        drawing.add(
            String(
                label_width - 12,
                middle,
                label,
                fontName=REGULAR,
                fontSize=size,
                fillColor=INK,
                textAnchor="end",
            )
        )
        length = max(room * count / most, 1.5)
        drawing.add(
            Rect(
                label_width,
                y + row * 0.15,
                length,
                row * 0.7,
                fillColor=BAR,
                strokeColor=black,
                strokeWidth=0.5,
            )
        )
        drawing.add(
            String(
                label_width + length + 8,
                middle,
                value,
                fontName=REGULAR,
                fontSize=size,
                fillColor=INK,
            )
        )
    return drawing
