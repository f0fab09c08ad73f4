"""A made-up language for testing layouts: every string longer, accented, and right to left.

Translated text is often a third longer than English (Welsh and Polish often more), and Urdu
and Arabic run right to left. Showing the app in this pseudo-language finds labels that clip and
layouts that do not mirror, before a real translation does. Placeholders such as ``{name}`` and
the ``&`` before a menu's shortcut letter are kept, so every string still works.
"""

from __future__ import annotations

import gettext
import re

PSEUDO = "pseudo"

_ACCENTED = str.maketrans(
    "AaCcEeIiLlNnOoSsUuYyZz",
    "ÀàÇçÉéÎîĽľÑñÖöŠšÛûÝýŽž",
)
_PIECES = re.compile(r"(\{[^{}]*\}|&&|&\w|\n|%\([^)]*\)[sd]|%[sd])")
_VOWELS = "AaEeIiOoUu"


def pseudo(message: str) -> str:
    """``message`` in the pseudo-language, about 40% longer: "Add a person" → "⟦Ààdd à pééršöñ⟧"."""
    out = []
    for piece in _PIECES.split(message):
        if not piece or _PIECES.fullmatch(piece):
            out.append(piece)
            continue
        longer = []
        for index, char in enumerate(piece):
            longer.append(char)
            if char in _VOWELS and index % 2 == 0:
                longer.append(char)  # doubled vowels: longer, still readable
        out.append("".join(longer).translate(_ACCENTED))
    text = "".join(out)
    padding = "·" * max(1, len(message) // 6)
    return f"⟦{text}{padding}⟧" if message else message


class PseudoTranslations(gettext.NullTranslations):
    """A catalog that translates every message into the pseudo-language."""

    def gettext(self, message: str) -> str:
        return pseudo(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return pseudo(msgid1 if n == 1 else msgid2)

    def pgettext(self, context: str, message: str) -> str:
        return pseudo(message)
