"""The pilot review, for the working group: what people said and what changed, across all plans.

Everything here is worked out by the database (``book.pilot``); this window only shows it.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from supportplan.book import PlanBook
from supportplan.i18n import _, ngettext
from supportplan.model.kinds import Audience
from supportplan.pilot import PilotFilter, PilotReview
from supportplan.services.pilot import PilotChoices
from ui.charts import whole
from ui.messages import guarded
from ui.pilot_figures import ChangePage, GoalsPage, ViewsPage
from ui.pilot_tabs import CommentsPage, FeelingsPage, scrolling

PAUSE_MS = 150  # wait for a pause in typing or clicking before working the figures out again


def described(widget: QWidget, name: str, description: str) -> QWidget:
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    return widget


def _chosen_id(combo: QComboBox) -> uuid.UUID | None:
    # Ids are kept in the combo boxes as text: Qt compares text, not Python objects.
    value = combo.currentData()
    return uuid.UUID(value) if value else None


class PilotFilters(QWidget):
    """Which plans to look at: a date range, a staff member, a version of the questions."""

    changed = Signal()

    def __init__(self, choices: PilotChoices) -> None:
        super().__init__()
        self.use_dates = QCheckBox(_("Only between these dates"))
        described(
            self.use_dates,
            _("Only between these dates"),
            _("Tick to look only at plan versions agreed between the two dates."),
        )
        self.start, self.end = QDateEdit(), QDateEdit()
        for edit, words, day in (
            (self.start, _("From"), choices.first_day),
            (self.end, _("To"), choices.last_day),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            if day is not None:
                edit.setDate(QDate(day.year, day.month, day.day))
            edit.setEnabled(False)
            described(edit, words, _("A date. Both ends are included."))
            edit.dateChanged.connect(self.changed)
        self.use_dates.toggled.connect(self._dates_on)
        self.staff = QComboBox()
        self.staff.addItem(_("Everyone"), None)
        for member in choices.staff:
            self.staff.addItem(member.name, str(member.id))
        described(self.staff, _("Staff member"), _("Look only at plans this person wrote."))
        self.template = QComboBox()
        self.template.addItem(_("Every version"), None)
        for template in choices.templates:
            self.template.addItem(
                _("{name}, version {n}").format(name=_(template.name), n=template.version),
                str(template.id),
            )
        described(
            self.template,
            _("Version of the questions"),
            _("Look only at plans written with this version of the questions."),
        )
        for combo in (self.staff, self.template):
            combo.currentIndexChanged.connect(self.changed)

        # Labels above their fields, so the column stays narrow at a large text size.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.use_dates)
        dates = QGridLayout()
        for column, (words, edit) in enumerate(((_("&From"), self.start), (_("&To"), self.end))):
            dates.addWidget(self._label(words, edit), 0, column)
            dates.addWidget(edit, 1, column)
        layout.addLayout(dates)
        for words, field in ((_("&Staff member"), self.staff), (_("&Questions"), self.template)):
            layout.addWidget(self._label(words, field))
            layout.addWidget(field)

    def _label(self, words: str, buddy: QWidget) -> QLabel:
        label = QLabel(words)
        label.setBuddy(buddy)
        # a little room to spare: some fonts draw a short word wider than they measure it
        label.setMinimumWidth(label.sizeHint().width() + label.fontMetrics().averageCharWidth())
        return label

    def _dates_on(self, on: bool) -> None:
        self.start.setEnabled(on)
        self.end.setEnabled(on)
        self.changed.emit()

    def value(self) -> PilotFilter:
        dates = self.use_dates.isChecked()
        return PilotFilter(
            start=self.start.date().toPython() if dates else None,
            end=self.end.date().toPython() if dates else None,
            staff_id=_chosen_id(self.staff),
            template_id=_chosen_id(self.template),
        )


class PilotReviewWindow(QDialog):
    """Filters on top, the figures in pages below, and "Save anonymised CSV…"."""

    def __init__(self, book: PlanBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self.review: PilotReview | None = None
        self.setWindowTitle(_("Pilot review"))
        self.setAccessibleName(_("Pilot review"))
        self.resize(1150, 820)

        title = QLabel(_("Pilot review"))
        title.setObjectName("pageTitle")
        title.setWordWrap(True)
        title.setAccessibleName(title.text())
        choices = guarded(parent, book.pilot.choices) or PilotChoices((), (), None, None)
        self.filters = PilotFilters(choices)
        self.counts = QLabel()
        self.counts.setObjectName("sectionTitle")
        self.counts.setWordWrap(True)
        self.counts.setAccessibleName(_("How many plans are counted"))

        self.person_feelings = FeelingsPage(
            Audience.PERSON, _("What each person said at the end of their planning sessions.")
        )
        self.staff_feelings = FeelingsPage(
            Audience.STAFF, _("What staff said at the end of each planning session.")
        )
        self.comments = CommentsPage(self._comments_soon)
        self.views = ViewsPage()
        self.change = ChangePage()
        self.goals = GoalsPage()
        self.pages = QStackedWidget()
        self.page_list = QListWidget()
        described(
            self.page_list,
            _("Pages of the pilot review"),
            _("Choose a page with the arrow keys. It shows on the right."),
        )
        for page, words in (
            (scrolling(self.person_feelings, _("How people felt")), _("How people felt")),
            (scrolling(self.staff_feelings, _("How staff felt")), _("How staff felt")),
            (self.comments, _("Comments")),
            (scrolling(self.views, _("Do views match?")), _("Do views match?")),
            (scrolling(self.change, _("What changed")), _("What changed")),
            (scrolling(self.goals, _("Goals")), _("Goals")),
        ):
            self.pages.addWidget(page)
            self.page_list.addItem(words)
        self.page_list.setSpacing(3)
        self.page_list.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.page_list.setCurrentRow(0)
        # Tall enough for every page name; the side column scrolls if the window is short.
        rows = sum(self.page_list.sizeHintForRow(r) + 6 for r in range(self.page_list.count()))
        self.page_list.setFixedHeight(rows + 2 * self.page_list.frameWidth() + 6)

        self.save_button = QPushButton(_("Save anonymised CSV…"))
        described(
            self.save_button,
            _("Save anonymised CSV"),
            _("Save the figures for a spreadsheet, with codes instead of names and no comments."),
        )
        self.save_button.clicked.connect(self.save_csv)
        self.saved = QLabel()
        self.saved.setObjectName("saved")
        self.saved.setWordWrap(True)
        self.close_button = QPushButton(_("Close"))
        described(self.close_button, _("Close"), _("Close the pilot review."))
        self.close_button.clicked.connect(self.accept)

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved, 1)
        buttons.addWidget(self.close_button)
        side_inner = QWidget()
        side = QVBoxLayout(side_inner)
        side.setContentsMargins(0, 0, 6, 0)
        side.addWidget(self._section(_("Which plans")))
        side.addWidget(self.filters)
        side.addWidget(self._section(_("Pages")))
        side.addWidget(self.page_list)
        side.addStretch(1)
        side_scroll = scrolling(side_inner, _("Which plans, and the pages"))
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_scroll.setFixedWidth(
            side_inner.sizeHint().width() + side_scroll.verticalScrollBar().sizeHint().width() + 4
        )
        main = QVBoxLayout()
        main.addWidget(self.counts)
        main.addWidget(self.pages, 1)
        middle = QHBoxLayout()
        middle.addWidget(side_scroll)
        middle.addLayout(main, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(middle, 1)
        layout.addLayout(buttons)

        self._figures_timer = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._figures_timer.timeout.connect(self.refresh)
        self._comments_timer = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._comments_timer.timeout.connect(self.refresh_comments)
        self.filters.changed.connect(self._figures_timer.start)
        self.refresh()

    def _section(self, words: str) -> QLabel:
        label = QLabel(words)
        label.setObjectName("sectionTitle")
        return label

    def refresh(self) -> None:
        """Work every figure out again for the filter as it is now."""
        chosen = self.filters.value()
        review = guarded(self, lambda: self._book.pilot.review(chosen))
        if review is None:
            return
        self.review = review
        c = review.counts
        self.counts.setText(
            " · ".join(
                (
                    ngettext("{n} person", "{n} people", c.people).format(n=whole(c.people)),
                    ngettext("{n} plan", "{n} plans", c.plans).format(n=whole(c.plans)),
                    ngettext("{n} plan version", "{n} plan versions", c.versions).format(
                        n=whole(c.versions)
                    ),
                    ngettext("{n} review", "{n} reviews", c.reviews).format(n=whole(c.reviews)),
                )
            )
        )
        self.person_feelings.show_spreads(review.questions)
        self.staff_feelings.show_spreads(review.questions)
        self.comments.set_questions(review.questions)
        self.views.show_agreement(review.agreement)
        self.change.show_change(review.person_change, review.staff_change)
        self.goals.show_goals(review.goals)
        self.refresh_comments()

    def _comments_soon(self) -> None:
        self._comments_timer.start()

    def refresh_comments(self) -> None:
        chosen = self.filters.value()
        search, question = self.comments.search.text(), self.comments.question_id()
        found = guarded(self, lambda: self._book.pilot.comments(chosen, search, question))
        if found is not None:
            self.comments.show_comments(found)

    def choose_file(self) -> str:
        name, _filter = QFileDialog.getSaveFileName(
            self, _("Save anonymised CSV"), "pilot-review.csv", _("CSV files (*.csv)")
        )
        return name

    def save_csv(self) -> None:
        name = self.choose_file()
        if not name:
            return
        chosen = self.filters.value()
        report = guarded(self, lambda: self._book.pilot.export_csv(Path(name), chosen))
        if report is not None:
            self.saved.setText(
                _(
                    "Saved {n} rows to {file}. It has codes instead of names, and no comments."
                ).format(n=report.rows, file=Path(name).name)
            )
