"""Keeping lists (entries, goals, steps) in the order people put them."""

from __future__ import annotations

from typing import Protocol, TypeVar


class Ordered(Protocol):
    position: int


T = TypeVar("T", bound=Ordered)


def place(rows: list[T], row: T, position: int | None) -> None:
    """Put ``row`` into ``rows`` at ``position`` (the end when None), then renumber them all."""
    at = len(rows) if position is None else max(0, min(position, len(rows)))
    rows.insert(at, row)
    renumber(rows)


def renumber(rows: list[T]) -> None:
    for position, row in enumerate(rows):
        if row.position != position:
            row.position = position
