"""Start the app: open the plan book (set it up, or sign in), lock when idle, show the window."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from supportplan.book import PlanBook
from supportplan.errors import DamagedBook, PlanTogetherError
from supportplan.i18n import _
from supportplan.paths import default_db_path
from supportplan.security import access
from ui import fonts, language, theme
from ui.first_run import FirstRunDialog
from ui.lock import LockGuard
from ui.main_window import MainWindow
from ui.restore_offer import offer_restore
from ui.sign_in import GATE, SignInDialog
from ui.staff_dialog import ChooseStaffDialog
from ui.staff_dialog import FirstRunDialog as PlainFirstRunDialog


def app_icon() -> QIcon:
    """Our own icon (resources/icons/plan-together.svg, drawn as a PNG by installer/make_icons.py)."""
    picture = resources.files("resources") / "icons" / "plan-together-256.png"
    return QIcon(QPixmap.fromImage(QImage.fromData(picture.read_bytes())))


def open_book(args: argparse.Namespace) -> tuple[PlanBook | None, Path | None]:
    """The plan book to use (None if the person closed sign-in), and a folder to delete at the
    end for a throwaway demo book."""
    if args.demo:
        from supportplan.demo import generate

        folder = Path(tempfile.mkdtemp(prefix="plan-together-demo-"))
        book = PlanBook.open(folder / "demo.db", demo=True)
        generate(book)
        book.staff.act_as(book.staff.list()[0].id)
        return book, folder
    path = args.db or default_db_path()
    if access.needs_setting_up(path) or access.is_encrypted(path):
        dialog = FirstRunDialog(path) if access.needs_setting_up(path) else SignInDialog(path)
        return (dialog.book if dialog.exec() else None), None
    # A plain book (a practice book from "main.py demo"): opened as it is, with a warning shown.
    try:
        return PlanBook.open(path), None
    except DamagedBook:
        if offer_restore(None, path, None):
            return PlanBook.open(path), None
        raise


def choose_staff(book: PlanBook) -> bool:
    if book.staff_id is not None:
        return True
    dialog = PlainFirstRunDialog(book) if not book.staff.list() else ChooseStaffDialog(book)
    return dialog.exec() == QDialog.DialogCode.Accepted


def lock_guard(book: PlanBook, minutes: int) -> LockGuard:
    """The app's lock: the signed-in staff member's password unlocks it (a press, on practice books)."""
    staff = book.staff.current()
    check = (
        (lambda password: book.accounts.check_password(password, GATE)) if book.encrypted else None
    )
    return LockGuard(minutes * 60_000, check, staff.name if staff else "")


def run_app(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Plan Together")
    app.setApplicationDisplayName(_("Plan Together"))
    fonts.install(app)
    language.apply(app, "en")  # until the plan book says; PLAN_TOGETHER_PSEUDO=1 for pseudo
    app.setWindowIcon(app_icon())
    theme.apply(app)
    try:
        book, throwaway = open_book(args)
    except PlanTogetherError as error:
        QMessageBox.critical(None, _("Plan Together"), str(error))
        return 1
    if book is None:
        return 0
    try:
        settings = book.settings.all()
        language.apply(app, settings["app_language"])
        theme.apply(app, settings["text_scale"], settings["high_contrast"])
        if not choose_staff(book):
            return 0
        guard = lock_guard(book, settings["lock_minutes"])
        window = MainWindow(book)
        window.show()
        if os.environ.get("PLAN_TOGETHER_QUIT_WHEN_READY"):  # the installer's smoke test
            QTimer.singleShot(0, lambda: _ready_and_quit(app, window))
        result = app.exec()
        guard.stop()
        return result
    finally:
        if book.is_open:
            if throwaway is None:
                try:
                    book.backups.make()  # a backup every time the app closes
                except PlanTogetherError as error:
                    QMessageBox.warning(None, _("Plan Together"), str(error))
            book.close()
        if throwaway is not None:
            shutil.rmtree(throwaway, ignore_errors=True)


def _ready_and_quit(app: QApplication, window: MainWindow) -> None:
    print(f"ready: home lists {window.home.model.rowCount()} people", flush=True)
    app.quit()
