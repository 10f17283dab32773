"""Reported actuals drawn as marked points on the charts whose series they match.

Lab revenue and profit of a whole year sit on the yearly revenue chart; compute in use sits
on the compute chart at the last period of its range (total compute is the top of the
stacked areas). Hovering a mark shows the figure, its confidence and its sources.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pyqtgraph as pg

from core.actuals import Actual, Actuals
from core.backtest import FIGURE_LABELS, periods_of
from core.present.labels import fill
from core.present.palette import SERIES
from core.present.text import reported_text
from core.projection import Projection
from gui.views.charts.chart import Chart, period_times

MARK_COLOUR = SERIES["actual"]
YEARLY_FIGURES = ("lab_revenue", "lab_profit")


@dataclass(frozen=True, slots=True)
class Mark:
    """One reported value at chart position (`x`, `y`), with its hover text."""

    x: float
    y: float
    tip: str


class ActualMarks:
    """A hoverable scatter of reported values on `chart`, kept out of its legend."""

    def __init__(self, chart: Chart) -> None:
        self.scatter = pg.ScatterPlotItem(
            size=9,
            symbol="d",
            pen=pg.mkPen(MARK_COLOUR, width=1.2),
            brush=pg.mkBrush(255, 255, 255, 220),
            hoverable=True,
            hoverSize=12,
            tip=self._tip,
        )
        self.scatter.setZValue(50)
        chart.getPlotItem().addItem(self.scatter)
        self.marks: tuple[Mark, ...] = ()

    def set_marks(self, marks: Sequence[Mark]) -> None:
        """Show `marks` (none hides the scatter)."""
        self.marks = tuple(marks)
        self.scatter.setData(
            x=[m.x for m in marks], y=[m.y for m in marks], data=[m.tip for m in marks]
        )

    @staticmethod
    def _tip(x: float, y: float, data: object) -> str:
        return str(data)


def yearly_marks(projection: Projection, actuals: Actuals) -> list[Mark]:
    """Whole-year revenue and profit actuals inside the horizon, at x = the year."""
    marks = []
    for actual in actuals.actuals:
        whole_year = actual.from_ == actual.last and "Q" not in actual.from_
        if actual.figure not in YEARLY_FIGURES or not whole_year:
            continue
        reason, _ = periods_of(projection.grid, actual.from_, actual.last)
        if reason is None:
            tip = tip_text(projection, actuals, actual)
            marks.append(Mark(float(actual.from_), actual.value, tip))
    return marks


def compute_marks(projection: Projection, actuals: Actuals) -> list[Mark]:
    """Compute-in-use actuals inside the horizon, at the start of their range's last period."""
    xs = period_times(projection)
    marks = []
    for actual in actuals.actuals:
        if actual.figure != "compute_gw":
            continue
        reason, index = periods_of(projection.grid, actual.from_, actual.last)
        if reason is None and index is not None:
            tip = tip_text(projection, actuals, actual)
            marks.append(Mark(float(xs[index.stop - 1]), actual.value, tip))
    return marks


def tip_text(projection: Projection, actuals: Actuals, actual: Actual) -> str:
    """What hovering a mark shows: the figure, periods, value, confidence and sources."""
    label = fill(FIGURE_LABELS[actual.figure], projection.contract)
    shown = reported_text(actual.figure, actual.value)
    periods = actual.from_ if actual.from_ == actual.last else f"{actual.from_}–{actual.last}"
    lines = [f"Reported {label}, {periods}: {shown} ({actual.confidence})"]
    for source_id in actual.sources:
        source = actuals.source(source_id)
        lines.append(f"{source.publisher or source.title}: {source.url}")
    return "\n".join(lines)
