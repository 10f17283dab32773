"""The brief's analysis charts: the tornado and the Monte Carlo fan charts (vector Drawings)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Polygon

from core.analysis import Sensitivity, SensitivityRow, Simulation
from core.assumptions import SPECS_BY_NAME
from core.chain import Chain
from core.contract import Contract, Parties
from core.keyfigures import KEY_FIGURES_BY_NAME
from core.present.contract_text import term_name
from core.present.grammar import party_words
from core.present.i18n import _
from core.present.labels import fill as label
from core.present.text import figure_text
from core.report import chartkit as kit
from core.report.styles import ACCENT, ANALYSIS_BAND, INK, MUTED, RULE, SCENARIO_COLOURS
from core.workspace import Settings

MAX_BARS = 10
ROW_HEIGHT = 15.0
NAME_WIDTH = 190.0
LOW_COLOUR, HIGH_COLOUR = SCENARIO_COLOURS[1], ACCENT
FAN_HEIGHT = 150.0
BAND_COLOUR = ANALYSIS_BAND


def assumption_name(name: str, parties: Parties, chain: Sequence[Contract] = ()) -> str:
    """An assumption's label with the party names and its unit: ``Revenue growth (%)``.

    A deal term's key (a tornado that includes the terms) is named in words from the titles
    of `chain`'s clauses: ``Cap of Capped revenue share to Microsoft through 2030``.
    """
    spec = SPECS_BY_NAME.get(name)
    if spec is None:
        return term_name(Chain(tuple(chain)), name) if chain else name
    return _("{label} ({unit})").format(label=label(spec.label, parties), unit=_(spec.unit))


DISPLAY_PRECISION = {"money": 0.05, "share": 0.0005, "gw": 0.005, "period": 0.5, "year": 0.5}
"""Smallest swing that shows in print, by figure kind: $0.1B, 0.1 %, 0.01 GW, one period."""


def moving_rows(result: Sensitivity) -> list[SensitivityRow]:
    """Rows with both ends known and a swing that shows in print, largest first."""
    precision = DISPLAY_PRECISION[KEY_FIGURES_BY_NAME[result.figure].kind]
    return [
        r
        for r in result.rows
        if r.figure_low is not None and r.figure_high is not None and r.swing >= precision
    ]


def tornado_rows(result: Sensitivity) -> list[SensitivityRow]:
    """The rows a tornado draws: the moving rows, at most `MAX_BARS`."""
    return moving_rows(result)[:MAX_BARS]


def data_range(low: float, high: float, ticks: int) -> tuple[float, float, float]:
    """Like `nice_range`, but around the data only: a tornado need not reach zero."""
    span = high - low or max(abs(high), 1.0)
    raw = span / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return math.floor(low / step) * step, math.ceil(high / step) * step, step


def tornado(
    result: Sensitivity, parties: Parties, width: float, chain: Sequence[Contract] = ()
) -> Drawing:
    """Horizontal bars from the base value to the figure at each input's low and high.

    `chain` (the contract's versions) names the bars of deal terms.
    """
    rows = tornado_rows(result)
    base = result.base if result.base is not None else 0.0
    values = [base] + [v for r in rows for v in (r.figure_low, r.figure_high) if v is not None]
    lo, hi, step = data_range(min(values), max(values), 4)
    height = 46 + ROW_HEIGHT * len(rows)
    drawing = kit.new_drawing(width, height)
    items = [(_("Low setting"), LOW_COLOUR, "box"), (_("High setting"), HIGH_COLOUR, "box")]
    group, legend_height = kit.legend(items, NAME_WIDTH, height, width - NAME_WIDTH)  # type: ignore[arg-type]
    drawing.add(group)
    top = height - legend_height - 4
    axes = kit.Axes(NAME_WIDTH, 16, width - NAME_WIDTH - 8, top - 16, lo, hi, 0, len(rows) or 1)
    figure = KEY_FIGURES_BY_NAME[result.figure]
    for i in range(round((hi - lo) / step) + 1):
        x = axes.px(lo + i * step)
        drawing.add(
            kit.rule(x, axes.y, x, axes.y + axes.height, MUTED if lo + i * step == 0 else RULE)
        )
        drawing.add(kit.text(x, 4, figure_text(figure, lo + i * step), MUTED, anchor="middle"))
    for i, row in enumerate(rows):
        y = axes.y + axes.height - ROW_HEIGHT * (i + 1) + 3
        name = kit.fit(assumption_name(row.assumption, parties, chain), NAME_WIDTH - 8)
        drawing.add(kit.text(0, y + 2, name, INK))
        for value, colour in ((row.figure_low, LOW_COLOUR), (row.figure_high, HIGH_COLOUR)):
            x0, x1 = sorted((axes.px(base), axes.px(value or base)))
            drawing.add(kit.box(x0, y, max(x1 - x0, 0.5), ROW_HEIGHT - 5, colour))
    base_x = axes.px(base)
    drawing.add(kit.rule(base_x, axes.y, base_x, axes.y + axes.height, INK, 0.8))
    return drawing


def fan_charts(
    simulation: Simulation, parties: Parties, settings: Settings, width: float
) -> Drawing:
    """Three panels: revenue, cumulative profit and cumulative payments, P10–P90 and P50."""
    words = party_words(parties)
    if settings.frequency == "Q":
        revenue = _("{lab} revenue, $B per quarter")
    else:
        revenue = _("{lab} revenue, $B per year")
    panels = (
        ("revenue", revenue.format(**words)),
        ("cumulative_profit", _("{lab} cumulative profit, $B").format(**words)),
        (
            "cumulative_partner_payments",
            _("Paid to {partner}, cumulative, $B").format(**words),
        ),
    )
    drawing = kit.new_drawing(width, FAN_HEIGHT + 22)
    items = [("P10–P90", BAND_COLOUR, "box"), (_("P50 (median)"), ACCENT, "line")]
    group, legend_height = kit.legend(items, 30, drawing.height, width - 30)  # type: ignore[arg-type]
    drawing.add(group)
    top = drawing.height - legend_height - 6
    panel_width = (width - 2 * 14) / 3
    for i, (key, title) in enumerate(panels):
        _fan_panel(
            drawing, simulation, settings, key, title, i * (panel_width + 14), top, panel_width
        )
    return drawing


def _fan_panel(
    drawing: Drawing,
    simulation: Simulation,
    settings: Settings,
    key: str,
    title: str,
    x: float,
    top: float,
    width: float,
) -> None:
    band = simulation.bands[key]
    n = settings.periods_per_year
    xs = [settings.start_year + (i + 1) / n for i in range(len(band.p50))]
    lows, mids, highs = band.p10.tolist(), band.p50.tolist(), band.p90.tolist()
    y_min, y_max, step = kit.nice_range(min(lows), max(highs) * 1.04, 4)
    axes = kit.Axes(
        x + 30,
        16,
        width - 30,
        top - 16 - 14,
        settings.start_year,
        settings.end_year + 1,
        y_min,
        y_max,
    )
    drawing.add(kit.text(x + 30, top - 9, kit.fit(title, width - 30), MUTED, bold=True))
    outline = [(axes.px(a), axes.py(b)) for a, b in zip(xs, highs, strict=True)]
    outline += [(axes.px(a), axes.py(b)) for a, b in reversed(list(zip(xs, lows, strict=True)))]
    points = [v for point in outline for v in point]
    # The band goes under the grid, so grid lines (the zero line above all) stay whole.
    drawing.add(Polygon(points, fillColor=BAND_COLOUR, strokeColor=None))
    drawing.add(
        kit.draw_axes(axes, step, kit.year_ticks(settings.start_year, settings.end_year, 4))
    )
    drawing.add(
        kit.line([(axes.px(a), axes.py(b)) for a, b in zip(xs, mids, strict=True)], ACCENT)
    )
