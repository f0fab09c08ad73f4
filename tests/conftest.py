"""Shared fixtures. Qt runs offscreen; every test gets its own plan book file."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

from supportplan.book import PlanBook
from supportplan.demo import generate


@pytest.fixture
def book(tmp_path: Path):
    """An empty plan book with one staff member signed in."""
    plan_book = PlanBook.open(tmp_path / "plans.db")
    staff = plan_book.staff.add("Sam Carter")
    plan_book.staff.act_as(staff.id)
    yield plan_book
    plan_book.close()


@pytest.fixture
def demo_book(tmp_path: Path):
    """A plan book of made-up people at every stage, signed in as its first staff member."""
    plan_book = PlanBook.open(tmp_path / "demo.db", demo=True)
    generate(plan_book)
    plan_book.staff.act_as(plan_book.staff.list()[0].id)
    yield plan_book
    plan_book.close()


@pytest.fixture
def cheap_keys(monkeypatch):
    """Argon2id at its cheapest, so tests that set passwords run quickly."""
    from supportplan.security import keys

    monkeypatch.setattr(keys, "PASSWORD_COST", keys.Cost(1, 1024, 1))


@pytest.fixture
def secret_book(tmp_path: Path, cheap_keys):
    """An encrypted plan book (SQLCipher), set up by its admin "Ada Admin" (password below)."""
    from supportplan.security.access import create_book

    plan_book, recovery = create_book(tmp_path / "plans.db", "Riverside", "Ada Admin", PASSWORD)
    plan_book.recovery_key_for_tests = recovery
    yield plan_book
    plan_book.close()


PASSWORD = "correct horse battery"
