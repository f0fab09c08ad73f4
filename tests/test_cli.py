"""The command-line verbs, run as a user would run them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from main import main

ROOT = Path(__file__).resolve().parent.parent


def test_demo_people_export_import(tmp_path, capsys) -> None:
    db = tmp_path / "demo.db"
    assert main(["demo", "--db", str(db), "--people", "14"]) == 0
    assert main(["people", "--db", str(db)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()[1:]
    assert len(lines) == 14
    person_id, name = lines[0].split("\t")
    assert name

    out = tmp_path / "person.json"
    assert main(["--db", str(db), "export", "--person", person_id, "--out", str(out)]) == 0
    assert json.loads(out.read_text("utf-8"))["person"]["id"] == person_id

    other = tmp_path / "other.db"
    assert main(["import", str(out), "--db", str(other)]) == 0
    assert main(["people", "--db", str(other)]) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1] == f"{person_id}\t{name}"

    assert main(["import", str(out), "--db", str(other)]) == 0
    assert "Nothing was added" in capsys.readouterr().out


def test_a_bad_file_gives_one_plain_line_and_exit_code_1(tmp_path, capsys) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json", "utf-8")
    assert main(["import", str(bad), "--db", str(tmp_path / "x.db")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert "Nothing was changed" in err


def test_demo_will_not_overwrite_a_file(tmp_path, capsys) -> None:
    db = tmp_path / "demo.db"
    db.write_text("precious")
    assert main(["demo", "--db", str(db)]) == 1
    assert db.read_text() == "precious"


def test_main_py_runs_as_a_script(tmp_path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "people", "--db", str(tmp_path / "new.db")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
