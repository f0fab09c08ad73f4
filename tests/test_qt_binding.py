"""Guards against a known fault in a Qt binding release, so an upgrade cannot bring it back."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QWidget


def test_qt_calls_that_return_nothing_keep_none_alive(qtbot) -> None:
    # PySide6 6.12.0 on Python 3.11 dropped a reference to None on each such call; after a few
    # thousand clicks the app crashed with "deallocating None". (None is immortal from 3.12.)
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.setObjectName("x")
        widget.resize(100, 100)
        QApplication.processEvents()
    assert sys.getrefcount(None) - before > -200
