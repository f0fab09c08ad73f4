"""Start the app: open the plan book, find out who is using it, show the main window."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from supportplan.book import PlanBook
from supportplan.errors import PlanTogetherError
from supportplan.i18n import _
from supportplan.paths import default_db_path
from ui import theme
from ui.main_window import MainWindow
from ui.staff_dialog import ChooseStaffDialog, FirstRunDialog


def open_book(args: argparse.Namespace) -> tuple[PlanBook, Path | None]:
    """The plan book to use, and a folder to delete at the end for a throwaway demo book."""
    if args.demo:
        from supportplan.demo import generate

        folder = Path(tempfile.mkdtemp(prefix="plan-together-demo-"))
        book = PlanBook.open(folder / "demo.db", demo=True)
        generate(book)
        book.staff.act_as(book.staff.list()[0].id)
        return book, folder
    return PlanBook.open(args.db or default_db_path()), None


def choose_staff(book: PlanBook) -> bool:
    if book.staff_id is not None:
        return True
    dialog = FirstRunDialog(book) if not book.staff.list() else ChooseStaffDialog(book)
    return dialog.exec() == QDialog.DialogCode.Accepted


def run_app(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Plan Together")
    app.setApplicationDisplayName(_("Plan Together"))
    theme.apply(app)
    try:
        book, throwaway = open_book(args)
    except PlanTogetherError as error:
        QMessageBox.critical(None, _("Plan Together"), str(error))
        return 1
    try:
        settings = book.settings.all()
        theme.apply(app, settings["text_scale"], settings["high_contrast"])
        if not choose_staff(book):
            return 0
        window = MainWindow(book)
        window.show()
        return app.exec()
    finally:
        book.close()
        if throwaway is not None:
            shutil.rmtree(throwaway, ignore_errors=True)
