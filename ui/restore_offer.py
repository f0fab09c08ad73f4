"""When the plan book file is damaged: say so plainly and offer the newest good backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from supportplan.errors import PlanTogetherError
from supportplan.i18n import _, format_date
from supportplan.storage.restore import newest_good_backup, restore
from ui.messages import show_problem


def offer_restore(parent: QWidget | None, path: Path, key: bytes | None) -> bool:
    """Ask to put back the newest good backup; True if it was put back. The damaged file is
    renamed and kept beside it, never overwritten or deleted."""
    backup = newest_good_backup(path, key)
    if backup is None:
        show_problem(
            parent,
            _(
                "The plan book file is damaged and there is no good backup of it here. "
                "The file has not been changed. Please ask your IT support for help."
            ),
        )
        return False
    question = _(
        "The plan book file is damaged. Nothing more was changed.\n\n"
        "The newest good backup is from {date}. It holds {people} people and {plans} plans.\n\n"
        "Put it back? The damaged file is kept beside it, renamed."
    ).format(date=format_date(backup.made_at), people=backup.people, plans=backup.plans)
    box = QMessageBox(QMessageBox.Icon.Warning, _("Plan Together"), question, parent=parent)
    put_back = box.addButton(_("Put the backup back"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_("Not now"), QMessageBox.ButtonRole.RejectRole)
    box.setAccessibleName(_("The plan book is damaged"))
    box.setAccessibleDescription(question)
    box.exec()
    if box.clickedButton() is not put_back:
        return False
    try:
        restore(path, backup.path, key, why="damaged")
    except PlanTogetherError as error:
        show_problem(parent, str(error))
        return False
    return True
