"""The README's Quick start and CI's script say the same thing."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ci_runs_the_readme_test_command_exactly() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    quick_start = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```\n(.+?)\n```", quick_start)
    assert len(commands) == 2, "Quick start has exactly two command lines"
    ci = (ROOT / ".ci" / "run").read_text("utf-8").splitlines()
    assert commands[1] in ci
    assert "pytest" in commands[1] and "main.py" in commands[0]
