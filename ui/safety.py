"""The Safety and Person menus of the main window, and the daily backup while it is open.

Kept out of main_window.py so that window stays about people and plans: ``install(window)``
adds everything here to it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from supportplan.errors import PlanTogetherError
from supportplan.i18n import _
from supportplan.printing import latest_plan_pdf
from supportplan.storage.restore import restore
from ui.audit_view import AuditDialog
from ui.backups_view import BackupsDialog
from ui.lock import LockGuard
from ui.messages import show_problem
from ui.rights_view import EraseDialog, QuietPeopleDialog
from ui.staff_admin import ChangePasswordDialog, StaffAccountsDialog

if TYPE_CHECKING:
    from ui.main_window import MainWindow

BACKUP_CHECK_MS = 60 * 60 * 1000  # look once an hour whether a day has passed since the last


def unlocked_warning() -> str:
    return _(
        "This plan book is not locked with a password: anyone with the file can read it. "
        "Use it only for practice."
    )


def _action(window: QWidget, menu, text: str, slot, shortcut=None) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(shortcut)
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def install(window: MainWindow) -> None:
    book = window.book
    bar = window.menuBar()
    help_menu = bar.actions()[-1]  # Safety and Person go before Help
    menu = bar.addMenu(_("&Safety"))
    bar.insertMenu(help_menu, menu)
    _action(window, menu, _("&Lock now"), lambda: lock_now(), QKeySequence("Ctrl+L"))
    _action(window, menu, _("&Backups…"), lambda: show_backups(window))
    _action(
        window, menu, _("&Who did what (audit trail)…"), lambda: AuditDialog(book, window).exec()
    )
    _action(window, menu, _("People &not seen for a long time…"), lambda: show_quiet(window))
    if book.encrypted:
        menu.addSeparator()
        _action(
            window,
            menu,
            _("&Change my password…"),
            lambda: ChangePasswordDialog(book, window).exec(),
        )
        staff = _action(
            window,
            menu,
            _("&Staff who can sign in…"),
            lambda: StaffAccountsDialog(book, window).exec(),
        )
        staff.setEnabled(book.accounts.is_admin())

    person_menu = bar.addMenu(_("&Person"))
    bar.insertMenu(help_menu, person_menu)
    person_actions = [
        _action(
            window,
            person_menu,
            _("&Everything we hold about this person…"),
            lambda: export_everything(window),
        ),
        _action(
            window,
            person_menu,
            _("&Who did what with this person…"),
            lambda: show_person_audit(window),
        ),
        _action(window, person_menu, _("E&rase this person…"), lambda: erase_person(window)),
    ]

    def follow_page() -> None:
        on_person = window.pages.currentWidget() is window.person_page
        for action in person_actions:
            action.setEnabled(on_person)
        person_actions[2].setEnabled(on_person and book.accounts.is_admin())

    window.pages.currentChanged.connect(lambda _index: follow_page())
    follow_page()

    timer = QTimer(window)
    timer.setInterval(BACKUP_CHECK_MS)
    timer.timeout.connect(lambda: daily_backup(window))
    timer.start()
    window.backup_timer = timer


def lock_now() -> None:
    guard = LockGuard.of()
    if guard is not None:
        guard.lock()


def daily_backup(window: MainWindow) -> None:
    try:
        if window.book.is_open and window.book.backups.due():
            window.book.backups.make()
    except PlanTogetherError as error:
        window.statusBar().showMessage(str(error), 15000)


def show_backups(window: MainWindow) -> None:
    dialog = BackupsDialog(window.book, window)
    dialog.restore_chosen.connect(lambda path: restore_and_close(window, path))
    dialog.exec()


def restore_and_close(window: MainWindow, backup: Path) -> None:
    """Close the book, put the backup back (the current file is kept aside), then close."""
    if not window.close_workspace():  # typing that cannot be saved yet: change nothing
        return
    book = window.book
    path, key = book.path, book.key
    book.close()
    try:
        aside = restore(path, backup, key)
    except PlanTogetherError as error:
        show_problem(window, str(error) + " " + _("Plan Together will close now."))
    else:
        QMessageBox.information(
            window,
            _("Plan Together"),
            _(
                "The backup is back. The plan book as it was is kept as {file}. "
                "Plan Together will close now: start it again and sign in."
            ).format(file=aside.name if aside else "-"),
        )
    window.close()


def show_quiet(window: MainWindow) -> None:
    dialog = QuietPeopleDialog(window.book, window)
    dialog.person_chosen.connect(window.show_person)
    dialog.exec()


def show_person_audit(window: MainWindow) -> None:
    person = window.person_page.person
    if person is not None:
        AuditDialog(window.book, window, person.id).exec()


def export_everything(window: MainWindow) -> None:
    person = window.person_page.person
    if person is None:
        return
    folder = QFileDialog.getExistingDirectory(
        window,
        _("Choose where to save everything we hold about {name}").format(
            name=person.preferred_name
        ),
    )
    if not folder:
        return
    try:
        files = window.book.rights.everything(person.id, Path(folder), pdf_maker=latest_plan_pdf)
    except PlanTogetherError as error:
        show_problem(window, str(error))
        return
    QMessageBox.information(
        window,
        _("Plan Together"),
        _("Saved everything we hold about {name}:\n{files}").format(
            name=person.preferred_name, files="\n".join(f.name for f in files)
        ),
    )


def erase_person(window: MainWindow) -> None:
    person = window.person_page.person
    if person is not None and EraseDialog(window.book, person, window).exec():
        window.statusBar().showMessage(
            _("{name} was erased.").format(name=person.preferred_name), 10000
        )
        window.show_home()
