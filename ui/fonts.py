"""Fonts that come with the app, so Urdu and Arabic show as letters, not boxes, on any computer.

Many computers (and the offscreen test platform) have no font with Arabic letters. Noto Sans
Arabic (SIL Open Font License) comes from its PyPI package (fontpkg-noto-sans-arabic), the same
font the printed plan uses; Qt falls back to it for any letter the normal font lacks.
"""

from __future__ import annotations

from functools import cache

import fontpkg
import fontpkg.errors
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

FALLBACK_FAMILIES = ("Noto Sans Arabic",)


@cache
def registered() -> tuple[str, ...]:
    """Add the fallback fonts to Qt (once) and return their family names as Qt knows them."""
    names: list[str] = []
    for family in FALLBACK_FAMILIES:
        try:
            files = fontpkg.family(family).files
        except fontpkg.errors.FontpkgError:
            continue  # the app still runs; only letters this font alone has would show as boxes
        for file in files:
            if file.style != "normal":
                continue
            font_id = QFontDatabase.addApplicationFont(str(file.path))
            for name in QFontDatabase.applicationFontFamilies(font_id):
                if name not in names:
                    names.append(name)
    return tuple(names)


_base: list[str] = []


def install(app: QApplication) -> None:
    """Register the fonts and make every widget fall back to them for letters it lacks.

    The normal font is named as the computer has it (e.g. "DejaVu Sans", not "Sans Serif"):
    once Noto Sans Arabic is registered the generic name could choose it for every letter.
    """
    if not _base:
        _base.append(QFontInfo(app.font()).family())
    registered()
    font = QFont(app.font())
    font.setFamilies([*_base, *registered()])
    app.setFont(font)
