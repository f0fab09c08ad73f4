"""A box to sign in with a mouse, a finger or a pen. The signature is kept as a PNG picture."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPainterPath, QPen, QTabletEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from supportplan.i18n import _
from ui.access import named


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        named(
            self,
            _("Sign here"),
            _("Sign with the mouse, a finger or a pen. Press Clear to start again."),
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(420, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self._strokes: list[QPainterPath] = []
        self._current: list[QPointF] | None = None

    def is_empty(self) -> bool:
        return not self._strokes

    def clear(self) -> None:
        self._strokes.clear()
        self.update()
        self.changed.emit()

    def add_stroke(self, points: list[QPointF]) -> None:
        """Add one pen stroke (used by the mouse, pen and tests alike)."""
        if not points:
            return
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        self._strokes.append(path)
        self.update()
        self.changed.emit()

    def png(self) -> bytes:
        image = QImage(self.size(), QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        self._draw(painter, QColor("black"))
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        return bytes(data.data())

    # -- drawing ---------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("#8a8a8a"), 2, Qt.PenStyle.DashLine))
        baseline = self.height() - 30
        painter.drawLine(20, baseline, self.width() - 20, baseline)
        self._draw(painter, QColor("#111111"))
        if self.hasFocus():
            painter.setPen(QPen(QColor("#0b57d0"), 3))
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))

    def _draw(self, painter: QPainter, colour: QColor) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(
            QPen(
                colour, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
            )
        )
        for path in self._strokes:
            painter.drawPath(path)
        if self._current:
            painter.drawPolyline(self._current)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._current = [event.position()]

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._current is not None:
            self._current.append(event.position())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        points = self._current or []
        points.append(event.position())
        self._current = None
        self.add_stroke(points)

    def tabletEvent(self, event: QTabletEvent) -> None:
        # A pen sends tablet events; let Qt turn them into mouse events we already draw from.
        event.ignore()
