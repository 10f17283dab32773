"""The brief's charts as vector Drawings (each a Flowable): one function per chart."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import pandas as pd
from reportlab.graphics.shapes import Circle, Drawing, Group

from core.contract import Contract, RevenueShare
from core.present.format import money as money_text
from core.present.grammar import party_words
from core.present.i18n import N_, _
from core.projection import Projection
from core.report.chartkit import (
    Axes,
    Swatch,
    box,
    draw_axes,
    fit,
    legend,
    line,
    new_drawing,
    nice_range,
    reference_line,
    rule,
    text,
    year_ticks,
)
from core.report.fonts import FAMILY
from core.report.script import text_width
from core.report.styles import (
    ACCENT,
    INK,
    MUTED,
    SOURCE_COLOURS,
    WHITE,
    scenario_colour,
    scenario_dash,
)

Series = list[tuple[float, float]]
"""(x, value) points; x is a fractional calendar year."""

LEFT, BOTTOM, TOP_GAP = 34.0, 18.0, 16.0
LINE_HEIGHT, PANEL_HEIGHT = 230.0, 170.0


def revenue_payments_chart(projections: Mapping[str, Projection], width: float) -> Drawing:
    """Two panels: the lab's revenue and the payments to the partner, $B per year."""
    parties = _first(projections).contract.parties
    words = party_words(parties)
    drawing = new_drawing(width, LINE_HEIGHT)
    top = _scenario_legend(drawing, projections, width)
    half = (width - 24) / 2
    panels = (
        ("revenue", _("{lab} revenue, $B per year").format(**words), 0.0),
        (
            "partner_received",
            _("Paid to {partner} (revenue + profit share), $B per year").format(**words),
            half + 24,
        ),
    )
    for column, title, x in panels:
        series = {n: _annual(p.table, column, "sum") for n, p in projections.items()}
        _line_panel(drawing, series, x, top, half, title)
    return drawing


def compute_chart(projections: Mapping[str, Projection], width: float) -> Drawing:
    """Compute in use by source, GW (yearly average), stacked; one panel per scenario."""
    parties = _first(projections).contract.parties
    words = party_words(parties)
    names = list(projections)
    per_row = min(3, len(names))
    rows = math.ceil(len(names) / per_row)
    drawing = new_drawing(width, 16 + rows * PANEL_HEIGHT)
    items: list[tuple[str, object, Swatch]] = [
        (
            _("{lab} own capacity").format(**words),
            SOURCE_COLOURS["own_used_gw"],
            "box",
        ),
        (parties.partner_cloud, SOURCE_COLOURS["partner_gw"], "box"),
        (_("Other clouds"), SOURCE_COLOURS["others_gw"], "box"),
    ]
    group, height = legend(items, 0, drawing.height, width)  # type: ignore[arg-type]
    drawing.add(group)
    stacks = {n: _stacks(p.table) for n, p in projections.items()}
    peak = max(sum(parts) for stack in stacks.values() for parts in stack.values())
    y_min, y_max, step = nice_range(0.0, peak, 4)
    panel_width = (width - 16 * (per_row - 1)) / per_row
    for i, name in enumerate(names):
        x = (i % per_row) * (panel_width + 16)
        top = drawing.height - max(height, 16) - (i // per_row) * PANEL_HEIGHT
        axes = _axes(projections[name], x, top - PANEL_HEIGHT, panel_width, (y_min, y_max))
        drawing.add(text(x, top - 10, name, INK, bold=True, size=8))
        drawing.add(draw_axes(axes, step, _ticks(projections[name], 6)))
        drawing.add(_stacked_bars(axes, stacks[name]))
    return drawing


def agi_chart(projections: Mapping[str, Projection], width: float) -> Drawing | None:
    """The AGI clause's profit measure against its threshold, $B; None without the clause."""
    agi = _first(projections).contract.agi_clause
    if agi is None:
        return None
    drawing = new_drawing(width, LINE_HEIGHT)
    top = _scenario_legend(drawing, projections, width)
    series = {n: _periods(p.table, p, "agi_measure") for n, p in projections.items()}
    markers = {n: p.key_figures["agi_determination_period"] for n, p in projections.items()}
    title = _("{lab}: {measure}, $B").format(
        **party_words(_first(projections).contract.parties), measure=_(MEASURE_WORDS[agi.measure])
    )
    axes = _line_panel(drawing, series, 0, top, width, title, agi.threshold)
    threshold = _("Threshold {amount}").format(amount=money_text(agi.threshold))
    drawing.add(reference_line(axes, agi.threshold, threshold, INK))
    for i, (name, period) in enumerate(markers.items()):
        point = _point_at(projections[name], series[name], period)
        if point is not None:
            drawing.add(
                Circle(
                    axes.px(point[0]),
                    axes.py(point[1]),
                    3,
                    fillColor=scenario_colour(i),
                    strokeColor=None,
                )
            )
    return drawing


def cap_chart(
    projections: Mapping[str, Projection],
    width: float,
    changes: Sequence[tuple[float, str]] = (),
    height: float = LINE_HEIGHT,
) -> Drawing | None:
    """Cumulative revenue-share payments against the cap, $B; None without a revenue share.

    `changes` marks contract version changes: (fractional year, version name) each.
    """
    contract = _first(projections).contract
    shares = [c for c in contract.clauses if isinstance(c, RevenueShare)]
    if not shares:
        return None
    cap = revenue_share_cap(contract)
    drawing = new_drawing(width, height)
    top = _scenario_legend(drawing, projections, width)
    series = {n: _periods(p.table, p, "cumulative_revenue_share") for n, p in projections.items()}
    title = _("Revenue share paid to {partner}, cumulative, $B").format(
        **party_words(contract.parties)
    )
    axes = _line_panel(drawing, series, 0, top, width, title, cap or 0.0)
    if cap is not None:
        drawing.add(
            reference_line(axes, cap, _("Cap {amount}").format(amount=money_text(cap)), INK)
        )
    drawing.add(version_marks(axes, changes))
    return drawing


def version_marks(axes: Axes, changes: Sequence[tuple[float, str]]) -> Group:
    """A dotted vertical line and the version's name at each version change inside `axes`.

    Names that would overlap the previous one drop a line, so every name stays readable.
    """
    group = Group()
    level_ends: list[float] = []
    for x, name in changes:
        if not axes.x_min <= x <= axes.x_max:
            continue
        px = axes.px(x)
        label = fit(name, 120, 6.5)
        right = px + 2 + text_width(label, FAMILY.regular, 6.5)
        level = next((i for i, end in enumerate(level_ends) if px > end + 4), len(level_ends))
        if level == len(level_ends):
            level_ends.append(right)
        level_ends[level] = right
        group.add(rule(px, axes.y, px, axes.y + axes.height, ACCENT, 0.8, [1, 2]))
        # Half-way up, on a white backing: clear of the cap line and readable over curves.
        y = axes.y + axes.height * 0.55 - 9 * level
        group.add(box(px + 1, y - 2, right - px, 8.5, WHITE, opacity=0.85))
        group.add(text(px + 2, y, label, ACCENT, size=6.5))
    return group


def revenue_share_cap(contract: Contract) -> float | None:
    """The total cap of the contract's revenue shares, or None when none is capped."""
    caps = [
        c.cap_total
        for c in contract.clauses
        if isinstance(c, RevenueShare) and c.cap_total is not None
    ]
    return sum(caps) if caps else None


MEASURE_WORDS = {
    "annual": N_("annual profit"),
    "ttm": N_("profit over the trailing twelve months"),
    "cumulative": N_("cumulative profit"),
}
"""How the AGI clause measures profit, for titles and sentences."""


def _first(projections: Mapping[str, Projection]) -> Projection:
    return next(iter(projections.values()))


def _scenario_legend(
    drawing: Drawing, projections: Mapping[str, Projection], width: float
) -> float:
    items: list[tuple[str, object, Swatch]] = [
        (name, scenario_colour(i), scenario_dash(i)) for i, name in enumerate(projections)
    ]
    group, height = legend(items, LEFT, drawing.height, width - LEFT)  # type: ignore[arg-type]
    drawing.add(group)
    return drawing.height - height - 4


def _line_panel(
    drawing: Drawing,
    series: Mapping[str, Series],
    x: float,
    top: float,
    width: float,
    title: str,
    reference: float = 0.0,
) -> Axes:
    values = [v for points in series.values() for _, v in points] + [reference]
    y_min, y_max, step = nice_range(min(values), max(values) * 1.04, 5)
    any_projection = next(iter(series))
    xs = [px for px, _ in series[any_projection]]
    first_year = math.floor(min(xs))
    last_year = math.ceil(max(xs)) - 1 if xs else first_year
    axes = Axes(
        x + LEFT,
        BOTTOM,
        width - LEFT,
        top - BOTTOM - TOP_GAP,
        first_year,
        last_year + 1,
        y_min,
        y_max,
    )
    drawing.add(text(x + LEFT, top - 9, title, MUTED, bold=True, size=7.5))
    ticks = year_ticks(first_year, last_year, 12 if width > 300 else 6)
    drawing.add(draw_axes(axes, step, ticks))
    for i, points in enumerate(series.values()):
        coords = [(axes.px(px), axes.py(v)) for px, v in points]
        if coords:
            drawing.add(line(coords, scenario_colour(i), dash=list(scenario_dash(i)) or None))
    return axes


def _annual(table: pd.DataFrame, column: str, how: str) -> Series:
    grouped = table.groupby("year")[column].agg(how)
    return [
        (int(year) + 0.5, float(value))
        for year, value in zip(grouped.index.tolist(), grouped.tolist(), strict=True)
    ]


def _periods(table: pd.DataFrame, projection: Projection, column: str) -> Series:
    n = projection.grid.n
    points: Series = []
    for i, value in enumerate(table[column].tolist()):
        if not math.isnan(value):
            points.append((projection.grid.start_year + (i + 1) / n, float(value)))
    return points


def _point_at(
    projection: Projection, series: Series, period: object
) -> tuple[float, float] | None:
    if not isinstance(period, str):
        return None
    index = projection.grid.index_of(period)
    x = projection.grid.start_year + (index + 1) / projection.grid.n
    return next((p for p in series if abs(p[0] - x) < 1e-9), None)


def _stacks(table: pd.DataFrame) -> dict[int, tuple[float, float, float]]:
    means = table.groupby("year")[["own_used_gw", "partner_gw", "others_gw"]].mean()
    rows = means.to_numpy().tolist()
    return {int(y): (r[0], r[1], r[2]) for y, r in zip(means.index.tolist(), rows, strict=True)}


def _axes(
    projection: Projection, x: float, y: float, width: float, y_range: tuple[float, float]
) -> Axes:
    grid = projection.grid
    return Axes(
        x + 26,
        y + BOTTOM,
        width - 26,
        PANEL_HEIGHT - BOTTOM - 20,
        grid.start_year,
        grid.end_year + 1,
        *y_range,
    )


def _ticks(projection: Projection, max_labels: int) -> Sequence[tuple[float, str]]:
    return year_ticks(projection.grid.start_year, projection.grid.end_year, max_labels)


def _stacked_bars(axes: Axes, stack: Mapping[int, tuple[float, float, float]]) -> Group:
    group = Group()
    colours = [SOURCE_COLOURS[k] for k in ("own_used_gw", "partner_gw", "others_gw")]
    bar = (axes.px(1) - axes.px(0)) * 0.7
    for year, parts in stack.items():
        base = 0.0
        for value, colour in zip(parts, colours, strict=True):
            if value > 0:
                y0, y1 = axes.py(base), axes.py(base + value)
                group.add(box(axes.px(year + 0.5) - bar / 2, y0, bar, y1 - y0, colour))
            base += value
    return group
