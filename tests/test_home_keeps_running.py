"""Going back to home over and over must never crash the app.

PySide6 6.12.0 loses a reference to Python's None each time Qt reads an empty value from a list
item; with a big plan book the home lists do that thousands of times, and after about ten
visits to home Python stops with "Fatal Python error: none_dealloc". pyproject.toml keeps that
version out (tests/test_qt_binding.py checks the binding itself); this test checks the screen a
user would see crash. It runs in its own process, because such a crash takes it all down.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from supportplan.book import PlanBook
from supportplan.demo import generate
from ui.main_window import MainWindow

app = QApplication([])
book = PlanBook.open(Path(sys.argv[1]))
generate(book, people=120, versions=360)
book.staff.act_as(book.staff.list()[0].id)
window = MainWindow(book)
window.show()
for _ in range(150):
    window.show_home()
    app.processEvents()
print("home shown 150 times, reviews due:", window.home.due.count())
book.close()
"""


def test_going_back_to_home_many_times_does_not_crash(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "plans.db")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "home shown 150 times" in result.stdout
