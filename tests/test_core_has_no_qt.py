"""The core never imports Qt (DESIGN.md: supportplan/ is used by the CLI, tests and bench)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_importing_every_core_module_loads_no_qt() -> None:
    code = (
        "import importlib, pkgutil, sys, supportplan\n"
        "for m in pkgutil.walk_packages(supportplan.__path__, 'supportplan.'):\n"
        "    if '.migrations' not in m.name: importlib.import_module(m.name)\n"
        "loaded = sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6', 'ui')))\n"
        "print(len([n for n in sys.modules if n.startswith('supportplan')]))\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) > 20  # the walk really did import the core
