"""A box that puts widgets in a row and moves on to the next row when the row is full.

Used for the faces and rows of buttons, so nothing is clipped or scrolls sideways at 200% text.
It is a widget that places its children itself rather than a Python QLayout: a QLayout written
in Python must return None from itemAt() past its end, which on Python 3.11 slowly wears down
None's reference count inside PySide6 until the app crashes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtWidgets import QSizePolicy, QWidget

SPACING = 8


class FlowBox(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._children: list[QWidget] = []
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def add(self, widget: QWidget) -> QWidget:
        widget.setParent(self)
        widget.installEventFilter(self)
        self._children.append(widget)
        widget.show()
        self._changed()
        return widget

    def addWidget(self, widget: QWidget) -> QWidget:
        return self.add(widget)

    def remove(self, widget: QWidget) -> None:
        """Take ``widget`` out of the box and delete it."""
        if widget in self._children:
            self._children.remove(widget)
            widget.removeEventFilter(self)
            widget.hide()
            widget.deleteLater()
            self._changed()

    def _shown(self) -> list[QWidget]:
        return [w for w in self._children if not w.isHidden()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.LayoutRequest):
            self._changed()
        return False

    def event(self, event: QEvent) -> bool:
        # A child asks for room (its text or font changed): place everything again.
        if event.type() == QEvent.Type.LayoutRequest:
            self._changed()
        return super().event(event)

    def _changed(self) -> None:
        self.updateGeometry()
        self._place(self.width(), move=True)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(width, move=False)

    def sizeHint(self) -> QSize:
        """Everything on one row: what the box would like when there is room."""
        shown = self._shown()
        if not shown:
            return QSize(0, 0)
        width = sum(w.sizeHint().width() for w in shown) + SPACING * (len(shown) - 1)
        return QSize(width, max(w.sizeHint().height() for w in shown))

    def minimumSizeHint(self) -> QSize:
        """The narrowest any one widget can be: narrower than that, nothing can fit."""
        shown = self._shown()
        if not shown:
            return QSize(0, 0)
        width = max(w.minimumSizeHint().expandedTo(w.minimumSize()).width() for w in shown)
        return QSize(width, self._place(width, move=False))

    def resizeEvent(self, event) -> None:
        self._place(self.width(), move=True)
        super().resizeEvent(event)

    def _place(self, width: int, move: bool) -> int:
        x = y = row_height = 0
        for widget in self._shown():
            hint = widget.sizeHint().expandedTo(widget.minimumSize())
            if x > 0 and x + hint.width() > width:
                x, y, row_height = 0, y + row_height + SPACING, 0
            w, h = hint.width(), hint.height()
            if widget.hasHeightForWidth() and w > width:
                # A box of its own (e.g. "Whose words?") folds onto more rows to fit.
                w = max(width, widget.minimumSizeHint().width())
                h = widget.heightForWidth(w)
            if move:
                widget.setGeometry(QRect(x, y, w, h))
            x += w + SPACING
            row_height = max(row_height, h)
        return y + row_height
