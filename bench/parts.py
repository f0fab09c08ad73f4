"""What is measured inside one process, over the plan book's own services.

Each part is one function ``part(bench) -> list[Figure]``. A part whose code has not landed yet
says "not built yet" rather than a figure. To measure something new, add one function here and
put it in PARTS.
"""

from __future__ import annotations

import importlib.util
import random
import statistics
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bench.figures import Figure, failed, not_built, spread
from supportplan.book import PlanBook
from supportplan.model.kinds import EntryKind

QUICK_MS = 100.0  # search and opening a plan
EDIT_MS = 20.0  # an edit, p95
PDF_S = 0.5
PILOT_S = 1.0


@dataclass
class Bench:
    """What every part gets: the open plan book, its file, and how many samples to take."""

    book: PlanBook
    db: Path
    folder: Path
    samples: int
    batch: int
    rng: random.Random = field(default_factory=lambda: random.Random(9))
    _versions: list[tuple[uuid.UUID, uuid.UUID, bool]] | None = None

    def versions(self) -> list[tuple[uuid.UUID, uuid.UUID, bool]]:
        """(plan id, latest version id, is draft) for every plan, found through the services."""
        if self._versions is None:
            self._versions = [
                (plan.id, plan.latest.id, plan.latest.is_draft)
                for person in self.book.people.find()
                for plan in self.book.plans.plans_for(person.id)
            ]
        return self._versions


def timed_ms(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def prefixes(bench: Bench) -> list[str]:
    """Many different beginnings of names people really have, 1 to 4 letters long."""
    names = [p.preferred_name for p in bench.book.people.find()]
    names += [p.full_name.split()[-1] for p in bench.book.people.find() if p.full_name]
    seen = sorted({name[:n].lower() for name in names for n in (1, 2, 3, 4) if len(name) >= n})
    bench.rng.shuffle(seen)
    return seen[: bench.samples]


def search(bench: Bench) -> list[Figure]:
    words = prefixes(bench)
    bench.book.people.find(words[0])  # the first query pays for compiling it
    ms = [timed_ms(lambda w=w: bench.book.people.find(w)) for w in words]
    return [spread("search", "search people by name", ms, QUICK_MS, "< 100 ms")]


def home_search(bench: Bench) -> list[Figure]:
    """The same, as the home screen does it: search, fill the list, draw it."""
    from PySide6.QtWidgets import QApplication

    from ui.home import HomePage

    app = QApplication.instance() or QApplication([])
    home = HomePage(bench.book)
    home.resize(1100, 700)
    home.show()
    app.processEvents()

    def typed(word: str) -> None:
        home.search.setText(word)
        home._timer.stop()
        home.refresh_people()
        app.processEvents()

    ms = [timed_ms(lambda w=w: typed(w)) for w in prefixes(bench)]
    home.close()
    home.deleteLater()
    app.processEvents()
    return [spread("home_search", "search on the home screen", ms, QUICK_MS, "< 100 ms")]


def open_plan(bench: Bench) -> list[Figure]:
    chosen = bench.rng.sample(bench.versions(), min(bench.samples, len(bench.versions())))
    ms = [timed_ms(lambda v=v: bench.book.plans.open(v)) for _plan, v, _draft in chosen]
    return [spread("open_plan", "open a plan", ms, QUICK_MS, "< 100 ms")]


def edits(bench: Bench) -> list[Figure]:
    """Add an entry, change it, rate the area — each from the call until it is committed."""
    drafts = [v for _plan, v, draft in bench.versions() if draft]
    if not drafts:
        raise RuntimeError("the plan book has no draft plan to edit")
    areas = ("wellbeing", "home", "community", "aspirations")
    added, changed, rated = [], [], []
    for i in range(bench.samples):
        version, area = drafts[i % len(drafts)], areas[i % len(areas)]
        started = time.perf_counter()
        entry = bench.book.entries.add(version, area, EntryKind.GOOD, "I like going to the park.")
        added.append((time.perf_counter() - started) * 1000)
        changed.append(timed_ms(lambda e=entry: bench.book.entries.edit(e.id, "I like the park.")))
        rated.append(
            timed_ms(lambda v=version, a=area, n=1 + i % 5: bench.book.plans.rate(v, a, n))
        )
    words = "p95 < 20 ms"
    return [
        spread("edit_add", "edit: add an entry", added, EDIT_MS, words),
        spread("edit_change", "edit: change an entry", changed, EDIT_MS, words),
        spread("edit_rate", "edit: rate an area", rated, EDIT_MS, words),
    ]


def _printing_built() -> bool:
    return importlib.util.find_spec("supportplan.printing") is not None


def print_easy_read(bench: Bench, version_id: uuid.UUID) -> int:
    """One easy-read PDF, as the app's preview, batch print and ``print`` verb make it."""
    from supportplan.printing import Style, make_pdf

    return len(make_pdf(bench.book, version_id, Style("easy-read")).pdf)


def easy_read_pdf(bench: Bench) -> list[Figure]:
    what = "easy-read PDF of a typical plan"
    if not _printing_built():
        return [not_built("pdf_one", what, PDF_S, "s", "< 0.5 s")]
    agreed = [v for _plan, v, draft in bench.versions() if not draft]
    chosen = bench.rng.sample(agreed, min(10, len(agreed)))
    print_easy_read(bench, chosen[0])  # the first loads fonts and pictures once, as the app does
    sizes: list[int] = []
    seconds = [
        timed_ms(lambda v=v: sizes.append(print_easy_read(bench, v))) / 1000 for v in chosen[1:]
    ]
    median = statistics.median(seconds)
    return [
        Figure(
            "pdf_one",
            what,
            median,
            "s",
            PDF_S,
            "< 0.5 s",
            detail=f"median {median:.2f} s, max {max(seconds):.2f} s, of {len(seconds)} plans",
            numbers={"seconds": seconds, "pdf_bytes": sizes},
        )
    ]


def easy_read_batch(bench: Bench) -> list[Figure]:
    what = f"easy-read PDFs, {bench.batch} plans in a batch"
    if not _printing_built():
        return [not_built("pdf_batch", what, None, "s", "(no goal)")]
    agreed = [v for _plan, v, draft in bench.versions() if not draft]
    chosen = bench.rng.sample(agreed, min(bench.batch, len(agreed)))
    started = time.perf_counter()
    for version in chosen:
        print_easy_read(bench, version)
    total = time.perf_counter() - started
    return [
        Figure(
            "pdf_batch",
            what,
            total,
            "s",
            None,
            "(no goal)",
            detail=f"{total:.1f} s, {total / len(chosen):.2f} s each",
            numbers={"seconds": total, "plans": len(chosen)},
        )
    ]


def pilot_review(bench: Bench) -> list[Figure]:
    what = "pilot review over all plans"
    pilot = getattr(bench.book, "pilot", None)
    if pilot is None:
        return [not_built("pilot", what, PILOT_S, "s", "< 1 s")]
    # The pilot review with no filters: every plan in the book.
    seconds = [timed_ms(pilot.review) / 1000 for _ in range(5)]
    median = statistics.median(seconds)
    return [
        Figure(
            "pilot",
            what,
            median,
            "s",
            PILOT_S,
            "< 1 s",
            detail=f"median {median:.2f} s of 5",
            numbers={"seconds": seconds},
        )
    ]


def encrypted(bench: Bench) -> list[Figure]:
    """Whether the figures above were taken through encryption (SQLCipher), as a user's are."""
    what = "plan book encrypted on disk"
    if not getattr(bench.book, "encrypted", False):
        return [not_built("encrypted", what, None, "", "(figures above include it)")]
    words = "yes: every figure above is through encryption (signing in is not)"
    return [
        Figure("encrypted", what, None, "", goal_words="(figures above include it)", detail=words)
    ]


PARTS: dict[str, Callable[[Bench], list[Figure]]] = {
    "search": search,
    "home_search": home_search,
    "open_plan": open_plan,
    "edits": edits,
    "pdf_one": easy_read_pdf,
    "pdf_batch": easy_read_batch,
    "pilot": pilot_review,
    "encrypted": encrypted,
}


def run_part(name: str, bench: Bench) -> list[Figure]:
    """Run one part; a part that breaks is a "failed" row, not the end of the run."""
    try:
        return PARTS[name](bench)
    except Exception as error:
        return [failed(name, name.replace("_", " "), error)]
