"""The pilot review, for the working group: what people said and what changed, across all plans.

Everything here is worked out by the database (``book.pilot``); this window only shows it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
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
from supportplan.pilot import PilotReview
from supportplan.services.pilot import PilotChoices
from ui.charts import whole
from ui.messages import guarded
from ui.pilot_figures import ChangePage, GoalsPage, ViewsPage
from ui.pilot_filters import PilotFilters, described
from ui.pilot_tabs import CommentsPage, FeelingsPage, scrolling

PAUSE_MS = 150  # wait for a pause in typing or clicking before working the figures out again


class PilotReviewWindow(QDialog):
    """Filters and pages on the left, the figures on the right; save the CSV or print a PDF."""

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
        self.print_button = QPushButton(_("Print as PDF…"))
        described(
            self.print_button,
            _("Print as PDF"),
            _("Save the pilot review as a large-print PDF with the charts, to print or share."),
        )
        self.print_button.clicked.connect(self.print_pdf)
        self.saved = QLabel()
        self.saved.setObjectName("saved")
        self.saved.setWordWrap(True)
        self.close_button = QPushButton(_("Close"))
        described(self.close_button, _("Close"), _("Close the pilot review."))
        self.close_button.clicked.connect(self.accept)

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
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

    def choose_file(self, pdf: bool = False) -> str:
        if pdf:
            name, _filter = QFileDialog.getSaveFileName(
                self, _("Print as PDF"), "pilot-review.pdf", _("PDF files (*.pdf)")
            )
        else:
            name, _filter = QFileDialog.getSaveFileName(
                self, _("Save anonymised CSV"), "pilot-review.csv", _("CSV files (*.csv)")
            )
        return name

    def print_pdf(self) -> None:
        name = self.choose_file(pdf=True)
        if not name:
            return
        chosen = self.filters.value()
        if guarded(self, lambda: self._book.pilot.print_pdf(Path(name), chosen)) is not None:
            self.saved.setText(
                _("Saved the pilot review to {file}. Open it to print.").format(
                    file=Path(name).name
                )
            )

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
