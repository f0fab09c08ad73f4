"""A paragraph of joined, right-to-left writing (Urdu, Arabic), laid out line by line by us.

reportlab shapes Urdu and Arabic words with HarfBuzz, but in a shaped paragraph it leaves the
words in typing order, so a right-to-left line would read backwards. Here each line is broken
in typing order, then its words are put in the order they are read (Unicode Bidirectional
Algorithm, bidi.py), and each word is drawn shaped, in its own font. Pictures of emoji take
their place among the words.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.textobject import bidiShapedText
from reportlab.platypus.flowables import Flowable

from supportplan.printing.bidi import log2vis

PICTURE_MARK = "\ufffc"  # stands for a picture when working out the order of a line


@dataclass(frozen=True)
class Piece:
    """Letters in one font, or (font "") a picture file."""

    font: str
    text: str


Word = tuple[Piece, ...]
BREAK: Word = ()  # the person pressed Enter here


class BidiParagraph(Flowable):
    def __init__(self, words: list[Word], style: ParagraphStyle, direction: str) -> None:
        super().__init__()
        self.words = words
        self.style = style
        self.direction = direction
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self._lines: list[list[Word]] = []
        self._width = -1.0

    # -- measuring --------------------------------------------------------------------------

    def _piece_width(self, piece: Piece) -> float:
        size = self.style.fontSize
        if not piece.font:
            return size * 1.15
        return bidiShapedText(piece.text, None, fontName=piece.font, fontSize=size, shaping=True)[1]

    def _word_width(self, word: Word) -> float:
        return sum(self._piece_width(piece) for piece in word)

    def _space(self) -> float:
        return stringWidth(" ", self.style.fontName, self.style.fontSize)

    def _break_lines(self, width: float) -> list[list[Word]]:
        lines: list[list[Word]] = []
        line: list[Word] = []
        used = 0.0
        for word in self.words:
            if word == BREAK:
                lines.append(line)
                line, used = [], 0.0
                continue
            wide = self._word_width(word)
            needed = wide if not line else used + self._space() + wide
            if line and needed > width:
                lines.append(line)
                line, used = [word], wide
            else:
                line.append(word)
                used = needed
        if line or not lines:
            lines.append(line)
        return lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if avail_width != self._width:
            self._lines = self._break_lines(avail_width)
            self._width = avail_width
        self.width = avail_width
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        fits = int(avail_height // self.style.leading)
        if fits <= 0:
            return []
        if fits >= len(self._lines):
            return [self]
        first = [w for line in self._lines[:fits] for w in (*line, BREAK)][:-1]
        rest = [w for line in self._lines[fits:] for w in (*line, BREAK)][:-1]
        head = BidiParagraph(first, self.style, self.direction)
        head.spaceAfter = 0
        tail = BidiParagraph(rest, self.style, self.direction)
        tail.spaceBefore = 0
        return [head, tail]

    # -- drawing ----------------------------------------------------------------------------

    def _visual(self, line: list[Word]) -> list[Word]:
        """The line's words in the order they are seen, left to right."""
        texts = ["".join(p.text if p.font else PICTURE_MARK for p in word) for word in line]
        joined = " ".join(texts)
        order: list[int] = []
        log2vis(joined, self.direction, clean=False, positions_V_to_L=order)
        where = [0] * len(joined)
        for seen, typed in enumerate(order):
            where[typed] = seen
        starts, at = [], 0
        for text in texts:
            starts.append(at)
            at += len(text) + 1
        placed = []
        for index, (start, text) in enumerate(zip(starts, texts, strict=True)):
            spots = [where[i] for i in range(start, start + max(1, len(text)))]
            backwards = len(spots) > 1 and spots[0] > spots[-1]
            word = line[index]
            placed.append((min(spots), tuple(reversed(word)) if backwards else word))
        return [word for _spot, word in sorted(placed, key=lambda item: item[0])]

    def draw(self) -> None:
        canvas = self.canv
        style = self.style
        size, leading = style.fontSize, style.leading
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        for number, line in enumerate(self._lines):
            baseline = self.height - (number + 1) * leading + (leading - size) / 2 + size * 0.25
            words = self._visual(line)
            used = sum(self._word_width(w) for w in words) + self._space() * max(0, len(words) - 1)
            x = self.width - used if self.direction == "RTL" else 0.0
            for word in words:
                for piece in word:
                    wide = self._piece_width(piece)
                    if piece.font:
                        canvas.setFont(piece.font, size)
                        canvas.drawString(x, baseline, piece.text, shaping=True)
                    else:
                        canvas.drawImage(
                            piece.text, x, baseline - size * 0.22, wide, wide, mask="auto"
                        )
                    x += wide
                x += self._space()
        canvas.restoreState()
