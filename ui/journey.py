"""A plan's journey: each area's rating in every version, the person's view and the staff's.

The two views differ in line (solid or dashed), mark (filled circle or open square) and
colour, and a legend says which is which, so the chart reads the same in black and white.
"""

from __future__ import annotations

import uuid

from babel.dates import format_date as babel_format_date
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from supportplan.book import PlanBook
from supportplan.i18n import _, app_language, babel_locale
from supportplan.scales import AREA_SCALE
from supportplan.services.journey import AreaJourney, Journey, JourneyStop
from ui.charts import Colours, colours
from ui.messages import guarded

PERSON, STAFF = "person", "staff"


def short_day(stop: JourneyStop) -> str:
    return babel_format_date(stop.day, format="MMM yyyy", locale=babel_locale(app_language()))


def stop_words(stop: JourneyStop) -> str:
    """How a version is named under the chart: "Version 2", then "Mar 2026" or "being written"."""
    return _("Version {n}").format(n=stop.number)


def pen_for(who: str, ink: Colours, width: float) -> QPen:
    if who == PERSON:
        return QPen(ink.person, width * 1.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    pen = QPen(ink.staff, width, Qt.PenStyle.DashLine, Qt.PenCapStyle.FlatCap)
    pen.setDashPattern([3, 2])
    return pen


def draw_mark(painter: QPainter, who: str, at: QPointF, size: float, ink: Colours) -> None:
    """A filled circle for the person, a bigger open square for staff, so both show when equal."""
    if who == PERSON:
        painter.setPen(QPen(ink.person, 1))
        painter.setBrush(QBrush(ink.person))
        painter.drawEllipse(at, size * 0.45, size * 0.45)
    else:
        painter.setPen(QPen(ink.staff, max(2.0, size * 0.18)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = size * 0.7
        painter.drawRect(QRectF(at.x() - half, at.y() - half, 2 * half, 2 * half))


class JourneyLegend(QWidget):
    """Which line is whose."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries = [
            (PERSON, _("The person's own rating")),
            (STAFF, _("Staff's view")),
        ]
        self.setAccessibleName(_("Key to the charts"))
        self.setAccessibleDescription(
            _(
                "Solid line with round dots: the person's own rating. Dashed line with squares: staff's view."
            )
        )
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        words = sum(metrics.horizontalAdvance(t) for _w, t in self.entries)
        return QSize(int(words + metrics.height() * 10), int(metrics.height() * 1.8))

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = colours(self)
        metrics = QFontMetricsF(self.font())
        size = metrics.height() * 0.6
        x, middle = 4.0, self.height() / 2
        for who, words in self.entries:
            sample = metrics.height() * 2.5
            painter.setPen(pen_for(who, ink, max(2.0, size * 0.3)))
            painter.drawLine(QPointF(x, middle), QPointF(x + sample, middle))
            draw_mark(painter, who, QPointF(x + sample / 2, middle), size, ink)
            x += sample + 10
            painter.setPen(ink.text)
            painter.drawText(
                QRectF(x, 0, metrics.horizontalAdvance(words) + 4, self.height()),
                Qt.AlignmentFlag.AlignVCenter,
                words,
            )
            x += metrics.horizontalAdvance(words) + metrics.height() * 2
        painter.end()


class JourneyChart(QWidget):
    """One area: a line for the person's rating and one for staff's, version by version."""

    def __init__(self, area: AreaJourney, stops: tuple[JourneyStop, ...], parent=None) -> None:
        super().__init__(parent)
        self.area, self.stops = area, stops
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(_(area.title))
        self.setAccessibleDescription(self.describe())

    def describe(self) -> str:
        """The chart's figures in words, for a screen reader."""

        def said(value: int | None, quiet: bool) -> str:
            if quiet:
                return _("would rather not talk about it")
            return str(value) if value is not None else _("not rated")

        parts = []
        for stop, rating in zip(self.stops, self.area.ratings, strict=True):
            parts.append(
                _("{version}: the person {person}, staff {staff}").format(
                    version=stop_words(stop),
                    person=said(rating.person, rating.rather_not_talk),
                    staff=said(rating.staff, False),
                )
            )
        return "; ".join(parts)

    def _levels_width(self, metrics: QFontMetricsF) -> float:
        return max(metrics.horizontalAdvance(f"{p.value}  {_(p.words)}") for p in AREA_SCALE) + 16

    def sizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        column = max(metrics.horizontalAdvance(short_day(s)) for s in self.stops) + 24
        width = self._levels_width(metrics) + column * len(self.stops)
        return QSize(int(width), int(metrics.height() * 12))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.sizeHint().width(), self.sizeHint().height())

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = colours(self)
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(ink.text)
        painter.drawText(QRectF(0, 0, self.width(), line * 1.4), _(self.area.title))
        painter.setFont(self.font())

        left = self._levels_width(metrics)
        top, bottom = line * 2.0, self.height() - line * 2.6
        right = self.width() - line
        step_y = (bottom - top) / 4

        def y_of(value: int) -> float:
            return bottom - (value - 1) * step_y

        for point in AREA_SCALE:
            y = y_of(point.value)
            painter.setPen(QPen(ink.grid, 1))
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            painter.setPen(ink.text)
            painter.drawText(
                QRectF(0, y - line / 2, left - 12, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{point.value}  {_(point.words)}",
            )
        count = len(self.stops)
        column = (right - left) / max(count, 1)

        def x_of(index: int) -> float:
            return left + column * (index + 0.5)

        for index, stop in enumerate(self.stops):
            box = QRectF(x_of(index) - column / 2, bottom + line * 0.4, column, line)
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter, stop_words(stop))
            when = short_day(stop) if stop.agreed else _("being written")
            painter.drawText(box.translated(0, line), Qt.AlignmentFlag.AlignHCenter, when)

        size = line * 0.6
        for who in (STAFF, PERSON):  # the person's drawn last, on top
            values = [r.person if who == PERSON else r.staff for r in self.area.ratings]
            path, drawing = QPainterPath(), False
            for index, value in enumerate(values):
                if value is None:
                    drawing = False  # a gap where there is no rating
                    continue
                point = QPointF(x_of(index), y_of(value))
                if drawing:
                    path.lineTo(point)
                else:
                    path.moveTo(point)
                drawing = True
            painter.setPen(pen_for(who, ink, max(2.0, line * 0.15)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            for index, value in enumerate(values):
                if value is not None:
                    draw_mark(painter, who, QPointF(x_of(index), y_of(value)), size, ink)
        if self.hasFocus():
            painter.setPen(QPen(ink.text, 2, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        painter.end()


class JourneyView(QWidget):
    """The whole journey of one plan: a title, the key, and a chart for each area."""

    def __init__(self, journey: Journey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journey = journey
        title = QLabel(_("{name}'s journey").format(name=journey.preferred_name))
        title.setObjectName("pageTitle")
        title.setAccessibleName(title.text())
        intro = QLabel(
            _("How each part of life has gone, from the first version of the plan to the latest.")
        )
        intro.setWordWrap(True)
        self.legend = JourneyLegend()
        self.charts = [JourneyChart(area, journey.stops) for area in journey.areas]
        grid = QGridLayout()
        columns = 1 if self.font().pointSizeF() > 15 or len(journey.stops) > 4 else 2
        for index, chart in enumerate(self.charts):
            grid.addWidget(chart, index // columns, index % columns)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.legend)
        layout.addLayout(grid)
        layout.addStretch(1)


class JourneyDialog(QDialog):
    """The journey in its own window, opened from the person's page."""

    def __init__(self, book: PlanBook, plan_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("The journey"))
        self.setAccessibleName(_("The journey"))
        self.resize(1000, 760)
        journey = guarded(parent, lambda: book.journey.of_plan(plan_id))
        layout = QVBoxLayout(self)
        self.view: JourneyView | None = None
        if journey is not None:
            self.view = JourneyView(journey)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(self.view)
            scroll.setAccessibleName(_("The journey charts"))
            layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox()
        close = buttons.addButton(_("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAccessibleName(_("Close"))
        close.setAccessibleDescription(_("Close the journey and go back to the person's page."))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
