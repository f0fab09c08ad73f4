"""Print every plan due for review in one go, each in the copy its person needs.

One plan is made per turn of the event loop, so the progress bar moves and Cancel works
between plans; what was already printed or saved stays so.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supportplan.book import PlanBook
from supportplan.errors import PlanTogetherError
from supportplan.i18n import _, format_date, ngettext
from supportplan.printing import make_pdf
from supportplan.services.views import DueReview
from ui.messages import show_problem
from ui.pdf_pages import paint_pdf

DUE_WITHIN_DAYS = 30


class BatchPrintDialog(QDialog):
    """Every plan due for review (late ones too): print them all, or save them as PDFs."""

    finished_all = Signal(int)  # how many were done

    def __init__(self, book: PlanBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self.due: list[DueReview] = book.plans.due_for_review(DUE_WITHIN_DAYS)
        self.done = 0
        self._next = 0
        self._cancelled = False
        self._folder: Path | None = None
        self._printer: QPrinter | None = None
        self._painter: QPainter | None = None
        self.setWindowTitle(_("Print plans due for review"))
        self.setAccessibleName(self.windowTitle())
        self.resize(640, 520)

        self.summary = QLabel(
            ngettext(
                "{n} plan is due for review in the next {days} days, or late.",
                "{n} plans are due for review in the next {days} days, or late.",
                len(self.due),
            ).format(n=len(self.due), days=DUE_WITHIN_DAYS)
            if self.due
            else _("No plans are due for review in the next {days} days.").format(
                days=DUE_WITHIN_DAYS
            )
        )
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(_("Plans to print"))
        self.list.setAccessibleDescription(_("Each person and when their review is due."))
        for due in self.due:
            when = format_date(due.review_due)
            line = _("{name}: late, was due {date}") if due.overdue else _("{name}: due {date}")
            # the name isolated, so an Urdu or Arabic name does not turn the line around
            self.list.addItem(line.format(name=f"\u2068{due.preferred_name}\u2069", date=when))
        self.progress = QProgressBar()
        self.progress.setRange(0, max(1, len(self.due)))
        self.progress.setValue(0)
        self.progress.setAccessibleName(_("Progress"))
        self.status = QLabel(_("Each plan prints in the copy its person needs."))
        self.status.setWordWrap(True)
        self.status.setAccessibleName(_("What is happening"))

        self.print_button = self._button(
            _("Print them all…"), _("Choose a printer, then print every plan on the list.")
        )
        self.save_button = self._button(
            _("Save them all as PDFs…"), _("Choose a folder, then save every plan there as a PDF.")
        )
        self.cancel_button = self._button(_("Cancel"), _("Stop after the plan being made now."))
        self.close_button = self._button(_("Close"), _("Close this window."))
        self.print_button.clicked.connect(self.choose_printer)
        self.save_button.clicked.connect(self.choose_folder)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        self.cancel_button.setEnabled(False)
        for button in (self.print_button, self.save_button):
            button.setEnabled(bool(self.due))

        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def _button(self, text: str, description: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.rstrip("…"))
        button.setAccessibleDescription(description)
        return button

    # -- starting ---------------------------------------------------------------------------

    def choose_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.start_printing(printer)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, _("Choose a folder for the PDFs"))
        if folder:
            self.start_saving(Path(folder))

    def start_saving(self, folder: Path) -> None:
        self._folder, self._printer = folder, None
        self._start()

    def start_printing(self, printer: QPrinter) -> None:
        painter = QPainter()
        if not painter.begin(printer):
            show_problem(
                self, _("The printer could not be started. Check it is on, then try again.")
            )
            return
        self._printer, self._painter, self._folder = printer, painter, None
        self._start()

    def _start(self) -> None:
        self.done, self._next, self._cancelled = 0, 0, False
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setFocus()
        QTimer.singleShot(0, self._one)

    def cancel(self) -> None:
        self._cancelled = True
        self.status.setText(_("Stopping after this plan…"))

    # -- one plan at a time -----------------------------------------------------------------

    def _one(self) -> None:
        if self._cancelled or self._next >= len(self.due):
            self._finish()
            return
        due = self.due[self._next]
        self._next += 1
        self.status.setText(_("Making {name}'s plan…").format(name=due.preferred_name))
        try:
            printed = make_pdf(self._book, due.version_id)
            if self._folder is not None:
                (self._folder / printed.file_name).write_bytes(printed.pdf)
            elif self._printer is not None and self._painter is not None:
                paint_pdf(printed.pdf, self._printer, self._painter, first=self.done == 0)
        except (PlanTogetherError, OSError) as error:
            self._finish(problem=str(error))
            return
        self.done += 1
        self.progress.setValue(self.done)
        QTimer.singleShot(0, self._one)

    def _finish(self, problem: str = "") -> None:
        if self._painter is not None:
            self._painter.end()
            self._painter = None
        total = len(self.due)
        if problem:
            words = _("Stopped after {done} of {total}: {problem}").format(
                done=self.done, total=total, problem=problem
            )
        elif self.done < total:
            words = _("Stopped after {done} of {total}. The rest were not printed.").format(
                done=self.done, total=total
            )
        elif self._folder is not None:
            words = _("All {total} plans were saved in {folder}.").format(
                total=total, folder=self._folder
            )
        else:
            words = _("All {total} plans were sent to the printer.").format(total=total)
        self.status.setText(words)
        self.cancel_button.setEnabled(False)
        self.print_button.setEnabled(bool(self.due))
        self.save_button.setEnabled(bool(self.due))
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.finished_all.emit(self.done)
