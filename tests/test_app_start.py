"""Starting the whole app the way the installed program does, with the smoke test's quit hook."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ui.app import app_icon

ROOT = Path(__file__).resolve().parent.parent


def test_the_app_starts_shows_home_and_quits_when_asked() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PLAN_TOGETHER_QUIT_WHEN_READY="1")
    result = subprocess.run(
        [sys.executable, "main.py", "--demo"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "ready: home lists 13 people" in result.stdout


def test_the_app_has_its_own_icon(qapp) -> None:
    icon = app_icon()
    assert not icon.isNull()
    tile = icon.pixmap(64, 64).toImage().pixelColor(5, 32)  # the icon's blue tile, not a blank
    assert tile.red() < 60 and tile.blue() > 100
