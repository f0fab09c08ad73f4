"""A person's picture: their photo, or their initials in a coloured circle."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPixmap

from supportplan.text import initials

# Dark enough for white letters to pass contrast checks (4.5:1 and over).
_COLOURS = ("#1f5f8b", "#6a3d9a", "#2e7d32", "#a0522d", "#8e244d", "#00695c", "#4e5d94", "#795548")


def avatar(name: str, size: int, photo: bytes | None = None) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    circle = QPainterPath()
    circle.addEllipse(QRectF(0, 0, size, size))
    image = QImage.fromData(photo) if photo else QImage()
    if not image.isNull():
        painter.setClipPath(circle)
        scaled = image.scaled(
            size,
            size,
            Qt.AspectRatioMode.KeepAspectRatioByExpanding,
            Qt.TransformationMode.SmoothTransformation,
        )
        painter.drawImage((size - scaled.width()) // 2, (size - scaled.height()) // 2, scaled)
    else:
        digest = hashlib.sha1(name.encode("utf-8")).digest()[0]
        painter.fillPath(circle, QColor(_COLOURS[digest % len(_COLOURS)]))
        font = QFont()
        font.setPixelSize(int(size * 0.4))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.end()
    return pixmap
