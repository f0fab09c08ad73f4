"""Writing demo rows in bulk, and a made-up signature picture for demo agreements."""

from __future__ import annotations

import random
import struct
import uuid
import zlib
from collections import defaultdict
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from supportplan.model import (
    Agreement,
    Entry,
    FeedbackAnswer,
    Goal,
    Person,
    Plan,
    PlanArea,
    PlanVersion,
    Staff,
    Step,
)

if TYPE_CHECKING:
    from supportplan.book import PlanBook

_ORDER = (Staff, Person, Plan, PlanVersion, PlanArea, Entry, Goal, Step, Agreement, FeedbackAnswer)


def squiggle_png(rng: random.Random, width: int = 240, height: int = 80) -> bytes:
    """A small black-on-white PNG of a made-up signature, drawn point by point."""
    pixels = [[255] * width for _ in range(height)]
    x, y = 10.0, height / 2
    step = rng.uniform(0.8, 1.4)
    while x < width - 10:
        y += rng.uniform(-3, 3)
        y = max(8, min(height - 8, y))
        for dy in (-1, 0, 1):
            pixels[int(y) + dy][int(x)] = 0
        x += step
    raw = b"".join(b"\x00" + bytes(row) for row in pixels)

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


class Rows:
    """Rows waiting to be written, by table, in an order foreign keys allow."""

    def __init__(self) -> None:
        self._rows: dict[type, list[dict[str, Any]]] = defaultdict(list)
        self._now = datetime.now(UTC)

    def add(self, model: type, **values: Any) -> uuid.UUID:
        values.setdefault("id", uuid.uuid4())
        if hasattr(model, "created_at"):
            values.setdefault("created_at", self._now)
            values.setdefault("updated_at", values["created_at"])
        self._rows[model].append(values)
        return values["id"]

    def __len__(self) -> int:
        return sum(len(r) for r in self._rows.values())

    def write(self, book: PlanBook) -> None:
        with book.write() as session:
            self._insert(session)
        self._rows.clear()

    def _insert(self, session: Session) -> None:
        for model in _ORDER:
            rows = self._rows.get(model)
            if rows:
                for batch in _same_keys(rows):
                    session.execute(insert(model), batch)


def _same_keys(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[tuple(sorted(row))].append(row)
    return list(groups.values())
