"""Our own simple charts, drawn with QPainter: big, labelled, and readable at any text size.

Every figure is written as words and numbers beside its bar or point, so nothing depends on
colour alone, and each chart tells a screen reader its figures in its accessible description.
"""

from __future__ import annotations

from dataclasses import dataclass

from babel.numbers import format_decimal, format_percent
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from supportplan.i18n import app_language, babel_locale


def number(value: float, digits: int = 1) -> str:
    """A number the way the app's language writes it, e.g. "1.5" or "1,5"."""
    pattern = "#,##0." + "0" * digits if digits else "#,##0"
    return format_decimal(value, format=pattern, locale=babel_locale(app_language()))


def percent(part: int, whole: int) -> str:
    if not whole:
        return ""
    return format_percent(part / whole, locale=babel_locale(app_language()))


@dataclass(frozen=True)
class Colours:
    """Chart colours that suit the look in use (normal, or white-on-black high contrast)."""

    text: QColor
    background: QColor
    grid: QColor
    bar: QColor
    person: QColor
    staff: QColor


def colours(widget: QWidget) -> Colours:
    palette = widget.palette()
    background = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    if background.lightnessF() < 0.5:  # high contrast: bright marks on black
        return Colours(
            text,
            background,
            QColor("#8a8a8a"),
            QColor("#ffff00"),
            QColor("#ffff00"),
            QColor("#7fdbff"),
        )
    return Colours(
        text, background, QColor("#c8c8c8"), QColor("#1f5f8b"), QColor("#1f5f8b"), QColor("#a0450f")
    )


class BarChart(QWidget):
    """How many chose each answer: one labelled bar per answer, with the count and share."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.note = ""
        self.labels: list[str] = []
        self.counts: list[int] = []
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_figures(self, title: str, labels: list[str], counts: list[int], note: str = "") -> None:
        self.title, self.labels, self.counts, self.note = title, labels, counts, note
        total = sum(counts)
        self.setAccessibleName(title)
        figures = "; ".join(
            f"{label}: {count}" + (f" ({percent(count, total)})" if total else "")
            for label, count in zip(labels, counts, strict=True)
        )
        self.setAccessibleDescription(f"{note}. {figures}" if note else figures)
        self.updateGeometry()
        self.update()

    def _row_height(self) -> float:
        return QFontMetricsF(self.font()).height() * 1.7

    def _title_height(self) -> float:
        metrics = QFontMetricsF(self.font())
        return metrics.height() * (2.6 if self.note else 1.5)

    def sizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        widest = max((metrics.horizontalAdvance(label) for label in self.labels), default=0)
        height = self._title_height() + self._row_height() * len(self.labels) + 8
        return QSize(int(widest + metrics.horizontalAdvance("0000 (100%)") + 200), int(height))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.sizeHint().width() // 2, self.sizeHint().height())

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = colours(self)
        metrics = QFontMetricsF(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setPen(ink.text)
        painter.setFont(bold)
        painter.drawText(QRectF(0, 0, self.width(), metrics.height() * 1.3), self.title)
        painter.setFont(self.font())
        if self.note:
            painter.drawText(
                QRectF(0, metrics.height() * 1.3, self.width(), metrics.height()), self.note
            )
        top = self._title_height()
        label_width = max((metrics.horizontalAdvance(t) for t in self.labels), default=0) + 12
        value_width = metrics.horizontalAdvance("0000 (100%)") + 12
        bar_room = max(10.0, self.width() - label_width - value_width - 4)
        total = sum(self.counts)
        most = max(self.counts, default=0) or 1
        row = self._row_height()
        for index, (label, count) in enumerate(zip(self.labels, self.counts, strict=True)):
            y = top + index * row
            painter.setPen(ink.text)
            painter.drawText(
                QRectF(0, y, label_width - 12, row),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            length = bar_room * count / most
            bar = QRectF(label_width, y + row * 0.15, max(length, 1.5), row * 0.7)
            painter.fillRect(bar, ink.bar)
            painter.setPen(QPen(ink.text, 1))
            painter.drawRect(bar)
            value = str(count) + (f" ({percent(count, total)})" if total else "")
            painter.drawText(
                QRectF(label_width + length + 8, y, value_width, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                value,
            )
        if self.hasFocus():
            painter.setPen(QPen(ink.text, 2, Qt.PenStyle.DotLine))
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        painter.end()
