"""Start to home screen ready, beside an empty PySide6 window; and the app's peak memory."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.figures import Figure

CHILD = Path(__file__).resolve().parent / "start_child.py"
START_RATIO_GOAL = 2.0
MEMORY_GOAL_MB = 300.0


def one_start(mode: str, db: Path | None) -> dict:
    """Seconds from asking for a new process until its window is ready, and what it reported."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, str(CHILD), mode] + ([str(db)] if db else [])
    started = time.time()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    if result.returncode != 0:
        raise RuntimeError(f"{mode} start failed: {result.stderr.strip()[-500:]}")
    report = json.loads(result.stdout.strip().splitlines()[-1])
    report["seconds"] = report["ready"] - started
    return report


def measure(db: Path, starts: int) -> list[Figure]:
    """Median of ``starts`` cold starts each way, taken in turns so both see the same machine."""
    app, empty = [], []
    for _ in range(starts):
        empty.append(one_start("empty", None))
        app.append(one_start("app", db))
    app_s = statistics.median(r["seconds"] for r in app)
    empty_s = statistics.median(r["seconds"] for r in empty)
    ratio = app_s / empty_s
    start = Figure(
        "start_ratio",
        "start to home screen ready",
        ratio,
        "×",
        START_RATIO_GOAL,
        "≤ 2× empty window",
        detail=f"{app_s:.2f} s vs empty window {empty_s:.2f} s = {ratio:.1f}×",
        numbers={
            "app_median_s": app_s,
            "empty_median_s": empty_s,
            "app_s": [r["seconds"] for r in app],
            "empty_s": [r["seconds"] for r in empty],
            "home_rows": app[0]["rows"],
        },
    )
    peaks = [r["peak_mb"] for r in app if r["peak_mb"] is not None]
    if not peaks:
        memory = Figure("peak_memory", "peak memory, home shown", unit="MB", status="failed")
        memory.detail = "this system reports no peak memory (install psutil)"
        return [start, memory]
    empty_peak = max(r["peak_mb"] or 0 for r in empty)
    memory = Figure(
        "peak_memory",
        "peak memory, big book open, home shown",
        max(peaks),
        "MB",
        MEMORY_GOAL_MB,
        "< 300 MB",
        detail=f"{max(peaks):.0f} MB (empty window {empty_peak:.0f} MB)",
        numbers={"app_peak_mb": max(peaks), "empty_peak_mb": empty_peak},
    )
    return [start, memory]
