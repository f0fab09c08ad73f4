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


def whole(value: int) -> str:
    """A count with the language's thousands separator, e.g. "10,000"."""
    return format_decimal(value, locale=babel_locale(app_language()))


def percent(part: int, out_of: int) -> str:
    if not out_of:
        return ""
    return format_percent(part / out_of, locale=babel_locale(app_language()))


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
            f"{label}: {whole(count)}" + (f" ({percent(count, total)})" if total else "")
            for label, count in zip(labels, counts, strict=True)
        )
        self.setAccessibleDescription(f"{note}. {figures}" if note else figures)
        self.updateGeometry()
        self.update()

    def _wrapped_height(self, words: str, width: float, bold: bool = False) -> float:
        font = QFont(self.font())
        font.setBold(bold)
        box = QFontMetricsF(font).boundingRect(
            QRectF(0, 0, max(width, 1.0), 10_000), Qt.TextFlag.TextWordWrap, words
        )
        return box.height() if words else 0.0

    def _layout(self, width: float) -> tuple[bool, float, float, float, float]:
        """Whether labels go above their bars (when narrow), and the widths and row height.

        Side by side needs room for the words, the value and a bar of a useful length; at a
        large text size in a narrow column the words go on their own line above each bar.
        """
        metrics = QFontMetricsF(self.font())
        label_width = max((metrics.horizontalAdvance(t) for t in self.labels), default=0) + 12
        value_width = metrics.horizontalAdvance("00,000 (100%)") + 12
        line = metrics.height()
        beside = width - label_width - value_width - 4
        if beside >= width * 0.35:
            return False, label_width, value_width, beside, line * 1.7
        return True, 0.0, value_width, max(10.0, width - value_width - 4), line * 2.9

    def _head_height(self, width: float) -> float:
        gap = QFontMetricsF(self.font()).height() * 0.5
        return (
            self._wrapped_height(self.title, width, True)
            + self._wrapped_height(self.note, width)
            + gap
        )

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        row = self._layout(width)[4]
        return int(self._head_height(width) + row * len(self.labels) + 8)

    def sizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        widest = max((metrics.horizontalAdvance(label) for label in self.labels), default=0)
        width = int(widest + metrics.horizontalAdvance("00,000 (100%)") + 200)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        width = int(metrics.horizontalAdvance("00,000 (100%)") + 60)
        return QSize(width, self.heightForWidth(max(self.width(), width)))

    def resizeEvent(self, event: object) -> None:
        # The height follows the width (labels above bars when narrow), so ask for it again.
        self.setMinimumHeight(self.heightForWidth(self.width()))
        super().resizeEvent(event)  # type: ignore[arg-type]

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = colours(self)
        width = float(self.width())
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setPen(ink.text)
        painter.setFont(bold)
        title_height = self._wrapped_height(self.title, width, True)
        painter.drawText(QRectF(0, 0, width, title_height), Qt.TextFlag.TextWordWrap, self.title)
        painter.setFont(self.font())
        if self.note:
            painter.drawText(
                QRectF(0, title_height, width, self._wrapped_height(self.note, width)),
                Qt.TextFlag.TextWordWrap,
                self.note,
            )
        top = self._head_height(width)
        stacked, label_width, value_width, bar_room, row = self._layout(width)
        line = QFontMetricsF(self.font()).height()
        total = sum(self.counts)
        most = max(self.counts, default=0) or 1
        for index, (label, count) in enumerate(zip(self.labels, self.counts, strict=True)):
            y = top + index * row
            painter.setPen(ink.text)
            if stacked:
                painter.drawText(QRectF(0, y, width, line), Qt.AlignmentFlag.AlignLeft, label)
                bar_top, bar_height = y + line * 1.1, line * 1.4
            else:
                painter.drawText(
                    QRectF(0, y, label_width - 12, row),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    label,
                )
                bar_top, bar_height = y + row * 0.15, row * 0.7
            length = bar_room * count / most
            bar = QRectF(label_width, bar_top, max(length, 1.5), bar_height)
            painter.fillRect(bar, ink.bar)
            painter.setPen(QPen(ink.text, 1))
            painter.drawRect(bar)
            value = whole(count) + (f" ({percent(count, total)})" if total else "")
            painter.drawText(
                QRectF(label_width + length + 8, bar_top, value_width, bar_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                value,
            )
        if self.hasFocus():
            painter.setPen(QPen(ink.text, 2, Qt.PenStyle.DotLine))
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        painter.end()
