"""The benchmark runs end to end at a tiny size. Its figures are never judged here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = {
    "start_ratio",
    "search",
    "home_search",
    "open_plan",
    "edit_add",
    "edit_change",
    "edit_rate",
    "pdf_one",
    "pdf_batch",
    "pilot",
    "peak_memory",
    "encrypted",
}


def _run(tmp_path: Path) -> subprocess.CompletedProcess:
    command = [sys.executable, "bench/run.py", "--people", "20", "--versions", "60"]
    command += ["--starts", "1", "--samples", "10", "--batch", "2"]
    command += ["--json", str(tmp_path / "figures.json"), "--cache", str(tmp_path / "cache")]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_the_benchmark_measures_every_part_and_keeps_its_plan_book(tmp_path: Path) -> None:
    first = _run(tmp_path)
    assert first.returncode == 0, first.stderr
    assert "built in" in first.stdout
    report = json.loads((tmp_path / "figures.json").read_text("utf-8"))
    figures = {row["key"]: row for row in report["figures"]}
    assert set(figures) == EXPECTED
    for row in figures.values():
        assert row["status"] in ("measured", "not built yet"), row
        assert row["what"] in first.stdout
        if row["status"] == "measured" and row["key"] != "encrypted":
            assert row["value"] > 0, row
            assert row["met"] in (True, False) or row["goal"] is None  # a batch has no goal
    assert figures["start_ratio"]["numbers"]["home_rows"] == 20
    assert figures["search"]["numbers"]["n"] == 10
    assert report["about"]["people"] == 20

    again = _run(tmp_path)
    assert again.returncode == 0, again.stderr
    assert "kept from an earlier run" in again.stdout
    assert len(list((tmp_path / "cache").glob("*.db"))) == 1
