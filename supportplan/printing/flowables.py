"""The building blocks of an easy-read page: a picture, and a row of picture and words.

A row puts its picture on the left and its words on the right (mirrored for a right-to-left
plan). The person's own words sit in a pale yellow speech bubble. A row too long for one page
carries on at the top of the next, with its words still lined up beside the picture column.
"""

from __future__ import annotations

import io

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color
from reportlab.lib.utils import ImageReader
from reportlab.platypus.flowables import Flowable
from reportlab.platypus.tables import Table, TableStyle

from supportplan.printing.styles import OWN_WORDS, OWN_WORDS_EDGE, RULE


class Picture(Flowable):
    """A pictogram (vector drawing) or a photo, fitted into a square of ``size`` points."""

    def __init__(
        self,
        drawing: Drawing | None,
        size: float,
        photo: bytes | None = None,
        *,
        own_shape: bool = False,
    ) -> None:
        super().__init__()
        self.drawing = drawing
        self.photo = ImageReader(io.BytesIO(photo)) if photo else None
        self.size = size
        self.width = self.height = size
        if own_shape and self.photo is not None:  # e.g. a signature: as wide as asked
            width, height = self.photo.getSize()
            self.height = size * height / width

    def wrap(self, _avail_width: float, _avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        if self.photo is not None:
            width, height = self.photo.getSize()
            scale = min(self.width / width, self.height / height)
            w, h = width * scale, height * scale
            x, y = (self.width - w) / 2, (self.height - h) / 2
            canvas.saveState()
            path = canvas.beginPath()
            path.roundRect(x, y, w, h, self.size * 0.08)
            canvas.clipPath(path, stroke=0, fill=0)
            canvas.drawImage(self.photo, x, y, w, h, mask="auto")
            canvas.restoreState()
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(1)
            canvas.roundRect(x, y, w, h, self.size * 0.08, stroke=1, fill=0)
            return
        if self.drawing is None:
            return
        scale = self.size / max(self.drawing.width, self.drawing.height)
        canvas.saveState()
        offset_x = (self.size - self.drawing.width * scale) / 2
        offset_y = (self.size - self.drawing.height * scale) / 2
        canvas.translate(offset_x, offset_y)
        canvas.scale(scale, scale)
        renderPDF.draw(self.drawing, canvas, 0, 0, showBoundary=False)
        canvas.restoreState()


class Row(Flowable):
    """One idea: a picture, and beside it the words (paragraphs and other flowables)."""

    def __init__(
        self,
        picture: Flowable | None,
        content: list[Flowable],
        *,
        picture_size: float,
        gap: float,
        bubble: Color | None = None,
        edge: Color | None = None,
        mirror: bool = False,
        space_after: float = 0,
        whole: bool = False,
    ) -> None:
        super().__init__()
        self.whole = whole  # never split (a chart with its title)
        self.picture = picture
        self.content = content
        self.picture_size = picture_size
        self.gap = gap
        self.bubble = bubble
        self.edge = edge
        self.mirror = mirror
        self.spaceAfter = space_after
        self.pad = gap * 0.55 if bubble is not None else 0.0
        self._heights: list[float] = []

    def _text_width(self, avail_width: float) -> float:
        return avail_width - self.picture_size - self.gap - 2 * self.pad

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        inner = self._text_width(avail_width)
        self._heights = [item.wrap(inner, avail_height)[1] for item in self.content]
        spaces = sum(_space(item) for item in self.content[1:])
        self.text_height = sum(self._heights) + spaces + 2 * self.pad
        self.height = max(self.picture_size if self.picture else 0, self.text_height)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        if self.height <= avail_height:
            return [self]
        if self.whole:
            return []
        inner = self._text_width(avail_width)
        room = avail_height - 2 * self.pad
        kept: list[Flowable] = []
        for index, item in enumerate(self.content):
            if index:
                room -= _space(item)
            height = item.wrap(inner, room)[1]
            if height <= room:
                kept.append(item)
                room -= height
                continue
            parts = item.split(inner, room) if room > 0 else []
            if len(parts) < 2 and not kept:
                return []  # not even a line fits here: start on the next page
            rest = list(self.content[index + (1 if parts else 0) :])
            if len(parts) >= 2:
                kept.append(parts[0])
                rest = [*parts[1:], *rest]
            if not kept:
                return []
            if self.picture is not None and self.picture_size > avail_height:
                return []
            return [self._with(self.picture, kept, 0), self._with(None, rest, self.spaceAfter)]
        return []  # the words fit but the picture does not: start on the next page

    def _with(self, picture: Flowable | None, content: list[Flowable], after: float) -> Row:
        return Row(
            picture,
            content,
            picture_size=self.picture_size,
            gap=self.gap,
            bubble=self.bubble,
            edge=self.edge,
            mirror=self.mirror,
            space_after=after,
        )

    def draw(self) -> None:
        canvas = self.canv
        text_left = self.picture_size + self.gap
        if self.mirror:
            text_left = 0.0
        text_width = self.width - self.picture_size - self.gap
        if self.picture is not None:
            picture_x = self.width - self.picture_size if self.mirror else 0.0
            self.picture.drawOn(canvas, picture_x, self.height - self.picture_size)
        bubble_bottom = self.height - self.text_height
        if self.text_height < self.height:
            bubble_bottom = (self.height - self.text_height) / 2
        if self.bubble is not None:
            self._draw_bubble(text_left, bubble_bottom, text_width)
        y = bubble_bottom + self.text_height - self.pad
        for index, (item, height) in enumerate(zip(self.content, self._heights, strict=True)):
            if index:
                y -= _space(item)
            y -= height
            item.drawOn(canvas, text_left + self.pad, y)

    def _draw_bubble(self, left: float, bottom: float, width: float) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(self.bubble)
        canvas.setStrokeColor(self.edge or OWN_WORDS_EDGE)
        canvas.setLineWidth(1.2)
        radius = min(14.0, self.text_height / 3)
        canvas.roundRect(left, bottom, width, self.text_height, radius, stroke=1, fill=1)
        if self.picture is not None and self.bubble == OWN_WORDS:
            # a small tail pointing to the picture: these are the words of the one pictured
            middle = bottom + self.text_height / 2
            tip = left - self.gap * 0.6 if not self.mirror else left + width + self.gap * 0.6
            side = left if not self.mirror else left + width
            path = canvas.beginPath()
            path.moveTo(side, middle + 7)
            path.lineTo(tip, middle)
            path.lineTo(side, middle - 7)
            canvas.drawPath(path, stroke=1, fill=1)
            canvas.setStrokeColor(self.bubble)
            canvas.setLineWidth(2)
            canvas.line(side, middle + 6, side, middle - 6)
        canvas.restoreState()


def _space(item: Flowable) -> float:
    return float(getattr(item, "spaceBefore", 0) or 0)


def grid(cells: list[list[object]], **options: object) -> Table:
    """A reportlab table whose own font is ours (its default, Helvetica, is not embedded)."""
    made = Table(cells, **options)
    made.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "PT-Body")]))
    return made
