"""About me: the one-page profile — what people like about me, what matters, how to support me."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from supportplan.i18n import _
from supportplan.model.kinds import ABOUT_ME, EntryKind
from supportplan.services.views import VersionView
from ui.entry_list import EntryList
from ui.pictures import pixmap
from ui.plan_document import PlanDocument


class AboutMePage(QWidget):
    def __init__(self, doc: PlanDocument) -> None:
        super().__init__()
        line = self.fontMetrics().height()
        picture = QLabel()
        picture.setPixmap(pixmap("about_me", line * 5))
        name = doc.view.person.preferred_name
        title = QLabel(_("About me"))
        title.setObjectName("pageTitle")
        intro = QLabel(
            _("A page about {name}: what people like, what matters, and how best to help.").format(
                name=name
            )
        )
        intro.setObjectName("question")
        intro.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(intro)
        top = QHBoxLayout()
        top.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        self.lists = {
            EntryKind.LIKED_FOR: EntryList(
                doc,
                ABOUT_ME,
                EntryKind.LIKED_FOR,
                _("What people like about me"),
                _("Add what people like"),
                _("For example: I am kind and funny."),
            ),
            EntryKind.MATTERS: EntryList(
                doc,
                ABOUT_ME,
                EntryKind.MATTERS,
                _("What matters to me"),
                _("Add what matters"),
                _("For example: Seeing my family every week."),
            ),
            EntryKind.SUPPORT_ME: EntryList(
                doc,
                ABOUT_ME,
                EntryKind.SUPPORT_ME,
                _("How best to support me"),
                _("Add how to support me"),
                _("For example: Talk to me slowly and give me time."),
            ),
        }
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        for entry_list in self.lists.values():
            layout.addWidget(entry_list)
        layout.addStretch(1)

    def show_version(self, view: VersionView, last: VersionView | None = None) -> None:
        for kind, entry_list in self.lists.items():
            entry_list.show_entries(view.about_me_of(kind))

    def pending(self) -> list:
        return [w for w in self.lists.values() if w.pending().strip()]
