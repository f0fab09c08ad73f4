"""Helpers for the exchange tests: a fingerprint of a whole plan book, and documents to compare."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, text


def fingerprint(book) -> str:
    """A hash of every row of every table: equal fingerprints mean nothing changed."""
    digest = hashlib.sha256()
    with book.read() as session:
        for table in sorted(inspect(book.engine).get_table_names()):
            rows = session.execute(text(f'SELECT * FROM "{table}"')).all()
            for row in sorted(repr(tuple(r)) for r in rows):
                digest.update(row.encode())
    return digest.hexdigest()


def load(path: Path) -> dict[str, Any]:
    document = json.loads(Path(path).read_text("utf-8"))
    document.pop("exported_at")
    return document
