"""Our own scales, in our own plain words (not any licensed tool's wording).

Each point has words and a face picture key; the person's screen, the workspace and the PDFs
all take the words from here so the same point always reads the same.
"""

from __future__ import annotations

from dataclasses import dataclass

from supportplan.i18n import N_


@dataclass(frozen=True)
class ScalePoint:
    value: int
    words: str  # marked with N_, translate where shown
    face: str  # picture key


AREA_SCALE = (
    ScalePoint(1, N_("Really hard right now"), "face-1"),
    ScalePoint(2, N_("Not going well"), "face-2"),
    ScalePoint(3, N_("Some good, some not"), "face-3"),
    ScalePoint(4, N_("Going well"), "face-4"),
    ScalePoint(5, N_("Going really well"), "face-5"),
)
"""How an area of life is going, as the person sees it (and, separately, as staff see it)."""

GOAL_SCALE = (
    ScalePoint(1, N_("Much less than hoped"), "face-1"),
    ScalePoint(2, N_("A bit less than hoped"), "face-2"),
    ScalePoint(3, N_("As hoped"), "face-3"),
    ScalePoint(4, N_("A bit more than hoped"), "face-4"),
    ScalePoint(5, N_("Much more than hoped"), "face-5"),
)
"""How a goal went, asked at a review."""

FEEDBACK_SCALE = (
    ScalePoint(1, N_("No"), "face-1"),
    ScalePoint(2, N_("Not really"), "face-2"),
    ScalePoint(3, N_("Not sure"), "face-3"),
    ScalePoint(4, N_("Mostly"), "face-4"),
    ScalePoint(5, N_("Yes"), "face-5"),
)
"""How much someone agrees with a feedback sentence such as "I felt listened to"."""

SCALE_MIN = 1
SCALE_MAX = 5


def point(scale: tuple[ScalePoint, ...], value: int | None) -> ScalePoint | None:
    if value is None:
        return None
    return next((p for p in scale if p.value == value), None)
