"""Make the app icon's PNG, ICO (Windows) and ICNS (macOS) from resources/icons/plan-together.svg.

    python installer/make_icons.py

Run it after changing the SVG, and commit what it writes. Qt draws the SVG; Pillow packs the
Windows and macOS icon files (Pillow comes with reportlab).
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "plan-together.svg"
OUT = Path(__file__).resolve().parent / "icons"


def render(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    OUT.mkdir(exist_ok=True)
    big = render(1024)
    (OUT / "plan-together.png").write_bytes(render(256))
    (ROOT / "resources" / "icons" / "plan-together-256.png").write_bytes(render(256))
    image = Image.open(io.BytesIO(big)).convert("RGBA")
    image.save(OUT / "plan-together.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    image.save(OUT / "plan-together.icns")
    for name in sorted(OUT.iterdir()):
        print(f"{name.relative_to(ROOT)}  {name.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
