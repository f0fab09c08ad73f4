"""The fonts printed plans use, registered with reportlab once, and which one draws each letter.

Latin text is set in Atkinson Hyperlegible (made by the Braille Institute for readers with low
vision). Letters it lacks (Welsh ŵ and ŷ, Greek, Cyrillic) come from Noto Sans; Urdu and Arabic
from Noto Sans Arabic; Chinese from a CJK font on the computer (see ``CJK_CANDIDATES``). Every
font is embedded in the PDF, as a subset of the letters used.
"""

from __future__ import annotations

import io
import os
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import fontpkg
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from supportplan.paths import APP_NAME

BODY_FAMILY = "Atkinson Hyperlegible"
WIDE_FAMILY = "Noto Sans"
ARABIC_FAMILY = "Noto Sans Arabic"

# TrueType CJK fonts found on common systems (reportlab embeds TrueType outlines only).
CJK_CANDIDATES = (
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",  # Debian fonts-droid-fallback
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    os.path.join(os.environ.get("WINDIR", r"C:\Windows"), "Fonts", "msyh.ttc"),
    os.path.join(os.environ.get("WINDIR", r"C:\Windows"), "Fonts", "simsun.ttc"),
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
)


@dataclass(frozen=True)
class Face:
    """One registered font: its reportlab name and the letters it can draw."""

    name: str
    letters: frozenset[int]
    credit: str

    def covers(self, char: str) -> bool:
        return ord(char) in self.letters


class FontSet:
    """The faces in the order they are tried for a letter, regular and bold."""

    def __init__(self, body: Face, body_bold: Face, fallbacks: tuple[tuple[str, Face], ...]):
        self.body = body
        self.body_bold = body_bold
        self._fallbacks = fallbacks  # (family, regular face), tried in order
        self._bold: dict[str, Face] = {}
        self._lock = threading.Lock()

    @property
    def arabic(self) -> Face:
        return self.fallback(ARABIC_FAMILY)

    def fallback(self, family: str) -> Face:
        return next(face for name, face in self._fallbacks if name == family)

    def fallback_faces(self) -> tuple[tuple[str, Face], ...]:
        """(family, regular face) of each fallback, in the order they are tried."""
        return self._fallbacks

    def faces(self) -> tuple[Face, ...]:
        return (self.body, *(face for _name, face in self._fallbacks))

    def face_for(self, char: str, bold: bool = False) -> Face | None:
        """The first face that can draw ``char`` (bold if asked and it can), or None."""
        primary = self.body_bold if bold else self.body
        if primary.covers(char):
            return primary
        for family, face in self._fallbacks:
            if face.covers(char):
                return self.bold_of(family, face) if bold else face
        return None

    def bold_of(self, family: str, face: Face) -> Face:
        """The bold weight of a fallback family, made from its variable font when first needed."""
        with self._lock:
            if family not in self._bold:
                self._bold[family] = _bold_instance(family, face)
            return self._bold[family]

    def bold_faces(self) -> tuple[Face, ...]:
        """The bold fallback faces made so far."""
        return tuple(self._bold.values())


_registering = threading.Lock()


@cache
def fonts() -> FontSet:
    """Register the fonts with reportlab (once per process) and return them."""
    with _registering:
        body = _register("PT-Body", _static(BODY_FAMILY, 400), BODY_FAMILY)
        bold = _register("PT-Body-Bold", _static(BODY_FAMILY, 700), BODY_FAMILY)
        pdfmetrics.registerFontFamily("PT-Body", normal="PT-Body", bold="PT-Body-Bold")
        addMapping("PT-Body", 1, 0, "PT-Body-Bold")
        fallbacks: list[tuple[str, Face]] = [
            (WIDE_FAMILY, _register("PT-Wide", _variable(WIDE_FAMILY), WIDE_FAMILY)),
            (ARABIC_FAMILY, _register("PT-Arabic", _variable(ARABIC_FAMILY), ARABIC_FAMILY)),
        ]
        cjk = _cjk_face()
        if cjk is not None:
            fallbacks.append(("CJK", cjk))
        return FontSet(body, bold, tuple(fallbacks))


def _static(family: str, weight: int) -> Path:
    return fontpkg.path(family, weight)


def _variable(family: str) -> Path:
    # The default instance of these variable fonts is the regular weight.
    return next(f.path for f in fontpkg.family(family).files if f.style == "normal")


def _register(name: str, source: Path, family: str) -> Face:
    font = TTFont(name, str(source))
    pdfmetrics.registerFont(font)
    credit = f"{family} ({fontpkg.family(family).license})"
    return Face(name, frozenset(font.face.charToGlyph), credit)


def _cjk_face() -> Face | None:
    for candidate in CJK_CANDIDATES:
        path = Path(candidate)
        if not path.is_file():
            continue
        try:
            font = TTFont("PT-CJK", str(path), subfontIndex=0)
        except (TTFError, OSError):
            continue  # PostScript outlines or a damaged file: try the next
        pdfmetrics.registerFont(font)
        return Face("PT-CJK", frozenset(font.face.charToGlyph), path.stem)
    return None


def _bold_instance(family: str, regular: Face) -> Face:
    """Bold from a variable font (wght 700), kept in the cache folder after the first time."""
    if regular.name == "PT-CJK":
        return regular  # a system font with no bold to make: use the regular weight
    found = fontpkg.family(family)
    cached = _cache_folder() / f"{found.slug}-{found.version}-700-b.ttf"
    if not cached.is_file():
        from fontTools.ttLib import TTFont as ToolsFont
        from fontTools.varLib import instancer

        variable = ToolsFont(str(_variable(family)))
        made = instancer.instantiateVariableFont(variable, {"wght": 700, "wdth": 100})
        # reportlab treats fonts with the same PostScript name as one font: rename the bold.
        postscript = made["name"].getDebugName(6).replace("-Regular", "")
        made["name"].setName(f"{postscript}-Bold", 6, 3, 1, 0x409)
        made["name"].setName(f"{postscript}-Bold", 6, 1, 0, 0)
        buffer = io.BytesIO()
        made.save(buffer)
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(".part")
        partial.write_bytes(buffer.getvalue())
        partial.replace(cached)
    return _register(regular.name + "-Bold", cached, family)


def _cache_folder() -> Path:
    import platformdirs

    return platformdirs.user_cache_path(APP_NAME, appauthor=False) / "fonts"
