"""A later app version's migrations, made in a test: the real ones plus one more."""

from __future__ import annotations

import shutil
from pathlib import Path

from supportplan.storage import upgrade as upgrading


def extra_migrations(tmp_path: Path, body: str) -> Path:
    """A copy of the real migrations plus one more, as a later app version would ship."""
    folder = tmp_path / "migrations"
    real = upgrading.migrations_folder()
    shutil.copytree(real, folder, ignore=shutil.ignore_patterns("__pycache__"))
    head = upgrading.head_revision()
    (folder / "versions" / "9999_later.py").write_text(
        f"import sqlalchemy as sa\nfrom alembic import op\n"
        f"revision = '9999'\ndown_revision = {head!r}\nbranch_labels = None\ndepends_on = None\n"
        f"def upgrade():\n{body}\ndef downgrade():\n    pass\n"
    )
    return folder


def point_alembic_at(monkeypatch, folder: Path) -> None:
    monkeypatch.setattr(upgrading, "migrations_folder", lambda: folder)
