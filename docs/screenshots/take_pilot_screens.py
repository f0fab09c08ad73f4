"""Save the pilot review, journey and reviews-due screenshots at 100% and 200% text size.

Run from the project folder:  QT_QPA_PLATFORM=offscreen python docs/screenshots/take_pilot_screens.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from supportplan.book import PlanBook  # noqa: E402
from supportplan.demo import generate  # noqa: E402
from ui import theme  # noqa: E402
from ui.journey import JourneyDialog  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.pilot_review import PilotReviewWindow  # noqa: E402


def main() -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        book = PlanBook.open(Path(folder) / "demo.db", demo=True)
        generate(book)
        book.staff.act_as(book.staff.list()[0].id)
        rhys = book.people.find("rhys")[0]
        plan_id = book.plans.plans_for(rhys.id)[0].id
        for scale in (100, 200):
            theme.apply(app, scale)
            review = PilotReviewWindow(book)
            review.resize(1150, 860)
            review.show()
            for row, name in ((0, "feelings"), (5, "goals")):
                review.page_list.setCurrentRow(row)
                app.processEvents()
                review.grab().save(str(HERE / f"pilot-review-{name}-{scale}.png"))
            review.close()
            journey = JourneyDialog(book, plan_id)
            journey.resize(1100, 900)
            journey.show()
            app.processEvents()
            journey.grab().save(str(HERE / f"journey-{scale}.png"))
            journey.close()
            window = MainWindow(book)
            window.resize(1100, 760)
            window.show()
            app.processEvents()
            window.grab().save(str(HERE / f"home-reviews-due-{scale}.png"))
            window.close()
        book.close()


if __name__ == "__main__":
    main()
