"""Home: everyone in the plan book, search as you type, add a person, and reviews due."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from supportplan.book import PlanBook
from supportplan.i18n import _, format_date, format_number, ngettext
from ui.messages import guarded
from ui.people_model import PERSON_ROLE, PeopleModel

SEARCH_PAUSE_MS = 120  # wait for a pause in typing before searching


def _due_words(name: str, due: date, today: date) -> str:
    """How one review due reads, e.g. "Rhys: due 22 December 2026 (in 20 days)"."""
    days = (due - today).days
    when = format_date(due)
    if days < 0:
        ago = ngettext("{n} day ago", "{n} days ago", -days).format(n=-days)
        return _("{name}: late, was due {date} ({ago})").format(name=name, date=when, ago=ago)
    if days == 0:
        return _("{name}: due today").format(name=name)
    soon = ngettext("in {n} day", "in {n} days", days).format(n=days)
    return _("{name}: due {date} ({soon})").format(name=name, date=when, soon=soon)


class HomePage(QWidget):
    """Find a person or add one. Opening a person emits ``person_chosen``."""

    person_chosen = Signal(uuid.UUID)
    add_person = Signal()

    def __init__(self, book: PlanBook) -> None:
        super().__init__()
        self._book = book
        self.setObjectName("home")

        title = QLabel(_("People"))
        title.setObjectName("pageTitle")
        title.setAccessibleName(_("People"))

        self.search = QLineEdit()
        self.search.setPlaceholderText(_("Type a name"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(_("Find a person"))
        self.search.setAccessibleDescription(
            _("Type part of a name. The list below shows who matches.")
        )
        self.search.textChanged.connect(self._search_soon)
        self.search.returnPressed.connect(self._open_first)

        self.add_button = QPushButton(_("Add a person"))
        self.add_button.setAccessibleName(_("Add a person"))
        self.add_button.setAccessibleDescription(
            _("Add someone new, with how they like information given.")
        )
        self.add_button.clicked.connect(self.add_person)

        self.model = PeopleModel(book.people.photo)
        self.people = QListView()
        self.people.setModel(self.model)
        line = self.people.fontMetrics().lineSpacing()
        self.people.setIconSize(QSize(line * 2 + 8, line * 2 + 8))
        self.people.setSpacing(4)
        self.people.setWordWrap(True)
        self.people.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.people.setUniformItemSizes(True)
        self.people.setAccessibleName(_("People in the plan book"))
        self.people.setAccessibleDescription(_("Press Enter or double-click to open a person."))
        self.people.activated.connect(self._open_index)
        self.people.doubleClicked.connect(self._open_index)

        self.count = QLabel()
        self.count.setAccessibleName(_("How many people are shown"))

        self.due_title = QLabel(_("Reviews due"))
        self.due_title.setObjectName("sectionTitle")
        self.due_title.setWordWrap(True)
        self.due = QListWidget()
        self.due.setWordWrap(True)  # long names and dates wrap rather than hide
        self.due.setResizeMode(QListView.ResizeMode.Adjust)
        self.due.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.due.setAccessibleName(_("Reviews due"))
        self.due.setAccessibleDescription(
            _("Reviews that are late, and those due in the next 30 days.")
        )
        self.due.itemActivated.connect(self._open_due)
        self.due.itemDoubleClicked.connect(self._open_due)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.add_button)

        left = QVBoxLayout()
        left.addWidget(title)
        left.addLayout(top)
        left.addWidget(self.people, 1)
        left.addWidget(self.count)

        right = QVBoxLayout()
        right.addWidget(self.due_title)
        right.addWidget(self.due, 1)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self._timer.timeout.connect(self.refresh_people)
        self.setTabOrder(self.search, self.add_button)
        self.setTabOrder(self.add_button, self.people)
        self.setTabOrder(self.people, self.due)

    def refresh(self) -> None:
        self.model.forget_pictures()
        self.refresh_people()
        self.refresh_due()

    def refresh_people(self) -> None:
        people = guarded(self, lambda: self._book.people.find(self.search.text()))
        if people is None:
            return
        self.model.set_people(people)
        if self.search.text().strip():
            self.count.setText(
                ngettext("{n} found", "{n} found", len(people)).format(n=format_number(len(people)))
                if people
                else _("Nobody with that name. Check the spelling, or add them.")
            )
        else:
            self.count.setText(
                ngettext("{n} person", "{n} people", len(people)).format(
                    n=format_number(len(people))
                )
            )
        if people:
            self.people.setCurrentIndex(self.model.index(0))

    def refresh_due(self) -> None:
        """Late reviews first, under their own heading, then those due in the next 30 days."""
        due = guarded(self, lambda: self._book.plans.due_for_review(30))
        if due is None:
            return
        self.due.clear()
        today = date.today()
        late = [r for r in due if r.overdue]
        soon = [r for r in due if not r.overdue]
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for heading, reviews in (
            (_("Late ({n})").format(n=len(late)), late),
            (_("Due in the next 30 days ({n})").format(n=len(soon)), soon),
        ):
            if not reviews:
                continue
            self._due_heading(heading)
            for review in reviews:
                item = QListWidgetItem(_due_words(review.preferred_name, review.review_due, today))
                item.setData(Qt.ItemDataRole.UserRole, review.person_id)
                if review.overdue:
                    item.setIcon(warning)
                    item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, _("Late"))
                self.due.addItem(item)
        if not due:
            item = QListWidgetItem(_("No reviews due in the next 30 days."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.due.addItem(item)

    def _due_heading(self, words: str) -> None:
        item = QListWidgetItem(words)
        font = QFont(self.due.font())
        font.setBold(True)
        item.setFont(font)
        # A heading: shown in full contrast (enabled) but it cannot be chosen.
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.due.addItem(item)

    def _search_soon(self) -> None:
        self._timer.start()

    def _open_first(self) -> None:
        self._timer.stop()
        self.refresh_people()
        if self.model.rowCount():
            self._open_index(self.people.currentIndex())

    def _open_index(self, index) -> None:
        if index.isValid():
            self.person_chosen.emit(index.data(PERSON_ROLE).id)

    def _open_due(self, item: QListWidgetItem) -> None:
        person_id = item.data(Qt.ItemDataRole.UserRole)
        if person_id:
            self.person_chosen.emit(person_id)
