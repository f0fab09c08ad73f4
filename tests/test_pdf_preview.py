"""The print preview and batch print, driven through their real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from supportplan.printing import Style
from tests.pdf_helpers import demo_book, latest_version, page_count, person_id, text
from ui.batch_print import BatchPrintDialog
from ui.main_window import MainWindow
from ui.print_preview import PrintPreviewDialog


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    plan_book = demo_book(tmp_path_factory.mktemp("preview"))
    yield plan_book
    plan_book.close()


def test_preview_shows_every_page_in_the_persons_copy_and_switches_copy(qtbot, book) -> None:
    dialog = PrintPreviewDialog(book, latest_version(book, "Marcus"))  # large print only
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.style is Style.LARGE_PRINT
    assert dialog.page_count() == page_count(dialog.printed.pdf) > 1
    assert f"{dialog.page_count()} pages" == dialog.pages_label.text()
    dialog.style_box.setCurrentIndex(dialog.style_box.findData(Style.RECORD.value))
    assert dialog.printed.style is Style.RECORD
    assert "record copy" in text(dialog.printed.pdf).lower()
    for control in (dialog.style_box, dialog.print_button, dialog.save_button, dialog.scroll):
        assert control.accessibleName() and control.accessibleDescription()


def test_bigger_and_smaller_change_the_page_size_on_screen(qtbot, book) -> None:
    dialog = PrintPreviewDialog(book, latest_version(book, "Priya"))
    qtbot.addWidget(dialog)
    first = dialog.pages_layout.itemAt(0).widget().pixmap().width()
    qtbot.mouseClick(dialog.bigger, Qt.MouseButton.LeftButton)
    assert dialog.pages_layout.itemAt(0).widget().pixmap().width() > first


def test_save_as_pdf_writes_the_file_with_a_safe_name(qtbot, book, tmp_path, monkeypatch) -> None:
    dialog = PrintPreviewDialog(book, latest_version(book, "Rhys"))
    qtbot.addWidget(dialog)
    offered = {}

    def choose(_parent, _title, name, _filter):
        offered["name"] = name
        return str(tmp_path / name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert offered["name"].startswith("plan-R-") and "Rhys" not in offered["name"]
    saved = tmp_path / offered["name"]
    assert saved.read_bytes() == dialog.printed.pdf


def test_print_sends_every_page_to_the_printer(qtbot, book, tmp_path) -> None:
    dialog = PrintPreviewDialog(book, latest_version(book, "Bethany"))
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer) == dialog.page_count()
    assert page_count((tmp_path / "printed.pdf").read_bytes()) == dialog.page_count()


def test_the_print_button_on_a_persons_page_opens_the_preview(qtbot, book, monkeypatch) -> None:
    window = MainWindow(book)
    qtbot.addWidget(window)
    window.show_person(person_id(book, "Rhys"))
    opened = []
    monkeypatch.setattr(PrintPreviewDialog, "exec", lambda self: opened.append(self) or 0)
    qtbot.mouseClick(window.person_page.print_button, Qt.MouseButton.LeftButton)
    assert opened and opened[0].printed is not None
    assert opened[0].style is Style.EASY_READ


def test_batch_saves_every_plan_due_for_review(qtbot, book, tmp_path) -> None:
    dialog = BatchPrintDialog(book)
    qtbot.addWidget(dialog)
    assert len(dialog.due) >= 3
    with qtbot.waitSignal(dialog.finished_all, timeout=120_000) as done:
        dialog.start_saving(tmp_path)
    assert done.args == [len(dialog.due)]
    assert len(list(tmp_path.glob("plan-*.pdf"))) == len(dialog.due)
    assert dialog.progress.value() == len(dialog.due)
    assert "were saved" in dialog.status.text()


def test_batch_cancel_stops_after_the_plan_being_made(qtbot, book, tmp_path) -> None:
    dialog = BatchPrintDialog(book)
    qtbot.addWidget(dialog)
    dialog.progress.valueChanged.connect(
        lambda _value: qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    )
    with qtbot.waitSignal(dialog.finished_all, timeout=120_000) as done:
        dialog.start_saving(tmp_path)
    assert done.args == [1]
    assert len(list(tmp_path.glob("plan-*.pdf"))) == 1
    assert "Stopped after 1 of" in dialog.status.text()


def test_batch_prints_all_plans_as_one_job(qtbot, book, tmp_path) -> None:
    dialog = BatchPrintDialog(book)
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "all.pdf"))
    with qtbot.waitSignal(dialog.finished_all, timeout=120_000):
        dialog.start_printing(printer)
    assert page_count((tmp_path / "all.pdf").read_bytes()) > len(dialog.due)
