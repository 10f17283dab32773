"""Drawing parts shared by the brief's charts: scaled axes, grid, lines and legends."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from reportlab.graphics.shapes import Drawing, Group, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from core.present.format import number
from core.report.fonts import FAMILY, register_fonts
from core.report.script import plain, runs, text_width
from core.report.styles import INK, MUTED, RULE, WHITE

LABEL_SIZE = 7.5
Swatch = Literal["line", "dash", "box", "hatch"] | tuple[float, ...]
"""A legend swatch: a line, a dashed line, a box, a hatched box, or a dashed line."""


@dataclass(frozen=True, slots=True)
class Axes:
    """A plot area at (`x`, `y`) of `width` x `height` points showing the given data ranges."""

    x: float
    y: float
    width: float
    height: float
    x_min: float
    x_max: float
    y_min: float
    y_max: float

    def px(self, value: float) -> float:
        """Horizontal position of data value `value`."""
        return self.x + (value - self.x_min) / (self.x_max - self.x_min) * self.width

    def py(self, value: float) -> float:
        """Vertical position of data value `value`."""
        return self.y + (value - self.y_min) / (self.y_max - self.y_min) * self.height


def new_drawing(width: float, height: float) -> Drawing:
    """An empty drawing whose default font is the brief's (else ReportLab names Helvetica)."""
    register_fonts()
    return Drawing(width, height, initialFontName=FAMILY.regular)


def box(
    x: float,
    y: float,
    width: float,
    height: float,
    fill: colors.Color,
    *,
    opacity: float = 1.0,
    stroke: colors.Color | None = None,
    dash: Sequence[float] | None = None,
) -> Rect:
    """A filled rectangle; `stroke` draws a thin outline, dashed with `dash`."""
    rect = Rect(x, y, width, height)  # attributes set one by one: the stubs reject **kw here
    rect.fillColor, rect.fillOpacity = fill, opacity
    rect.strokeColor, rect.strokeWidth = stroke, 0.5
    if dash is not None:
        rect.strokeDashArray = dash
    return rect


def rule(
    x1: float,
    y1: float,
    x2: float,
    y2: float,
    colour: colors.Color,
    width: float = 0.5,
    dash: Sequence[float] | None = None,
) -> Line:
    """A straight line, dashed with `dash`."""
    line = Line(x1, y1, x2, y2, strokeColor=colour, strokeWidth=width)
    if dash is not None:
        line.strokeDashArray = dash
    return line


def nice_range(low: float, high: float, ticks: int = 5) -> tuple[float, float, float]:
    """Round (`low`, `high`) outwards to multiples of a 1, 2, 2.5 or 5 step; zero included.

    Returns
    -------
    tuple of float
        ``(minimum, maximum, step)``.
    """
    low, high = min(low, 0.0), max(high, 0.0)
    if high - low < 1e-9:
        high = low + 1.0
    raw = (high - low) / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return math.floor(low / step) * step, math.ceil(high / step) * step, step


def number_label(value: float) -> str:
    """An axis label: ``1,200``, ``2.5``, ``−15`` / ``1 200``, ``2,5``."""
    return number(value, 0 if abs(value - round(value)) < 1e-9 else 1)


def draw_axes(
    axes: Axes,
    y_step: float,
    x_ticks: Sequence[tuple[float, str]],
    y_format: Callable[[float], str] = number_label,
) -> Group:
    """Horizontal grid with labels on the left, a base line and x labels below."""
    group = Group()
    steps = round((axes.y_max - axes.y_min) / y_step)
    for i in range(steps + 1):
        value = axes.y_min + i * y_step
        y = axes.py(value)
        zero = abs(value) < 1e-9
        group.add(
            Line(
                axes.x,
                y,
                axes.x + axes.width,
                y,
                strokeColor=MUTED if zero else RULE,
                strokeWidth=0.6 if zero else 0.4,
            )
        )
        group.add(text(axes.x - 4, y - 2.5, y_format(value), MUTED, anchor="end"))
    for value, label in x_ticks:
        x = axes.px(value)
        group.add(Line(x, axes.y, x, axes.y - 2.5, strokeColor=MUTED, strokeWidth=0.4))
        group.add(text(x, axes.y - 11, label, MUTED, anchor="middle"))
    return group


def year_ticks(first: int, last: int, max_labels: int = 12) -> list[tuple[float, str]]:
    """Tick at the middle of each labelled year; every second year when there are many."""
    every = max(1, math.ceil((last - first + 1) / max_labels))
    return [(year + 0.5, str(year)) for year in range(first, last + 1, every)]


def text(
    x: float,
    y: float,
    value: str,
    colour: colors.Color = INK,
    *,
    size: float = LABEL_SIZE,
    bold: bool = False,
    anchor: Literal["start", "middle", "end"] = "start",
) -> String | Group:
    """A label in the brief's family; CJK runs in the fallback font (`core.report.script`)."""
    font = FAMILY.bold if bold else FAMILY.regular
    pieces = runs(value)
    if len(pieces) <= 1 and all(f is None for _, f in pieces):
        value = pieces[0][0] if pieces else ""
        return String(
            x, y, value, fontName=font, fontSize=size, fillColor=colour, textAnchor=anchor
        )
    total = text_width(value, font, size)
    left = x - (total if anchor == "end" else total / 2 if anchor == "middle" else 0.0)
    group = Group()
    for piece, piece_font in pieces:
        name = piece_font or font
        group.add(String(left, y, piece, fontName=name, fontSize=size, fillColor=colour))
        left += stringWidth(piece, name, size)
    return group


def line(
    points: Sequence[tuple[float, float]],
    colour: colors.Color,
    *,
    width: float = 1.6,
    dash: Sequence[float] | None = None,
) -> PolyLine:
    """A data line through `points` (already in drawing coordinates)."""
    flat = [v for point in points for v in point]
    poly = PolyLine(flat, strokeColor=colour, strokeWidth=width, strokeLineJoin=1, strokeLineCap=1)
    if dash is not None:
        poly.strokeDashArray = dash
    return poly


def reference_line(axes: Axes, value: float, label: str, colour: colors.Color) -> Group:
    """A dashed horizontal line at `value`, labelled above its right end."""
    y = axes.py(value)
    group = Group(rule(axes.x, y, axes.x + axes.width, y, colour, 1, [4, 3]))
    group.add(text(axes.x + axes.width - 2, y + 3, label, colour, bold=True, anchor="end"))
    return group


def fit(value: str, width: float, size: float = LABEL_SIZE, font: str = "") -> str:
    """`value` shortened with an ellipsis so that it fits in `width` points.

    Characters no font has are replaced first (`core.report.script.plain`); the search for the
    cut is a bisection, so a long name costs a few width measurements, not one per character.
    """
    value, font = plain(value), font or FAMILY.regular
    if text_width(value, font, size) <= width:
        return value
    low, high = 0, len(value)
    while low < high:
        middle = (low + high + 1) // 2
        if text_width(value[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return value[:low].rstrip() + "…"


def legend(
    items: Sequence[tuple[str, colors.Color, Swatch]], x: float, top: float, width: float
) -> tuple[Group, float]:
    """Swatches and labels left to right from (`x`, `top`), wrapping at `width`.

    Returns
    -------
    tuple of Group and float
        The legend and the height it takes.
    """
    group, row_height = Group(), 12.0
    cx, cy = x, top - 9
    for label, colour, swatch in items:
        label = fit(label, width * 0.45)
        item_width = 18 + text_width(label, FAMILY.regular, LABEL_SIZE) + 12
        if cx > x and cx + item_width > x + width:
            cx, cy = x, cy - row_height
        group.add(_swatch(cx, cy, colour, swatch))
        group.add(text(cx + 18, cy, label))
        cx += item_width
    return group, top - cy + 3


def hatch(x: float, y: float, width: float, height: float, step: float = 3.5) -> Group:
    """White diagonal strokes over a box, so that it reads apart from a plain one in gray."""
    group = Group()
    start = x - height
    while start < x + width:
        x0, x1 = max(start, x), min(start + height, x + width)
        if x1 > x0:
            group.add(
                Line(
                    x0,
                    y + (x0 - start),
                    x1,
                    y + (x1 - start),
                    strokeColor=WHITE,
                    strokeWidth=0.9,
                )
            )
        start += step
    return group


def _swatch(x: float, y: float, colour: colors.Color, swatch: Swatch) -> Line | Rect | Group:
    if swatch == "box":
        return box(x + 2, y - 1, 10, 8, colour)
    if swatch == "hatch":
        return Group(box(x + 2, y - 1, 10, 8, colour), hatch(x + 2, y - 1, 10, 8))
    if isinstance(swatch, tuple):
        return rule(x, y + 3, x + 14, y + 3, colour, 1.6, list(swatch) or None)
    dash = [3, 2] if swatch == "dash" else None
    return rule(x, y + 3, x + 14, y + 3, colour, 2, dash)
