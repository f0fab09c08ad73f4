"""First run: the organisation, the first staff member and password, then the recovery key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from supportplan.book import PlanBook
from supportplan.errors import PlanTogetherError
from supportplan.i18n import _
from supportplan.security.access import create_book
from ui.controls import button, fit, line, problem_label, words


class FirstRunDialog(QDialog):
    """A new plan book: who you work for, your name, and your own password."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.book: PlanBook | None = None
        self.recovery_key = ""
        self.setWindowTitle(_("Welcome to Plan Together"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)
        self.organisation = line(
            _("Your organisation's name"), _("Printed on plans as who made them.")
        )
        self.name = line(_("Your name"), _("Shown beside what you write: Staff: your name."))
        self.password = line(
            _("Choose a password"),
            _("At least 8 characters. A short sentence you will remember works well."),
            secret=True,
        )
        self.again = line(_("Password again"), _("Type the same password once more."), secret=True)
        form = QFormLayout()
        form.addRow(_("Your organisation's name"), self.organisation)
        form.addRow(_("Your name"), self.name)
        form.addRow(_("Choose a password"), self.password)
        form.addRow(_("Password again"), self.again)
        self.problem = problem_label()
        self.start = button(_("Set up Plan Together"), _("Make the locked plan book and sign in."))
        self.start.setDefault(True)
        self.start.clicked.connect(self._save)
        close = button(_("Close"), _("Close without setting up."))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.start)
        layout = QVBoxLayout(self)
        layout.addWidget(
            words(
                _(
                    "This is a new plan book. Everything in it is locked with your password, "
                    "so only staff who sign in can read it. You will be admin: you can add "
                    "other staff later."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        fit(self)

    def _save(self) -> None:
        if self.password.text() != self.again.text():
            self.problem.setText(_("The two passwords are not the same."))
            return
        try:
            self.book, self.recovery_key = create_book(
                self.path, self.organisation.text(), self.name.text(), self.password.text()
            )
        except PlanTogetherError as error:
            self.problem.setText(str(error))
            return
        RecoveryKeyDialog(self.recovery_key, self).exec()
        self.accept()


def _two_lines(recovery_key: str) -> str:
    groups = recovery_key.split("-")
    half = len(groups) // 2
    return "-".join(groups[:half]) + "-<br>" + "-".join(groups[half:])


def recovery_page(recovery_key: str) -> QTextDocument:
    """The printed page: the key in big letters, and what it is for, in plain words."""
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 16))
    document.setHtml(
        "<h1>{title}</h1><p>{why}</p><p style='font-size:24pt; font-family:monospace'>"
        "<b>{key}</b></p><p>{keep}</p>".format(
            title=_("Plan Together recovery key"),
            why=_("This key opens the plan book if every staff password is lost."),
            key=_two_lines(recovery_key),
            keep=_("Keep this page locked away, apart from the laptop. Do not photograph it."),
        )
    )
    return document


class RecoveryKeyDialog(QDialog):
    """Shown once. Carry on is only possible after saying the key has been kept."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recovery_key = recovery_key
        self.setWindowTitle(_("Your recovery key"))
        self.setAccessibleName(self.windowTitle())
        self.key = QLabel(recovery_key)
        self.key.setObjectName("pageTitle")
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key.setAccessibleName(_("Recovery key"))
        self.key.setAccessibleDescription(recovery_key)
        print_button = button(_("Print this key"), _("Print the recovery key on paper."))
        print_button.clicked.connect(self.print_key)
        self.kept = QCheckBox(_("I have printed or written down the key and will lock it away"))
        self.kept.setAccessibleName(self.kept.text())
        self.kept.setAccessibleDescription(_("Tick to carry on."))
        self.carry_on = button(_("Carry on"), _("Start using Plan Together."))
        self.carry_on.setEnabled(False)
        self.kept.toggled.connect(self.carry_on.setEnabled)
        self.carry_on.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(print_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            words(
                _(
                    "If every password is lost, this key is the only way to open the plan book. "
                    "It is shown only now. Print it, or write it down, and keep it locked away."
                )
            )
        )
        layout.addWidget(self.key)
        layout.addLayout(row)
        layout.addWidget(self.kept)
        layout.addWidget(self.carry_on, 0, Qt.AlignmentFlag.AlignRight)
        fit(self)

    def reject(self) -> None:  # it must be seen through: Escape does not skip it
        pass

    def print_key(self) -> None:
        # Printing only: a saved file on the laptop would sit beside the book it opens.
        printer = QPrinter()
        if QPrintDialog(printer, self).exec():
            recovery_page(self.recovery_key).print_(printer)
