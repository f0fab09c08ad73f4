"""Text size (100% to 200%) and the normal or high-contrast look, for the whole app at once."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 12

_NORMAL = """
QWidget { color: #1b1b1b; background: #fbfaf7; }
QLabel#pageTitle { font-size: %(title)spt; font-weight: bold; }
QLabel#sectionTitle { font-size: %(section)spt; font-weight: bold; margin-top: 6px; }
QLabel#needsFlag { background: #fff4c2; border: 2px solid #b58900; padding: 8px; }
QLabel#problem { color: #a4000f; font-weight: bold; }
QLabel#demoBanner { background: #ffe066; color: #1b1b1b; padding: 6px; font-weight: bold; }
QLabel#saved { color: #2e6b30; }
QPushButton { background: #ffffff; border: 2px solid #5a5a5a; border-radius: 6px;
              padding: 6px 14px; min-height: %(button)spx; }
QPushButton:hover { background: #eef3fb; }
QPushButton:default { border-color: #1f5f8b; }
QPushButton:disabled { color: #767676; border-color: #b5b5b5; }
QPushButton:focus, QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus,
QListView:focus, QTreeView:focus, QListWidget:focus, QDateEdit:focus, QSpinBox:focus,
QCheckBox:focus, QRadioButton:focus, QToolButton:focus
    { border: 3px solid #0b57d0; background: #fffbe6; }
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QDateEdit, QSpinBox
    { background: #ffffff; border: 2px solid #8a8a8a; border-radius: 4px; padding: 4px; }
QListView, QTreeView, QListWidget { background: #ffffff; border: 2px solid #c8c8c8; }
QListView::item:selected, QTreeView::item:selected, QListWidget::item:selected
    { background: #cfe3ff; color: #000000; }
QStatusBar { background: #efede7; }
QCheckBox::indicator, QRadioButton::indicator
    { width: %(box)spx; height: %(box)spx; border: 2px solid #4a4a4a; background: #ffffff; }
QRadioButton::indicator { border-radius: %(half)spx; }
QCheckBox::indicator { border-radius: 4px; }
QCheckBox::indicator:checked { background: #1f5f8b; border-color: #1f5f8b; image: url(%(tick_white)s); }
QRadioButton::indicator:checked { border: none; background: transparent; image: url(%(choice_on)s); }
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled { border-color: #b5b5b5; }
QLabel#question { font-size: %(section)spt; }
QLabel#hint { color: #4a4a4a; }
QFrame#personWords { background: #fff6d6; border-left: 8px solid #c98a00; border-radius: 4px; }
QFrame#staffWords { background: #eef1f5; border-left: 8px solid #55657a; border-radius: 4px; }
QLabel#personBadge { color: #6b4500; font-weight: bold; background: transparent; }
QLabel#staffBadge { color: #2f3b4a; font-weight: bold; background: transparent; }
QFrame#personWords QLabel, QFrame#staffWords QLabel { background: transparent; }
QFrame#step { background: #ffffff; border: 1px solid #d0d0d0; border-radius: 4px; }
QFrame#questionCard { background: #ffffff; border: 1px solid #d0d0d0; border-radius: 6px; }
QToolButton#face { background: #ffffff; border: 2px solid #b5b5b5; border-radius: 10px; padding: 6px; }
QToolButton#face:checked { background: #cfe3ff; border: 4px solid #0b57d0; font-weight: bold; }
QToolButton#face:focus { border: 4px dashed #0b57d0; background: #fffbe6; }
QPushButton#bigButton { font-size: %(section)spt; padding: 10px 20px; }
QPushButton#addButton { background: #1f5f8b; color: #ffffff; border-color: #1f5f8b; }
QPushButton#addButton:focus { background: #174a6d; color: #ffffff; border: 3px solid #ffbf47; }
QWidget#plainWordsHints { background: #f1efe8; border-top: 1px solid #b5b5b5; }
"""

_HIGH_CONTRAST = """
QWidget { color: #ffffff; background: #000000; }
QLabel#pageTitle { font-size: %(title)spt; font-weight: bold; }
QLabel#sectionTitle { font-size: %(section)spt; font-weight: bold; margin-top: 6px; }
QLabel#needsFlag { border: 2px solid #ffff00; padding: 8px; }
QLabel#problem { color: #ffff00; font-weight: bold; }
QLabel#demoBanner { background: #ffff00; color: #000000; padding: 6px; font-weight: bold; }
QLabel#saved { color: #7CFC00; }
QPushButton { background: #000000; color: #ffffff; border: 2px solid #ffffff; border-radius: 6px;
              padding: 6px 14px; min-height: %(button)spx; }
QPushButton:disabled { color: #9a9a9a; border-color: #9a9a9a; }
QPushButton:focus, QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus,
QListView:focus, QTreeView:focus, QListWidget:focus, QDateEdit:focus, QSpinBox:focus,
QCheckBox:focus, QRadioButton:focus, QToolButton:focus
    { border: 3px solid #ffff00; }
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QDateEdit, QSpinBox
    { background: #000000; color: #ffffff; border: 2px solid #ffffff; padding: 4px; }
QListView, QTreeView, QListWidget { background: #000000; border: 2px solid #ffffff; }
QListView::item:selected, QTreeView::item:selected, QListWidget::item:selected
    { background: #ffff00; color: #000000; }
QLabel#question { font-size: %(section)spt; }
QCheckBox::indicator, QRadioButton::indicator
    { width: %(box)spx; height: %(box)spx; border: 3px solid #ffffff; background: #000000; }
QRadioButton::indicator { border-radius: %(half)spx; }
QCheckBox::indicator:checked { background: #ffff00; border-color: #ffff00; image: url(%(tick_black)s); }
QRadioButton::indicator:checked { border: none; background: transparent; image: url(%(choice_on_contrast)s); }
QCheckBox::indicator:focus, QRadioButton::indicator:focus { border-color: #00ffff; }
QFrame#personWords { border-left: 8px solid #ffff00; }
QFrame#staffWords { border-left: 8px solid #00ffff; }
QLabel#personBadge { color: #ffff00; font-weight: bold; }
QLabel#staffBadge { color: #00ffff; font-weight: bold; }
QFrame#step, QFrame#questionCard { border: 1px solid #ffffff; }
QToolButton#face { background: #000000; color: #ffffff; border: 2px solid #ffffff; border-radius: 10px; padding: 6px; }
QToolButton#face:checked { background: #ffff00; color: #000000; border: 4px solid #ffff00; }
QToolButton#face:focus { border: 4px dashed #00ffff; }
QPushButton#addButton { background: #ffff00; color: #000000; }
QWidget#plainWordsHints { background: #000000; border-top: 1px solid #ffffff; }
"""


def _icon(name: str) -> str:
    """A file path for a style sheet url(); the icons ship as plain files in the package."""
    return str(resources.files("resources") / "icons" / name).replace("\\", "/")


def apply(app: QApplication, scale: int = 100, high_contrast: bool = False) -> None:
    """Set the app's text size (percent of normal) and look; every window follows at once."""
    scale = max(100, min(200, scale))
    points = BASE_POINT_SIZE * scale / 100
    font = QFont(app.font())
    font.setPointSizeF(points)
    app.setFont(font)
    values = {
        "title": round(points * 1.7),
        "section": round(points * 1.3),
        "button": round(points * 2.4),
        "box": round(points * 1.5),
        "half": round(points * 1.5) // 2 + 2,
        "tick_white": _icon("tick-white.svg"),
        "tick_black": _icon("tick-black.svg"),
        "choice_on": _icon("choice-on.svg"),
        "choice_on_contrast": _icon("choice-on-contrast.svg"),
    }
    app.setStyleSheet((_HIGH_CONTRAST if high_contrast else _NORMAL) % values)
