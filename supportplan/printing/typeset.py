"""Plain text into reportlab paragraphs: a font for every letter, emoji as pictures, direction.

Whatever a person typed is printed: each letter is set in the first font that can draw it
(fonts.py), an emoji becomes its OpenMoji picture, and a paragraph whose first strong letter
is Urdu or Arabic runs right to left, with its letters joined (shaped) by HarfBuzz.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import groupby
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus.paragraph import Paragraph

from supportplan.printing import emoji
from supportplan.printing.bidi import base_direction
from supportplan.printing.bidi_lines import BREAK, BidiParagraph, Piece, Word
from supportplan.printing.fonts import ARABIC_FAMILY, WIDE_FAMILY, Face, FontSet

PICTURE = "picture"
ARABIC_SCALE = 1.12
REPLACEMENT = "\ufffd"  # shown (in Noto Sans) for a letter no font on this computer has


def needs_shaping(char: str) -> bool:
    """Scripts whose letters change shape with their neighbours (Arabic, Urdu, Indic …)."""
    code = ord(char)
    return 0x0590 <= code <= 0x0DFF or 0xFB1D <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFC


def is_cjk(char: str) -> bool:
    code = ord(char)
    return 0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF


class Typesetter:
    """Makes paragraphs for one document; keeps the style variants it has made."""

    def __init__(self, fonts: FontSet, emoji_folder: Path) -> None:
        self.fonts = fonts
        self._emoji_folder = emoji_folder
        self._variants: dict[tuple[str, str, str], ParagraphStyle] = {}

    def para(
        self, text: str, style: ParagraphStyle, *, align_end: bool = False
    ) -> Paragraph | BidiParagraph:
        """A paragraph of ``text`` (plain words, not markup) in ``style``.

        Words in joined writing (Urdu, Arabic) make a BidiParagraph, which reads right to left
        where it should; everything else a reportlab Paragraph.
        """
        text = unicodedata.normalize("NFC", text)
        direction = base_direction(text)
        mixed = any(needs_shaping(c) for c in text)
        letters = [c for c in text if c.isalpha()]
        cjk = direction == "LTR" and letters and sum(map(is_cjk, letters)) * 3 > len(letters)
        wrap = direction if direction == "RTL" or mixed else ("CJK" if cjk else "")
        if direction == "LTR" and mixed:
            text = _EDGES.sub(_loosen, text)
        if mixed:
            text = _ARABIC_NUMBER.sub(lambda m: m.group(0)[::-1], text)
        variant = self._variant(style, direction, wrap, mixed, align_end)
        if mixed:
            return BidiParagraph(self.bidi_words(text, variant), variant, direction)
        return Paragraph(self.markup(text, variant), variant)

    def bidi_words(self, text: str, style: ParagraphStyle) -> list[Word]:
        """The words of ``text``, each as pieces in one font (or a picture), in typing order."""
        bold = style.fontName.endswith("-Bold")
        words: list[Word] = []
        for word in _words(text):
            if word.isspace():
                words.extend([BREAK] * word.count("\n"))
                continue
            pieces: list[Piece] = []
            for font, group in groupby(
                self._word_pieces(word, bold, style.fontName), key=lambda piece: piece[0]
            ):
                chars = "".join(piece[1] for piece in group)
                if font == PICTURE:
                    pieces.extend(
                        Piece("", str(emoji.inline_png(name, self._emoji_folder)))
                        for name in chars.split("|")[1:]
                    )
                else:
                    pieces.append(Piece(font, chars))
            words.append(tuple(pieces))
        return words

    def markup(self, text: str, style: ParagraphStyle) -> str:
        """Paragraph markup for ``text``: runs of letters in the font that draws them."""
        bold = style.fontName.endswith("-Bold")
        pieces: list[tuple[str, str]] = []  # (font name, or PICTURE for an emoji; characters)
        for word in _words(text):
            pieces.extend(self._word_pieces(word, bold, style.fontName))
        out: list[str] = []
        for font, group in groupby(pieces, key=lambda piece: piece[0]):
            chars = "".join(piece[1] for piece in group)
            if font == PICTURE:
                out.extend(self._picture(name, style.fontSize) for name in chars.split("|")[1:])
                continue
            words = escape(chars).replace("\n", "<br/>")
            out.append(words if font == style.fontName else f'<font name="{font}">{words}</font>')
        return "".join(out)

    def _word_pieces(self, word: str, bold: bool, primary: str) -> list[tuple[str, str]]:
        if word.isspace():
            return [(primary, word)]
        word_face = self._word_face(word, bold, primary)
        pieces: list[tuple[str, str]] = []
        index = 0
        while index < len(word):
            found = self._emoji(word, index)
            if found is not None:
                pieces.append((PICTURE, "|" + found[0]))
                index += found[1]
                continue
            char = word[index]
            font = word_face or self._font_for(char, bold, primary)
            if font is None:
                char, font = REPLACEMENT, self.fonts.fallback(WIDE_FAMILY).name
            pieces.append((font, char))
            index += 1
        return pieces

    def _picture(self, name: str, size: float) -> str:
        path = emoji.inline_png(name, self._emoji_folder)
        side = f"{size * 1.15:.1f}"
        return f'<img src="{escape(str(path))}" width="{side}" height="{side}" valign="middle"/>'

    def face_covering(self, text: str) -> str:
        """The name of the first font that can draw every letter of ``text``."""
        for face in self.fonts.faces():
            if all(face.covers(c) for c in text if not c.isspace()):
                return face.name
        return self.fonts.body.name

    # -- choosing fonts ---------------------------------------------------------------------

    def _word_face(self, word: str, bold: bool, primary: str) -> str | None:
        """One font for a whole word the main font cannot set, if one font has all its letters.

        Welsh "Dŵr" is set wholly in Noto Sans, and "(يوسف)" wholly in Noto Sans Arabic:
        a word in two fonts looks patched, and reportlab cannot join and reorder letters
        across fonts inside one word.
        """
        if word.isspace() or all(self._covered(c, primary) for c in word):
            return None
        letters = [c for c in word if not _emoji_part(c)]
        for family, face in self.fonts.fallback_faces():
            if all(face.covers(c) for c in letters):
                return self.fonts.bold_of(family, face).name if bold else face.name
        return None

    def _font_for(self, char: str, bold: bool, primary: str) -> str | None:
        if char.isspace() or self._covered(char, primary):
            return primary
        face = self.fonts.face_for(char, bold)
        return face.name if face is not None else None

    def _covered(self, char: str, font_name: str) -> bool:
        return any(face.name == font_name and face.covers(char) for face in self._all_faces())

    def _all_faces(self) -> tuple[Face, ...]:
        return (self.fonts.body_bold, *self.fonts.faces(), *self.fonts.bold_faces())

    def _emoji(self, word: str, index: int) -> tuple[str, int] | None:
        char = word[index]
        follower = word[index + 1 : index + 2]
        if ord(char) < 0x2000 and follower not in (emoji.VARIATION, "\u20e3"):
            return None
        return emoji.emoji_at(word, index, lambda c: self.fonts.face_for(c) is not None)

    # -- style variants ---------------------------------------------------------------------

    def _variant(
        self, style: ParagraphStyle, direction: str, wrap: str, mixed: bool, align_end: bool
    ) -> ParagraphStyle:
        key = (style.name, f"{direction}{'-end' if align_end else ''}", wrap)
        if key not in self._variants:
            changes: dict[str, object] = {"wordWrap": wrap or None, "shaping": int(mixed)}
            if direction == "RTL":
                arabic = self.fonts.arabic
                bold = style.fontName.endswith("-Bold")
                face = self.fonts.bold_of(ARABIC_FAMILY, arabic) if bold else arabic
                changes["fontName"] = face.name
                # Arabic letters sit small for their point size: a little bigger reads as equal
                changes["fontSize"] = style.fontSize * ARABIC_SCALE
                changes["leading"] = style.leading * ARABIC_SCALE
            right = (direction == "RTL") != align_end
            changes["alignment"] = TA_RIGHT if right else TA_LEFT
            self._variants[key] = ParagraphStyle(f"{style.name}-{key[1]}-{wrap}", style, **changes)
        return self._variants[key]


# A word of right-to-left letters with brackets or stops stuck to it, in a left-to-right line.
_EDGES = re.compile(r"\S*[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]\S*")


# HarfBuzz lays a word of Arabic-Indic digits right to left like the letters around it, but a
# number reads left to right: such a word goes in back to front, so it comes out the right way.
_ARABIC_NUMBER = re.compile(r"(?<!\S)[\u0660-\u0669\u06f0-\u06f9\u066b\u066c]{2,}(?!\S)")


def _loosen(match: re.Match[str]) -> str:
    """Set "(يوسف" as "( يوسف": HarfBuzz would turn the whole word right to left, bracket too."""
    word = match.group(0)
    head = len(word) - len(word.lstrip(_NEUTRAL))
    tail = len(word.rstrip(_NEUTRAL))
    if head >= tail:
        return word
    middle = word[head:tail]
    return " ".join(part for part in (word[:head], middle, word[tail:]) if part)


_NEUTRAL = "()[]{}<>«»\"'“”‘’.,;:!?-–—…/"


def _emoji_part(char: str) -> bool:
    code = ord(char)
    return code >= 0x1F000 or code in (0x200D, 0xFE0F, 0x20E3) or 0xE0000 <= code <= 0xE007F


def _words(text: str) -> list[str]:
    """The text cut into words and the spaces between them, keeping every character."""
    pieces: list[str] = []
    current = ""
    for char in text:
        if current and char.isspace() != current[-1].isspace():
            pieces.append(current)
            current = ""
        current += char
    if current:
        pieces.append(current)
    return pieces
