"""Who said it: the person's own words look clearly different from a staff member's."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton

from supportplan.i18n import _
from supportplan.model.kinds import SaidBy
from ui.access import named
from ui.flow_box import FlowBox


def badge_words(said_by: SaidBy, staff_name: str) -> str:
    if said_by is SaidBy.PERSON:
        return _("In my words")
    return _("Staff: {name}").format(name=staff_name) if staff_name else _("Staff")


def badge(said_by: SaidBy, staff_name: str) -> QLabel:
    label = QLabel(badge_words(said_by, staff_name))
    label.setObjectName("personBadge" if said_by is SaidBy.PERSON else "staffBadge")
    return label


class WhoseWords(FlowBox):
    """Two choices, the person first and chosen by default."""

    def __init__(self, person_name: str, staff_name: str) -> None:
        super().__init__()
        self.person = named(
            QRadioButton(_("{name}'s own words").format(name=person_name)),
            _("{name}'s own words").format(name=person_name),
            _("Choose when {name} said this.").format(name=person_name),
        )
        self.staff = named(
            QRadioButton(_("Staff: {name}").format(name=staff_name)),
            _("Staff: {name}").format(name=staff_name),
            _("Choose when a staff member wrote this."),
        )
        self.person.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.person)
        group.addButton(self.staff)
        self.add(QLabel(_("Whose words?")))
        self.add(self.person)
        self.add(self.staff)

    def said_by(self) -> SaidBy:
        return SaidBy.STAFF if self.staff.isChecked() else SaidBy.PERSON

    def reset(self) -> None:
        self.person.setChecked(True)
