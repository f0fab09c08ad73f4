"""One cold start, in a fresh process: ``python bench/start_child.py app|empty [DB]``.

``app`` goes the way ui/app.py's run_app does (Qt application, theme, open the plan book, main
window with its home list filled), except that it signs in as the first staff member instead of
asking (and, for an encrypted book, is handed its key). ``empty`` shows an empty PySide6 window, the baseline. Either prints one JSON line, when
the window is shown and the event loop has turned once: the wall-clock time, rows in the home
list, and the process's peak memory so far.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def peak_memory_mb() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        try:
            import psutil
        except ImportError:
            return None
        return psutil.Process().memory_info().peak_wset / 2**20
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10


def main(mode: str, db: str | None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    if mode == "empty":
        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.resize(1100, 760)
        window.show()
        rows = lambda: 0  # noqa: E731
    else:
        from bench.book_file import open_book
        from ui import theme
        from ui.app import run_app  # noqa: F401  (the app's own imports, as main.py pulls them in)
        from ui.main_window import MainWindow

        app = QApplication(sys.argv[:1])
        app.setApplicationName("Plan Together")
        theme.apply(app)
        book = open_book(Path(db))  # with the key, as after signing in
        settings = book.settings.all()
        theme.apply(app, settings["text_scale"], settings["high_contrast"])
        book.staff.act_as(book.staff.list()[0].id)
        window = MainWindow(book)
        window.show()
        rows = window.home.model.rowCount

    def ready() -> None:
        app.processEvents()
        print(json.dumps({"ready": time.time(), "rows": rows(), "peak_mb": peak_memory_mb()}))
        sys.stdout.flush()
        if mode != "empty":
            # Close the book as the app does on quitting, so the next start is a clean one
            # (after an unclean end the app reads the whole file to check it).
            book.close()
        os._exit(0)  # measured; tearing down is not part of starting

    QTimer.singleShot(0, ready)
    return app.exec()  # ready() ends the process


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None))
