"""Starting the whole app the way the installed program does, with the smoke test's quit hook."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from supportplan import cli
from ui.app import run_app


def test_the_app_starts_shows_home_with_its_icon_and_quits_when_asked(
    qapp, monkeypatch, capsys
) -> None:
    monkeypatch.setenv("PLAN_TOGETHER_QUIT_WHEN_READY", "1")
    assert run_app(cli.parse(["--demo"])) == 0
    assert "ready: home lists 13 people" in capsys.readouterr().out
    icon = QApplication.windowIcon()
    assert not icon.isNull()
    tile = icon.pixmap(64, 64).toImage().pixelColor(5, 32)  # the icon's blue tile, not a blank
    assert tile.red() < 60 and tile.blue() > 100
