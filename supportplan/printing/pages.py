"""Page templates: A4, one column, and a footer with "Page 2 of 8" at the body text size.

The page count is known only when the last page is done, so the canvas holds each page back
and writes every footer at the end (a numbered canvas).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus.doctemplate import BaseDocTemplate, PageTemplate
from reportlab.platypus.frames import Frame

from supportplan.printing.bidi import base_direction
from supportplan.printing.styles import MUTED, RULE, Sheet


@dataclass(frozen=True)
class Footer:
    """What each page's footer says; ``page_words`` has {page} and {pages} in it."""

    page_words: str
    note: str  # on the other side, e.g. "Record copy · version 3"
    font: str
    size: float
    right_to_left: bool
    shaping: bool = False  # joined writing (Urdu, Arabic) in the footer


def numbered_canvas(footer: Footer) -> type[Canvas]:
    """A canvas class that writes the footer on every page once it knows how many there are."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            kwargs["initialFontName"] = footer.font  # not Helvetica, which is not embedded
            kwargs["initialFontSize"] = footer.size
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, object]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._held)
            for state in self._held:
                self.__dict__.update(state)
                self._draw_footer(pages)
                Canvas.showPage(self)
            Canvas.save(self)

        def _draw_footer(self, pages: int) -> None:
            width, _height = self._pagesize
            margin = FOOTER_MARGIN
            base = margin - footer.size * 0.2
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.8)
            self.line(
                margin, margin + footer.size * 1.3, width - margin, margin + footer.size * 1.3
            )
            self.setFillColor(MUTED)
            self.setFont(footer.font, footer.size)
            words = footer.page_words.format(page=self._pageNumber, pages=pages)
            rtl = footer.right_to_left
            start, end = (width - margin, margin) if rtl else (margin, width - margin)
            extra = {"shaping": footer.shaping, "direction": base_direction(words)}
            (self.drawRightString if rtl else self.drawString)(start, base, words, **extra)
            if footer.note:
                (self.drawString if rtl else self.drawRightString)(end, base, footer.note, **extra)
            self.restoreState()

    return NumberedCanvas


FOOTER_MARGIN = 34.0


def document(
    out: io.BytesIO,
    sheet: Sheet,
    *,
    title: str,
    author: str,
    subject: str,
    language: str,
    on_page: Callable[[Canvas, BaseDocTemplate], None] | None = None,
) -> BaseDocTemplate:
    """An A4 document with one full-width frame above the footer."""
    footer_room = FOOTER_MARGIN + sheet.body_size * 2.4
    doc = BaseDocTemplate(
        out,
        pagesize=A4,
        leftMargin=sheet.margin,
        rightMargin=sheet.margin,
        topMargin=sheet.margin,
        bottomMargin=footer_room,
        title=title,
        author=author,
        subject=subject,
        creator="Plan Together",
        producer="Plan Together",
        lang=language,
        keywords=[],
        invariant=1,
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="words",
    )
    doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page or _nothing)])
    return doc


def _nothing(_canvas: Canvas, _doc: BaseDocTemplate) -> None:
    return None
