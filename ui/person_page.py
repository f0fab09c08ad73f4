"""A person's page: who they are, how they need information, their plans and every version."""

from __future__ import annotations

import html
import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supportplan.book import PlanBook
from supportplan.i18n import _, format_date
from supportplan.model.kinds import EntryKind
from supportplan.needs import needs_words
from supportplan.services.views import PersonView, PlanSummary, VersionSummary
from ui.avatar import avatar
from ui.journey import JourneyDialog
from ui.messages import guarded
from ui.person_dialog import PersonDialog

VERSION_ROLE = Qt.ItemDataRole.UserRole + 1


def version_words(version: VersionSummary) -> tuple[str, str]:
    """The stage of a version, and its dates, in plain words."""
    if version.is_draft:
        stage = _("Being written") if version.number == 1 else _("Review being written")
        when = _("started {date}").format(date=format_date(version.created_at))
    elif version.reviewed:
        stage = _("Agreed, then reviewed")
        when = _("agreed {date}").format(date=format_date(version.agreed_at))
    else:
        stage = _("Agreed")
        when = _("agreed {date}").format(date=format_date(version.agreed_at))
        if version.review_due:
            when += " · " + _("review due {date}").format(date=format_date(version.review_due))
    return stage, when


class PersonPage(QWidget):
    back = Signal()
    open_version = Signal(uuid.UUID)
    changed = Signal()

    def __init__(self, book: PlanBook) -> None:
        super().__init__()
        self._book = book
        self.person: PersonView | None = None
        self.plans: list[PlanSummary] = []

        self.back_button = self._button(_("Back to people"), _("Go back to the list of people."))
        self.back_button.clicked.connect(self.back)
        self.picture = QLabel()
        self.picture.setAccessibleName(_("Photo or initials"))
        self.name = QLabel()
        self.name.setObjectName("pageTitle")
        self.name.setAccessibleName(_("Name"))
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAccessibleName(_("Details"))
        self.needs = QLabel()
        self.needs.setObjectName("needsFlag")
        self.needs.setWordWrap(True)
        self.needs.setAccessibleName(_("How they need information"))
        self.edit_button = self._button(
            _("Change details"), _("Change the person's name, details or needs.")
        )
        self.edit_button.clicked.connect(self._edit)

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([_("Plan"), _("Stage"), _("When")])
        self.tree.setAccessibleName(_("Plans and versions"))
        self.tree.setAccessibleDescription(
            _("Each plan, with every version. Press Enter to open one.")
        )
        self.tree.setRootIsDecorated(True)
        self.tree.setWordWrap(True)
        self.tree.header().setStretchLastSection(True)
        self.tree.itemActivated.connect(self._open_item)
        self.tree.currentItemChanged.connect(self._update_buttons)

        self.open_button = self._button(_("Open"), _("Open the chosen version of the plan."))
        self.open_button.clicked.connect(lambda: self._open_item(self.tree.currentItem()))
        self.start_button = self._button(
            _("Start a new plan"), _("Start a new plan with this person.")
        )
        self.start_button.clicked.connect(self._start_plan)
        self.review_button = self._button(
            _("Start a review"), _("Look again at an agreed plan and see what has changed.")
        )
        self.review_button.clicked.connect(self._start_review)
        self.journey_button = self._button(
            _("See the journey"), _("See how each part of life has gone across every version.")
        )
        self.journey_button.clicked.connect(self._show_journey)
        self.journey_dialog = None
        self.print_button = self._button(
            _("Print"), _("See the chosen version as it will print, then print it or save a PDF.")
        )
        self.print_button.clicked.connect(self._print)

        head = QHBoxLayout()
        head.addWidget(self.picture)
        names = QVBoxLayout()
        names.addWidget(self.name)
        names.addWidget(self.details)
        head.addLayout(names, 1)
        head.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)

        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.review_button)
        actions.addWidget(self.journey_button)
        actions.addWidget(self.print_button)
        actions.addWidget(self.start_button)
        actions.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(head)
        layout.addWidget(self.needs)
        self.about_title = QLabel(_("About me"))
        self.about_title.setObjectName("sectionTitle")
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.RichText)
        self.about.setAccessibleName(_("About me, from the latest plan"))
        self.about.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout.addWidget(self.about_title)
        layout.addWidget(self.about)
        title = QLabel(_("Plans"))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        layout.addWidget(self.tree, 1)
        layout.addLayout(actions)

    def _button(self, text: str, description: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text)
        button.setAccessibleDescription(description)
        return button

    def show_person(self, person_id: uuid.UUID) -> bool:
        person = guarded(self, lambda: self._book.people.get(person_id))
        if person is None:
            return False
        plans = guarded(self, lambda: self._book.plans.plans_for(person_id)) or []
        self.person, self.plans = person, plans
        photo = self._book.people.photo(person_id) if person.has_photo else None
        self.picture.setPixmap(avatar(person.preferred_name, 72, photo))
        title = person.preferred_name + (f"  ({person.pronouns})" if person.pronouns else "")
        self.name.setText(title)
        parts = []
        if person.full_name:
            parts.append(person.full_name)
        if person.date_of_birth:
            parts.append(_("Born {date}").format(date=format_date(person.date_of_birth)))
        self.details.setText(" · ".join(parts))
        needs = needs_words(person.needs)
        self.needs.setText(
            _("How {name} needs information: {needs}").format(
                name=person.preferred_name, needs=" · ".join(needs)
            )
            if needs
            else _("No communication needs recorded yet. Ask {name} what helps.").format(
                name=person.preferred_name
            )
        )
        self._fill_tree()
        self._fill_about_me()
        return True

    def _fill_about_me(self) -> None:
        """The one-page profile from the newest version, so staff meeting the person see it first."""
        latest = self.plans[-1].latest if self.plans else None
        view = guarded(self, lambda: self._book.plans.get(latest.id)) if latest else None
        rows = []
        if view is not None:
            for kind, heading in (
                (EntryKind.LIKED_FOR, _("What people like about me")),
                (EntryKind.MATTERS, _("What matters to me")),
                (EntryKind.SUPPORT_ME, _("How best to support me")),
            ):
                entries = [html.escape(e.text) for e in view.about_me_of(kind)]
                if entries:
                    rows.append(f"<b>{html.escape(heading)}:</b> " + " · ".join(entries))
        self.about.setText(
            "<br>".join(rows)
            or html.escape(_("Nothing written yet. Start a plan to write it together."))
        )

    def _fill_tree(self) -> None:
        self.tree.clear()
        last_item = None
        for number, plan in enumerate(self.plans, start=1):
            top = QTreeWidgetItem(
                [
                    _("Plan {n}, started {date}").format(
                        n=number, date=format_date(plan.created_at)
                    ),
                    "",
                    "",
                ]
            )
            self.tree.addTopLevelItem(top)
            for version in plan.versions:
                stage, when = version_words(version)
                item = QTreeWidgetItem([_("Version {n}").format(n=version.number), stage, when])
                item.setData(0, VERSION_ROLE, version)
                top.addChild(item)
                last_item = item
            top.setExpanded(True)
        if last_item is not None:
            self.tree.setCurrentItem(last_item)
        for column in range(2):
            self.tree.resizeColumnToContents(column)
        self._update_buttons()

    def _current_version(self) -> VersionSummary | None:
        item = self.tree.currentItem()
        return item.data(0, VERSION_ROLE) if item else None

    def _update_buttons(self) -> None:
        version = self._current_version()
        self.open_button.setEnabled(version is not None)
        if version is not None and version.is_draft:
            self.open_button.setText(_("Carry on writing"))
        else:
            self.open_button.setText(_("Open"))
        self.open_button.setAccessibleName(self.open_button.text())
        latest = self._latest_of(version)
        self.review_button.setEnabled(latest is not None and not latest.is_draft)
        plan = self._plan_of(version)
        self.journey_button.setEnabled(plan is not None and len(plan.versions) >= 2)
        self.print_button.setEnabled(version is not None)

    def _latest_of(self, version: VersionSummary | None) -> VersionSummary | None:
        if version is None:
            return None
        plan = next((p for p in self.plans if p.id == version.plan_id), None)
        return plan.latest if plan else None

    def _plan_of(self, version: VersionSummary | None) -> PlanSummary | None:
        if version is None:
            return None
        return next((p for p in self.plans if p.id == version.plan_id), None)

    def _open_item(self, item: QTreeWidgetItem | None) -> None:
        version = item.data(0, VERSION_ROLE) if item else None
        if version is not None:
            self.open_version.emit(version.id)

    def _start_plan(self) -> None:
        if self.person is None:
            return
        view = guarded(self, lambda: self._book.plans.start(self.person.id))
        if view is not None:
            self.changed.emit()
            self.open_version.emit(view.id)

    def _start_review(self) -> None:
        version = self._current_version()
        if version is None:
            return
        view = guarded(self, lambda: self._book.plans.start_review(version.plan_id))
        if view is not None:
            self.changed.emit()
            self.open_version.emit(view.id)

    def _show_journey(self) -> None:
        version = self._current_version()
        if version is not None:
            self.journey_dialog = JourneyDialog(self._book, version.plan_id, self)
            self.journey_dialog.open()

    def _print(self) -> None:
        from ui.print_preview import PrintPreviewDialog

        version = self._current_version()
        if version is not None:
            dialog = PrintPreviewDialog(self._book, version.id, self)
            dialog.exec()
            dialog.deleteLater()

    def _edit(self) -> None:
        if self.person is None:
            return
        person = self.person
        photo = self._book.people.photo(person.id) if person.has_photo else None

        def save(values: dict) -> object:
            saved = self._book.people.edit(person.id, **values)
            if dialog.photo_changed:
                saved = self._book.people.set_photo(person.id, dialog.photo)
            return saved

        dialog = PersonDialog(self, person, photo, save=save)
        if dialog.exec():
            self.show_person(person.id)
            self.changed.emit()
