"""PDF pages as pictures on screen and on paper, painted by pdfium (pypdfium2).

QtPdf is not in the Qt packages we ship, so the app shows and prints a printed plan by having
pdfium paint each page into an image, which Qt then shows or sends to the printer.
"""

from __future__ import annotations

from collections.abc import Iterator

import pypdfium2
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

POINTS_PER_INCH = 72.0
MOST_PRINT_DPI = 300.0


def page_images(pdf: bytes, dpi: float) -> Iterator[QImage]:
    """Each page of ``pdf`` as an image at ``dpi`` dots per inch."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        for index in range(len(document)):
            yield _image(document[index], dpi / POINTS_PER_INCH)
    finally:
        document.close()


def page_count(pdf: bytes) -> int:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def _image(page: pypdfium2.PdfPage, scale: float) -> QImage:
    bitmap = page.render(scale=scale, prefer_bgrx=True)
    # BGRX bytes are what Qt calls RGB32 on every machine we run on (little-endian).
    pixels = bytes(bitmap.buffer)  # kept alive until the copy below owns its own pixels
    image = QImage(pixels, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB32)
    return image.copy()


def paint_pdf(pdf: bytes, printer: QPrinter, painter: QPainter, first: bool = True) -> int:
    """Paint every page of ``pdf`` onto the printer, each fitted to the paper; pages painted.

    ``first`` is False when other pages are already on this print job (a batch).
    """
    dpi = min(float(printer.resolution()), MOST_PRINT_DPI)
    painted = 0
    for image in page_images(pdf, dpi):
        if not first or painted:
            printer.newPage()
        area = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
        area.moveTo(0, 0)
        scale = min(area.width() / image.width(), area.height() / image.height())
        width, height = image.width() * scale, image.height() * scale
        target = QRectF((area.width() - width) / 2, (area.height() - height) / 2, width, height)
        painter.drawImage(target, image)
        painted += 1
    return painted
