"""The goal attainment score (Kiresuk and Sherman's T-score), with equal weights.

Each goal rated at a review is put on the -2..+2 scale (our 1 "much less than hoped" is -2,
3 "as hoped" is 0, 5 "much more than hoped" is +2). For ``n`` goals with ratings ``x``:

    T = 50 + 10 * sum(x) / sqrt((1 - rho) * n + rho * n**2),   rho = 0.3

so a plan whose goals all went as hoped scores 50, and about two in three plans fall
between 40 and 60. See docs/pilot-review.md for a worked example.
"""

from __future__ import annotations

import math

RHO = 0.3  # the usual assumed correlation between one person's goals
AS_HOPED = 3  # the middle of the goal scale: 0 on the -2..+2 scale


def centred(rating: int) -> int:
    """A 1..5 goal rating on the -2..+2 scale."""
    return rating - AS_HOPED


def t_score(total: int, n: int, rho: float = RHO) -> float:
    """The T-score of ``n`` equally weighted goals whose -2..+2 ratings add up to ``total``."""
    if n <= 0:
        raise ValueError("a goal score needs at least one rated goal")
    return 50 + 10 * total / math.sqrt((1 - rho) * n + rho * n * n)


def t_score_of(ratings: list[int], rho: float = RHO) -> float:
    """The T-score of goals rated 1..5."""
    return t_score(sum(centred(r) for r in ratings), len(ratings), rho)
