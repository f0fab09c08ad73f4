"""Emoji in what people wrote (🐶, 👍🏽, 👨‍👩‍👧), printed as OpenMoji pictures.

No embeddable font draws colour emoji, so each one is drawn as its OpenMoji picture. In a line
of words the picture is a small PNG made from the vector drawing (reportlab places only
images inside a paragraph); beside an entry it is drawn as a vector.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable
from pathlib import Path

from supportplan.printing.pictures import openmoji_drawing, openmoji_names

LONGEST = 10  # code points in the longest emoji sequence (families, flags with tags)
VARIATION = "\ufe0f"
INLINE_PIXELS = 96
_lock = threading.Lock()


def name_of(chars: str) -> str:
    """The OpenMoji file name for a sequence of characters, e.g. "1F469-200D-1F4BB"."""
    return "-".join(f"{ord(c):04X}" for c in chars)


def emoji_at(text: str, start: int, drawable: Callable[[str], bool]) -> tuple[str, int] | None:
    """The OpenMoji picture for an emoji starting at ``start``, and how many characters it uses.

    A single character a text font can draw (a digit, "©", "•") stays text unless an emoji
    variation selector follows it; pictographs (U+1F000 on) are always pictures.
    """
    names = openmoji_names()
    for length in range(min(LONGEST, len(text) - start), 0, -1):
        chars = text[start : start + length]
        for candidate in (chars, chars.replace(VARIATION, "")):
            if not candidate or name_of(candidate) not in names:
                continue
            if len(candidate) == 1 and not _pictograph(candidate, chars, drawable):
                continue
            return name_of(candidate), length
    return None


def _pictograph(char: str, chars: str, drawable: Callable[[str], bool]) -> bool:
    if VARIATION in chars or ord(char) >= 0x1F000:
        return True
    return ord(char) >= 0x2000 and not drawable(char)


def inline_png(name: str, folder: Path) -> Path:
    """A PNG of the picture for use inside a line of words, made once and kept in ``folder``."""
    path = folder / f"{name}-{INLINE_PIXELS}.png"
    with _lock:
        if not path.is_file():
            folder.mkdir(parents=True, exist_ok=True)
            partial = path.with_suffix(".part")
            partial.write_bytes(_rasterise(name))
            partial.replace(path)
    return path


def _rasterise(name: str) -> bytes:
    """Draw the vector picture into a one-page PDF and let pdfium paint it onto pixels."""
    import pypdfium2
    from reportlab.graphics import renderPDF

    picture = openmoji_drawing(name)
    document = pypdfium2.PdfDocument(renderPDF.drawToString(picture))
    try:
        page = document[0]
        scale = INLINE_PIXELS / max(page.get_width(), page.get_height())
        bitmap = page.render(scale=scale, fill_color=(255, 255, 255, 0))
        out = io.BytesIO()
        bitmap.to_pil().save(out, format="PNG")
        return out.getvalue()
    finally:
        document.close()
