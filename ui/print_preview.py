"""See a printed plan before printing it: choose the copy, look at every page, print or save."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from supportplan.book import PlanBook
from supportplan.i18n import _, ngettext
from supportplan.printing import STYLE_NAMES, PrintedPlan, Style, default_style, make_pdf
from ui.messages import guarded, show_problem
from ui.pdf_pages import page_images, paint_pdf

SCREEN_DPI = 96.0
ZOOMS = (0.6, 0.8, 1.0, 1.25, 1.5, 2.0)


class PrintPreviewDialog(QDialog):
    """The plan version as it will print, in the copy the person's needs ask for."""

    def __init__(self, book: PlanBook, version_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(parent)
        self._book = book
        self._version_id = version_id
        self.printed: PrintedPlan | None = None
        self._zoom = ZOOMS.index(1.0)
        view = guarded(self, lambda: book.plans.get(version_id))
        needs_style = default_style(view.person.needs) if view else Style.EASY_READ
        name = view.person.preferred_name if view else ""
        self.setWindowTitle(_("Print {name}'s plan").format(name=name))
        self.setAccessibleName(self.windowTitle())
        self.resize(900, 900)

        self.style_box = QComboBox()
        for style in Style:
            self.style_box.addItem(_(STYLE_NAMES[style]), style.value)
        self.style_box.setCurrentIndex(self.style_box.findData(needs_style.value))
        self.style_box.setAccessibleName(_("Which copy"))
        self.style_box.setAccessibleDescription(
            _("Easy read with pictures, large print, or the record copy for the file.")
        )
        chooser_label = QLabel(_("Which copy:"))
        chooser_label.setBuddy(self.style_box)
        self.pages_label = QLabel()
        self.pages_label.setAccessibleName(_("Number of pages"))
        self.smaller = self._button(_("Smaller"), _("Show the pages smaller."))
        self.bigger = self._button(_("Bigger"), _("Show the pages bigger."))
        self.smaller.clicked.connect(self.zoom_out)
        self.bigger.clicked.connect(self.zoom_in)

        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setSpacing(16)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.pages)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scroll.setAccessibleName(_("The pages"))
        self.scroll.setAccessibleDescription(
            _("Every page as it will print. Use the arrow keys or Page Down to move through them.")
        )

        self.print_button = self._button(_("Print…"), _("Choose a printer and print the plan."))
        self.save_button = self._button(_("Save as PDF…"), _("Save the plan as a PDF file."))
        self.close_button = self._button(_("Close"), _("Close without printing."))
        self.print_button.clicked.connect(self.print_plan)
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.reject)
        self.print_button.setDefault(True)

        top = QHBoxLayout()
        top.addWidget(chooser_label)
        top.addWidget(self.style_box)
        top.addSpacing(12)
        top.addWidget(self.pages_label, 1)
        top.addWidget(self.smaller)
        top.addWidget(self.bigger)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(bottom)

        self.style_box.currentIndexChanged.connect(self.make)
        if view is not None:
            self.make()

    def _button(self, text: str, description: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.rstrip("…"))
        button.setAccessibleDescription(description)
        return button

    @property
    def style(self) -> Style:
        return Style(self.style_box.currentData())

    def make(self) -> None:
        """Make the PDF in the chosen copy and show its pages."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            printed = guarded(self, lambda: make_pdf(self._book, self._version_id, self.style))
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.printed = printed
        for button in (self.print_button, self.save_button):
            button.setEnabled(printed is not None)
        self._show_pages()

    def _show_pages(self) -> None:
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        if self.printed is None:
            self.pages_label.setText(_("The plan could not be made."))
            return
        dpi = SCREEN_DPI * ZOOMS[self._zoom] * self.devicePixelRatioF()
        images = list(page_images(self.printed.pdf, dpi))
        for number, image in enumerate(images, start=1):
            page = QLabel()
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(self.devicePixelRatioF())
            page.setPixmap(pixmap)
            page.setAccessibleName(
                _("Page {page} of {pages}").format(page=number, pages=len(images))
            )
            page.setStyleSheet("border: 1px solid #9a9a9a; background: white;")
            self.pages_layout.addWidget(page, 0, Qt.AlignmentFlag.AlignHCenter)
        self.pages_label.setText(
            ngettext("{n} page", "{n} pages", len(images)).format(n=len(images))
        )
        self.smaller.setEnabled(self._zoom > 0)
        self.bigger.setEnabled(self._zoom < len(ZOOMS) - 1)

    def zoom_in(self) -> None:
        self._set_zoom(self._zoom + 1)

    def zoom_out(self) -> None:
        self._set_zoom(self._zoom - 1)

    def _set_zoom(self, index: int) -> None:
        self._zoom = max(0, min(len(ZOOMS) - 1, index))
        self._show_pages()

    def page_count(self) -> int:
        return self.pages_layout.count()

    # -- printing and saving ----------------------------------------------------------------

    def print_plan(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(_("Print the plan"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Send every page to ``printer``; the number of pages sent."""
        if self.printed is None:
            return 0
        painter = QPainter()
        if not painter.begin(printer):
            show_problem(
                self, _("The printer could not be started. Check it is on, then try again.")
            )
            return 0
        try:
            return paint_pdf(self.printed.pdf, printer, painter)
        finally:
            painter.end()

    def save_pdf(self) -> None:
        if self.printed is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, _("Save the plan as a PDF"), self.printed.file_name, _("PDF files (*.pdf)")
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> bool:
        if self.printed is None:
            return False
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            path.write_bytes(self.printed.pdf)
        except OSError:
            show_problem(
                self,
                _("The PDF could not be saved there. Choose another folder and try again."),
            )
            return False
        self.saved_to = path
        return True
