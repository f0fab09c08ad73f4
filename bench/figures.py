"""One measured figure, its goal, and the table and JSON they are written as."""

from __future__ import annotations

import json
import math
import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

MEASURED = "measured"
NOT_BUILT = "not built yet"
FAILED = "failed"


@dataclass
class Figure:
    """A row of the table. ``value`` is what the goal is judged on (in ``unit``)."""

    key: str
    what: str
    value: float | None = None
    unit: str = "ms"
    goal: float | None = None  # the value must stay at or under this
    goal_words: str = ""
    status: str = MEASURED
    detail: str = ""
    numbers: dict[str, Any] = field(default_factory=dict)

    @property
    def met(self) -> bool | None:
        if self.status != MEASURED or self.value is None or self.goal is None:
            return None
        return self.value <= self.goal


def not_built(key: str, what: str, goal: float | None, unit: str, goal_words: str) -> Figure:
    return Figure(key, what, None, unit, goal, goal_words, NOT_BUILT)


def failed(key: str, what: str, error: BaseException, goal_words: str = "") -> Figure:
    words = f"{type(error).__name__}: {error}".strip().splitlines()
    return Figure(
        key, what, goal_words=goal_words, status=FAILED, detail=" ".join(words[-3:])[:300]
    )


def percentile(samples: Sequence[float], p: float) -> float:
    """The p-th percentile (0–100), nearest rank: a value that was really seen."""
    ordered = sorted(samples)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


def spread(key: str, what: str, ms: Sequence[float], goal_ms: float, goal_words: str) -> Figure:
    """A figure for many timings: judged on p95, with p50 beside it."""
    p50, p95 = percentile(ms, 50), percentile(ms, 95)
    return Figure(
        key,
        what,
        p95,
        "ms",
        goal_ms,
        goal_words,
        detail=f"p50 {_number(p50)} ms, p95 {_number(p95)} ms, max {_number(max(ms))} ms, n={len(ms)}",
        numbers={
            "p50_ms": p50,
            "p95_ms": p95,
            "max_ms": max(ms),
            "mean_ms": statistics.fmean(ms),
            "n": len(ms),
        },
    )


def _number(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def shown(figure: Figure) -> str:
    if figure.status == NOT_BUILT:
        return "not built yet"
    if figure.status == FAILED:
        return "failed: " + figure.detail
    if figure.detail:
        return figure.detail
    if figure.value is None:
        return "—"
    return f"{_number(figure.value)} {figure.unit}".strip()


def table(figures: Sequence[Figure], heading: str) -> str:
    rows = [("what", "figure", "goal", "met?")]
    for figure in figures:
        met = {True: "yes", False: "NO", None: "–"}[figure.met]
        rows.append((figure.what, shown(figure), figure.goal_words, met))
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    lines = [heading, ""]
    for i, row in enumerate(rows):
        cells = [row[c].ljust(widths[c]) for c in range(3)] + [row[3]]
        lines.append("  ".join(cells))
        if i == 0:
            lines.append("  ".join("-" * w for w in [*widths, 4]))
    return "\n".join(lines)


def write_json(path: Path, about: dict, figures: Sequence[Figure]) -> None:
    rows = []
    for figure in figures:
        row = asdict(figure)
        row["met"] = figure.met
        rows.append(row)
    path.write_text(json.dumps({"about": about, "figures": rows}, indent=2) + "\n", "utf-8")
