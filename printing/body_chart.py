"""A body chart as the Istanbul Protocol's annex III draws it: the front and the back of a body, each
injury a numbered mark in its region.

Front view: the person's left is on the reader's right; back view: on the reader's left. Several marks
in one region are set side by side so every number stays readable.
"""
from __future__ import annotations

from typing import Mapping, Sequence

from reportlab.graphics.shapes import Circle, Drawing, Ellipse, Rect, String
from reportlab.lib import colors

from printing.fonts import SANS, SANS_BOLD

OUTLINE = colors.HexColor("#555555")
SKIN = colors.HexColor("#f4f1ec")
MARK = colors.HexColor("#c62828")
FIGURE_WIDTH, FIGURE_HEIGHT = 100, 222

# Region centres on the front view; x is measured from the figure's middle, positive to the person's left.
REGION_CENTRES: Mapping[str, tuple[float, float]] = {
    "head": (0, 200), "neck": (0, 183), "shoulder_left": (24, 172), "shoulder_right": (-24, 172),
    "trunk_upper": (0, 156), "trunk_lower": (0, 126), "pelvis": (0, 103), "arm_left": (30, 140),
    "arm_right": (-30, 140), "hand_left": (30, 100), "hand_right": (-30, 100), "leg_left": (10, 58),
    "leg_right": (-10, 58), "foot_left": (10, 12), "foot_right": (-10, 12),
}


def _figure(drawing: Drawing, left: float, title: str) -> None:
    middle = left + FIGURE_WIDTH / 2

    def shape(item):
        item.fillColor, item.strokeColor, item.strokeWidth = SKIN, OUTLINE, 0.8
        drawing.add(item)

    shape(Circle(middle, 200, 14))
    shape(Rect(middle - 5, 180, 10, 8))
    shape(Rect(middle - 20, 95, 40, 85, rx=6, ry=6))
    for side in (-1, 1):
        shape(Rect(middle + side * 30 - 6, 110, 12, 64, rx=5, ry=5))
        shape(Circle(middle + side * 30, 100, 6))
        shape(Rect(middle + side * 10 - 7.5, 20, 15, 76, rx=5, ry=5))
        shape(Ellipse(middle + side * 10, 12, 8, 5))
    label = String(middle, FIGURE_HEIGHT - 8, title, fontName=SANS_BOLD, fontSize=8, textAnchor="middle")
    drawing.add(label)


def body_chart(marks: Sequence[Mapping[str, str]], front: str, back: str) -> Drawing:
    """Both views side by side, `marks` numbered from 1 in their order (items of `injury_marks`)."""
    drawing = Drawing(2 * FIGURE_WIDTH + 30, FIGURE_HEIGHT + 6)
    offsets = {"front": 0.0, "back": FIGURE_WIDTH + 30}
    _figure(drawing, offsets["front"], front)
    _figure(drawing, offsets["back"], back)
    placed: dict[tuple[str, str], int] = {}
    for number, mark in enumerate(marks, 1):
        side, region = mark.get("side", "front"), mark.get("body_region", "trunk_upper")
        dx, y = REGION_CENTRES.get(region, (0, 140))
        mirror = 1 if side == "front" else -1  # the back view shows the person's left on the reader's left
        count = placed.get((side, region), 0)
        placed[(side, region)] = count + 1
        x = offsets.get(side, 0) + FIGURE_WIDTH / 2 + mirror * dx + (0, 10, -10)[count % 3]
        y += -10 * (count // 3)
        dot = Circle(x, y, 5.2)
        dot.fillColor, dot.strokeColor, dot.strokeWidth = MARK, colors.white, 0.6
        drawing.add(dot)
        drawing.add(String(x, y - 2.4, str(number), fontName=SANS, fontSize=6.5, fillColor=colors.white,
                           textAnchor="middle"))
    return drawing
