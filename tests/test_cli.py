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
    assert main(["demo", "--db", str(other), "--people", "1"]) == 0
    assert main(["import", str(out), "--db", str(other)]) == 0
    assert main(["people", "--db", str(other)]) == 0
    assert f"{person_id}\t{name}" in capsys.readouterr().out.strip().splitlines()

    assert main(["import", str(out), "--db", str(other)]) == 0
    assert "Nothing was added" in capsys.readouterr().out


def test_a_bad_file_gives_one_plain_line_and_exit_code_1(tmp_path, capsys) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json", "utf-8")
    assert main(["demo", "--db", str(tmp_path / "x.db"), "--people", "1"]) == 0
    capsys.readouterr()
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
    # A command never makes a plan book by accident: it says how to make one.
    assert result.returncode == 1
    assert "main.py new" in result.stderr and result.stdout == ""
    assert not (tmp_path / "new.db").exists()


def test_an_encrypted_book_from_the_command_line(tmp_path, capsys, monkeypatch, cheap_keys) -> None:
    db = tmp_path / "plans.db"
    monkeypatch.setenv("PLAN_TOGETHER_PASSWORD", "scripted password")
    assert (
        main(["new", "--db", str(db), "--staff", "Ada Admin", "--organisation", "Riverside"]) == 0
    )
    recovery = capsys.readouterr().out.strip().splitlines()[-1]
    assert len(recovery.replace("-", "")) == 32
    assert not db.read_bytes().startswith(b"SQLite format 3")

    demo = tmp_path / "demo.db"
    assert main(["demo", "--db", str(demo), "--people", "2"]) == 0
    assert main(["people", "--db", str(demo)]) == 0
    person_id = capsys.readouterr().out.strip().splitlines()[-1].split("\t")[0]
    out = tmp_path / "person.json"
    assert main(["export", "--db", str(demo), "--person", person_id, "--out", str(out)]) == 0

    monkeypatch.setenv("PLAN_TOGETHER_STAFF", "ada admin")
    assert main(["import", str(out), "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["people", "--db", str(db)]) == 0
    assert [line.split("\t")[0] for line in capsys.readouterr().out.strip().splitlines()] == [
        person_id
    ]

    monkeypatch.setenv("PLAN_TOGETHER_PASSWORD", "wrong password")
    assert main(["people", "--db", str(db)]) == 1
    assert "not right" in capsys.readouterr().err
    monkeypatch.setenv("PLAN_TOGETHER_STAFF", "Nobody")
    assert main(["people", "--db", str(db)]) == 1
    assert "no staff member with that name" in capsys.readouterr().err
