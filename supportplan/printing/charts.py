"""Charts drawn with reportlab's own graphics: the star chart of an area's ratings and the journey.

Our own design: a star with one arm per area, rings for the five points of our scale, the area
pictures at the arm tips and the rating faces where the line crosses each arm. The journey is
one small line chart per area: the person's view as a solid line, staff's as a dashed one.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, String
from reportlab.lib.colors import Color, white

from supportplan.printing.pictures import drawing as picture_drawing
from supportplan.printing.styles import LAST_TIME, MUTED, PERSON_LINE, RULE, STAFF_LINE
from supportplan.scales import AREA_SCALE, SCALE_MAX, SCALE_MIN, point

GRID = Color(0.84, 0.84, 0.84)


def placed(key: str, x: float, y: float, size: float) -> Group:
    """A picture from the table, ``size`` points across, centred on (x, y)."""
    source = picture_drawing(key)
    scale = size / max(source.width, source.height)
    group = Group(*source.contents)
    group.transform = (
        scale,
        0,
        0,
        scale,
        x - source.width * scale / 2,
        y - source.height * scale / 2,
    )
    return group


def star(
    areas: Sequence[tuple[str, int | None]],
    size: float,
    *,
    colour: Color = PERSON_LINE,
    faded: bool = False,
) -> Drawing:
    """The star chart: ``areas`` are (picture key, rating or None), clockwise from the top."""
    drawing = Drawing(size, size, initialFontName="PT-Body")
    count = len(areas)
    if count < 3:
        return drawing
    centre = size / 2
    tip_picture = size * 0.16
    radius = centre - tip_picture * 1.2  # the pictures at the tips stay inside the drawing

    def spot(index: int, value: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * index / count
        reach = radius * value / SCALE_MAX
        return centre + reach * math.cos(angle), centre + reach * math.sin(angle)

    for ring in range(SCALE_MIN, SCALE_MAX + 1):
        corners = [c for i in range(count) for c in spot(i, ring)]
        drawing.add(
            Polygon(
                corners,
                strokeColor=GRID,
                strokeWidth=1.4 if ring == SCALE_MAX else 0.8,
                fillColor=None,
            )
        )
    for index in range(count):
        drawing.add(
            Line(centre, centre, *spot(index, SCALE_MAX), strokeColor=GRID, strokeWidth=0.8)
        )
    line = LAST_TIME if faded else colour
    values = [(value if value is not None else 0) for _key, value in areas]
    corners = [c for i, value in enumerate(values) for c in spot(i, value)]
    fill = Color(line.red, line.green, line.blue, alpha=0.16)
    drawing.add(
        Polygon(
            corners,
            strokeColor=line,
            strokeWidth=2.6,
            fillColor=fill,
            strokeDashArray=(5, 3) if faded else None,
        )
    )
    for index, (key, value) in enumerate(areas):
        tip_x, tip_y = spot(index, SCALE_MAX + tip_picture * 0.62 / radius * SCALE_MAX)
        drawing.add(placed(key, tip_x, tip_y, tip_picture))
        face = point(AREA_SCALE, value)
        if face is not None:
            x, y = spot(index, value)
            drawing.add(
                Circle(x, y, size * 0.058, fillColor=white, strokeColor=line, strokeWidth=1.4)
            )
            drawing.add(placed(face.face, x, y, size * 0.095))
    return drawing


def journey(
    moments: Sequence[tuple[str, int | None, int | None]],
    width: float,
    height: float,
    *,
    label_font: str,
    label_size: float,
    faces: bool = True,
) -> Drawing:
    """One area over time: ``moments`` are (label, person's rating, staff's rating)."""
    drawing = Drawing(width, height, initialFontName="PT-Body")
    face_room = height * 0.2 if faces else label_size * 1.2
    left, right = face_room + 8, width - 10
    bottom, top = label_size * 1.9, height - 8

    def y_of(value: int) -> float:
        return bottom + (top - bottom) * (value - SCALE_MIN) / (SCALE_MAX - SCALE_MIN)

    def x_of(index: int) -> float:
        if len(moments) == 1:
            return (left + right) / 2
        return left + (right - left) * index / (len(moments) - 1)

    for scale_point in AREA_SCALE:
        y = y_of(scale_point.value)
        drawing.add(Line(left, y, right, y, strokeColor=GRID, strokeWidth=0.7))
        if faces:
            drawing.add(
                placed(scale_point.face, face_room / 2, y, min(face_room, (top - bottom) / 4.4))
            )
        else:
            drawing.add(
                String(
                    left - 6,
                    y - label_size * 0.35,
                    str(scale_point.value),
                    fontName=label_font,
                    fontSize=label_size,
                    textAnchor="end",
                    fillColor=MUTED,
                )
            )
    drawing.add(Line(left, bottom, left, top, strokeColor=RULE, strokeWidth=0.8))
    for index, (label, _person, _staff) in enumerate(moments):
        drawing.add(
            String(
                x_of(index),
                2,
                label,
                fontName=label_font,
                fontSize=label_size,
                textAnchor="middle",
                fillColor=MUTED,
            )
        )
    _series(drawing, [(x_of(i), m[2]) for i, m in enumerate(moments)], y_of, STAFF_LINE, True)
    _series(drawing, [(x_of(i), m[1]) for i, m in enumerate(moments)], y_of, PERSON_LINE, False)
    return drawing


def _series(drawing: Drawing, points, y_of, colour: Color, dashed: bool) -> None:
    known = [(x, y_of(v)) for x, v in points if v is not None]
    if len(known) > 1:
        drawing.add(
            PolyLine(
                [c for p in known for c in p],
                strokeColor=colour,
                strokeWidth=2 if dashed else 3.2,
                strokeDashArray=(6, 4) if dashed else None,
            )
        )
    for x, y in known:
        drawing.add(
            Circle(
                x,
                y,
                4.2 if not dashed else 3.6,
                strokeColor=colour,
                strokeWidth=2,
                fillColor=white if dashed else colour,
            )
        )


def key_line(width: float, colour: Color, dashed: bool) -> Drawing:
    """A short sample of a chart's line, for the key beside "My view" and "Staff's view"."""
    drawing = Drawing(width, 14, initialFontName="PT-Body")
    drawing.add(
        Line(
            2,
            7,
            width - 2,
            7,
            strokeColor=colour,
            strokeWidth=2 if dashed else 3.2,
            strokeDashArray=(6, 4) if dashed else None,
        )
    )
    drawing.add(
        Circle(
            width / 2,
            7,
            4,
            strokeColor=colour,
            strokeWidth=2,
            fillColor=white if dashed else colour,
        )
    )
    return drawing
