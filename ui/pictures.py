"""Pictures for the screens, drawn from the shared table in supportplan.pictures."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from supportplan.pictures import svg


@cache
def pixmap(key: str, size: int) -> QPixmap:
    """The picture for ``key`` at ``size`` pixels square (empty when the key is unknown)."""
    image = QPixmap(size, size)
    image.fill(Qt.GlobalColor.transparent)
    data = svg(key)
    if data:
        renderer = QSvgRenderer(QByteArray(data))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
    return image


def icon(key: str, size: int = 64) -> QIcon:
    return QIcon(pixmap(key, size))
