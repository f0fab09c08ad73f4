"""The order right-to-left text (Urdu, Arabic) is read in: the Unicode Bidirectional Algorithm.

Levels and line order come from python-bidi's implementation of UAX #9. Our own paragraphs of
joined writing use them (bidi_lines.py), and so does reportlab's canvas when it draws a single
line such as a page footer: it asks the ``rlbidi`` package for ``log2vis``, which is not
published where we install from, so ``install()`` hands reportlab this module's ``log2vis``
before reportlab's text modules load.
"""

from __future__ import annotations

import importlib
import sys
import types

from bidi import algorithm

# Explicit direction marks and embeddings; the algorithm below works on plain text.
_CONTROLS = dict.fromkeys(
    map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)


def base_direction(text: str) -> str:
    """'RTL' when the first strong letter of ``text`` is written right to left, else 'LTR'."""
    return "RTL" if algorithm.get_base_level(text.translate(_CONTROLS)) == 1 else "LTR"


def levels(text: str, base: str | None = None) -> list[int]:
    """The resolved embedding level of each character (odd levels run right to left)."""
    storage = algorithm.get_empty_storage()
    level = {"LTR": 0, "RTL": 1}.get((base or "").upper())
    if level is None:
        level = algorithm.get_base_level(text)
    storage["base_level"] = level
    storage["base_dir"] = ("L", "R")[level]
    algorithm.get_embedding_levels(text, storage, False, False)
    algorithm.explicit_embed_and_overrides(storage, False)
    algorithm.resolve_weak_types(storage, False)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    return [char["level"] for char in storage["chars"]]


def visual_order(line_levels: list[int]) -> list[int]:
    """For each place on the line, left to right, the index of the character shown there.

    Rule L2: from the highest level down to the lowest odd one, reverse every run of
    characters at that level or higher.
    """
    order = list(range(len(line_levels)))
    if not line_levels:
        return order
    lowest_odd = min(line_levels) | 1
    for level in range(max(line_levels), lowest_odd - 1, -1):
        start = 0
        while start < len(order):
            if line_levels[order[start]] < level:
                start += 1
                continue
            end = start
            while end < len(order) and line_levels[order[end]] >= level:
                end += 1
            order[start:end] = reversed(order[start:end])
            start = end
    return order


def log2vis(
    text: str,
    base_direction: str | None = None,
    clean: bool = True,
    positions_V_to_L: list[int] | None = None,
) -> str:
    """The line as it is shown, left to right, as rlbidi gives it to reportlab."""
    if clean:
        text = text.translate(_CONTROLS)
    line_levels = levels(text, base_direction)
    order = visual_order(line_levels)
    if positions_V_to_L is not None:
        positions_V_to_L[:] = order
    shown = []
    for index in order:
        char = text[index]
        if line_levels[index] % 2:
            char = algorithm.MIRRORED.get(char, char)  # "(" becomes ")" in a right-to-left run
        shown.append(char)
    return "".join(shown)


def install() -> None:
    """Give reportlab its line-ordering function (once, before its text modules are used)."""
    if "rlbidi" in sys.modules:
        return
    module = types.ModuleType("rlbidi", "python-bidi's algorithm in rlbidi's shape")
    module.log2vis = log2vis  # type: ignore[attr-defined]
    sys.modules["rlbidi"] = module
    textobject = sys.modules.get("reportlab.pdfgen.textobject")
    if textobject is not None and not textobject.rtlSupport:
        # reportlab was loaded first (by another import); load its text modules again.
        textobject = importlib.reload(textobject)
        sys.modules["reportlab.pdfgen.canvas"].bidiShapedText = textobject.bidiShapedText
        if "reportlab.platypus.paragraph" in sys.modules:
            importlib.reload(sys.modules["reportlab.platypus.paragraph"])
