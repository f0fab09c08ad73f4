"""The pages of the pilot review: how people felt, comments, views, changes and goals."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supportplan.i18n import _, ngettext
from supportplan.model.kinds import Audience
from supportplan.pilot.views import Comments, QuestionSpread
from supportplan.scales import FEEDBACK_SCALE, point
from ui.charts import BarChart, percent
from ui.charts import whole as whole_number


def scrolling(inner: QWidget, name: str) -> QScrollArea:
    """A page that scrolls, so nothing is cut off at a large text size."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(inner)
    scroll.setAccessibleName(name)
    return scroll


def wrapped(words: str, name: str = "") -> QLabel:
    label = QLabel(words)
    label.setWordWrap(True)
    label.setAccessibleName(name or words)
    return label


def share(part: int, out_of: int) -> str:
    return f"{whole_number(part)} ({percent(part, out_of)})" if out_of else "–"


class FeelingsPage(QWidget):
    """A bar chart for each feedback question of one audience (the person's, or staff's)."""

    def __init__(self, audience: Audience, intro: str) -> None:
        super().__init__()
        self.audience = audience
        self.charts: dict[str, BarChart] = {}
        self.grid = QGridLayout()
        self.grid.setVerticalSpacing(24)
        self.grid.setHorizontalSpacing(32)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(intro))
        layout.addLayout(self.grid)
        layout.addStretch(1)

    def show_spreads(self, spreads: Sequence[QuestionSpread]) -> None:
        mine = [s for s in spreads if s.audience is self.audience]
        columns = 1 if self.font().pointSizeF() > 15 else 2
        labels = [_(p.words) for p in FEEDBACK_SCALE]
        for key in list(self.charts):
            if key not in {s.key for s in mine}:
                self.charts.pop(key).deleteLater()
        for index, spread in enumerate(mine):
            chart = self.charts.get(spread.key)
            if chart is None:
                chart = self.charts[spread.key] = BarChart()
            self.grid.addWidget(chart, index // columns, index % columns)
            note = _("{n} answered").format(n=whole_number(spread.answered))
            if spread.no_answer:
                note += " · " + _("{n} chose no face").format(n=whole_number(spread.no_answer))
            if spread.comments:
                note += " · " + _("{n} added words").format(n=whole_number(spread.comments))
            chart.set_figures(_(spread.text), labels, list(spread.counts), note)


class CommentsPage(QWidget):
    """The words people added to their answers, with a search box and a question to narrow by."""

    def __init__(self, on_change: Callable[[], None]) -> None:
        super().__init__()
        self.search = QLineEdit()
        self.search.setPlaceholderText(_("Type a word to find comments that use it"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(_("Find comments"))
        self.search.setAccessibleDescription(
            _("Only comments with these letters in them are shown.")
        )
        self.search.textChanged.connect(on_change)
        self.question = QComboBox()
        self.question.setAccessibleName(_("Which question"))
        self.question.setAccessibleDescription(
            _("Show comments on one question, or on all of them.")
        )
        self.question.currentIndexChanged.connect(on_change)
        self.found = QLabel()
        self.found.setAccessibleName(_("How many comments are shown"))
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(6)
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName(_("Comments"))
        self.list.setAccessibleDescription(
            _("What people wrote beside their answers, newest first.")
        )
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.question, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped(_("Comments are shown here only. They are never put in the saved file."))
        )
        layout.addLayout(top)
        layout.addWidget(self.found)
        layout.addWidget(self.list, 1)

    def set_questions(self, spreads: Sequence[QuestionSpread]) -> None:
        chosen = self.question.currentData()
        self.question.blockSignals(True)
        self.question.clear()
        self.question.addItem(_("All questions"), None)
        for spread in spreads:
            self.question.addItem(_(spread.text), str(spread.question_id))
        index = self.question.findData(chosen)
        self.question.setCurrentIndex(max(index, 0))
        self.question.blockSignals(False)

    def question_id(self) -> uuid.UUID | None:
        value = self.question.currentData()
        return uuid.UUID(value) if value else None

    def show_comments(self, comments: Comments) -> None:
        self.list.clear()
        for comment in comments.shown:
            answer = point(FEEDBACK_SCALE, comment.value)
            said = _(answer.words) if answer else _("no face chosen")
            self.list.addItem(f"“{comment.words}”\n{_(comment.question_text)}: {said}")
        if comments.total == 0:
            self.found.setText(_("No comments found."))
        elif comments.total > len(comments.shown):
            self.found.setText(
                _("Showing the newest {shown} of {total} comments.").format(
                    shown=len(comments.shown), total=whole_number(comments.total)
                )
            )
        else:
            self.found.setText(
                ngettext("{n} comment", "{n} comments", comments.total).format(
                    n=whole_number(comments.total)
                )
            )


def table(headers: list[str], name: str, description: str) -> QTableWidget:
    view = QTableWidget(0, len(headers))
    view.setHorizontalHeaderLabels(headers)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
    view.setWordWrap(True)
    view.setAccessibleName(name)
    view.setAccessibleDescription(description)
    return view


def fill(view: QTableWidget, rows: Sequence[Sequence[str]], fit: bool = True) -> None:
    view.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, words in enumerate(row):
            item = QTableWidgetItem(words)
            if c:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            view.setItem(r, c, item)
    view.resizeRowsToContents()
    if fit:  # tall enough to show every row without its own scroll bar
        height = view.horizontalHeader().height() + 2 * view.frameWidth()
        height += sum(view.rowHeight(r) for r in range(len(rows)))
        view.setMinimumHeight(height + 4)
        view.setMaximumHeight(height + 4)
