"""Backups: see them, back up now or to a USB stick, and put one back after seeing what it holds."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from supportplan.book import PlanBook
from supportplan.errors import PlanTogetherError
from supportplan.i18n import _, format_date
from supportplan.storage.backups import BackupContents
from ui.controls import button, fit, problem_label, words


def when(contents_or_backup) -> str:
    made = contents_or_backup.made_at.astimezone()
    return f"{format_date(made)} {made.strftime('%H:%M')}"


def holds(contents: BackupContents) -> str:
    return _(
        "From {when}. It holds {people} people and {plans} plans ({versions} versions)."
    ).format(
        when=when(contents),
        people=contents.people,
        plans=contents.plans,
        versions=contents.versions,
    )


class BackupsDialog(QDialog):
    """``restore_chosen`` carries a backup the user has looked at and chosen to put back."""

    restore_chosen = Signal(Path)

    def __init__(self, book: PlanBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self.setWindowTitle(_("Backups"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumSize(640, 460)
        self.backups = QListWidget()
        self.backups.setAccessibleName(_("Backups, newest first"))
        self.backups.setAccessibleDescription(_("Choose one to see what it holds."))
        self.backups.currentItemChanged.connect(self._show_contents)
        self.contents = words("", _("What the backup holds"))
        self.problem = problem_label()
        now = button(_("Back up now"), _("Make a backup on this laptop now."))
        now.clicked.connect(self.back_up_now)
        elsewhere = button(
            _("Back up to a USB stick…"), _("Save a locked copy in a folder you choose.")
        )
        elsewhere.clicked.connect(self._back_up_elsewhere)
        self.put_back = button(
            _("Put this backup back…"),
            _("Replace the plan book with this backup. The plan book now is kept aside."),
        )
        self.put_back.clicked.connect(self._put_back)
        close = button(_("Close"), _("Close this window."))
        close.clicked.connect(self.accept)
        self.backups.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 16)
        column = QVBoxLayout()
        for made in (now, elsewhere, self.put_back):
            column.addWidget(made)
        column.addStretch(1)
        column.addWidget(close)
        left = QVBoxLayout()
        left.addWidget(self.backups, 1)
        left.addWidget(self.contents)
        left.addWidget(self.problem)
        row = QHBoxLayout()
        row.addLayout(left, 1)
        row.addLayout(column)
        layout = QVBoxLayout(self)
        layout.addWidget(
            words(
                _(
                    "Plan Together backs up when you close it and once a day. "
                    "Backups are locked like the plan book. The newest {n} are kept."
                ).format(n=book.settings.get("backups_kept"))
            )
        )
        layout.addLayout(row, 1)
        self.refresh()
        fit(self)

    def refresh(self) -> None:
        self.backups.clear()
        for backup in self._book.backups.list():
            item = QListWidgetItem(when(backup))
            item.setData(Qt.ItemDataRole.UserRole, backup.path)
            self.backups.addItem(item)
        self.backups.setCurrentRow(0)
        self.put_back.setEnabled(self.backups.count() > 0)

    def _show_contents(self) -> BackupContents | None:
        item = self.backups.currentItem()
        if item is None:
            self.contents.setText(_("There are no backups yet."))
            return None
        try:
            contents = self._book.backups.describe(item.data(Qt.ItemDataRole.UserRole))
        except PlanTogetherError as error:
            self.contents.setText(str(error))
            return None
        self.contents.setText(holds(contents))
        return contents

    def back_up_now(self, folder: Path | None = None) -> None:
        try:
            self._book.backups.make(folder)
        except PlanTogetherError as error:
            self.problem.setText(str(error))
            return
        self.problem.clear()
        self.refresh()

    def _back_up_elsewhere(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, _("Choose where to save the backup"))
        if folder:
            self.back_up_now(Path(folder))

    def _put_back(self) -> None:
        contents = self._show_contents()
        if contents is None:
            return
        answer = QMessageBox.question(
            self,
            _("Put this backup back?"),
            holds(contents)
            + "\n\n"
            + _(
                "The plan book as it is now is kept aside, not deleted. "
                "Plan Together then closes; start it again and sign in."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_chosen.emit(contents.path)
            self.accept()
