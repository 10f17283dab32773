"""The backtest: each reported actual beside the model's value for the same periods.

model.md section 10. A row that the projection cannot express (outside the horizon, a
quarter at annual frequency) is kept, marked not comparable, with the reason.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass

import numpy as np

from core.actuals import Actual, Actuals, label_span
from core.projection import Projection
from core.timegrid import TimeGrid

FIGURE_LABELS = {
    "lab_revenue": "{lab} revenue",
    "lab_profit": "{lab} operating profit",
    "revenue_share_net": "{partner} revenue share, net",
    "revenue_share_gross": "{partner} revenue share, gross",
    "partner_cloud_revenue": "{cloud} revenue from {lab}",
    "compute_gw": "{lab} compute (GW)",
}
"""How each figure is named to readers, with the contract's party names filled in."""


@dataclass(frozen=True, slots=True)
class BacktestRow:
    """One actual beside the model: `ratio` is model / reported (None when undefined)."""

    figure: str
    first: str
    last: str
    reported: float
    model: float | None
    ratio: float | None
    comparable: bool
    reason: str | None
    confidence: str
    source_urls: tuple[str, ...]
    note: str | None = None

    @property
    def abs_log_ratio(self) -> float | None:
        """|ln(ratio)| of a comparable row; infinite when the ratio is not positive.

        A model value of the opposite sign to the report (a profit against a reported loss)
        has no log ratio and counts as the worst possible fit, never as a good one.
        """
        if not self.comparable:
            return None
        if self.ratio is None:
            return 0.0 if self.model == 0.0 else math.inf
        return abs(math.log(self.ratio)) if self.ratio > 0 else math.inf


@dataclass(frozen=True, slots=True)
class Backtest:
    """Every row, in the order of the actuals file, and the summary over comparable rows."""

    rows: tuple[BacktestRow, ...]

    @property
    def comparable_rows(self) -> tuple[BacktestRow, ...]:
        """The rows the projection can express."""
        return tuple(row for row in self.rows if row.comparable)

    @property
    def median_abs_log_ratio(self) -> float | None:
        """Median of |ln(model / reported)| over the comparable rows; None without any."""
        values = [row.abs_log_ratio for row in self.comparable_rows]
        finite = [v for v in values if v is not None]
        return statistics.median(finite) if finite else None

    @property
    def worst(self) -> BacktestRow | None:
        """The comparable row furthest from its report (largest |ln ratio|)."""
        rows = self.comparable_rows
        return max(rows, key=lambda row: row.abs_log_ratio or 0.0) if rows else None


def backtest(projection: Projection, actuals: Actuals) -> Backtest:
    """Compare every actual with `projection` (model.md section 10)."""
    return Backtest(tuple(_row(projection, actuals, actual) for actual in actuals.actuals))


def _row(projection: Projection, actuals: Actuals, actual: Actual) -> BacktestRow:
    reason, index = periods_of(projection.grid, actual.from_, actual.last)
    model = None if index is None else model_value(projection, actual.figure, index)
    ratio = None
    if model is not None and actual.value != 0.0:
        ratio = model / actual.value
    return BacktestRow(
        figure=actual.figure,
        first=actual.from_,
        last=actual.last,
        reported=actual.value,
        model=model,
        ratio=ratio,
        comparable=index is not None,
        reason=reason,
        confidence=actual.confidence,
        source_urls=actuals.urls(actual),
        note=actual.note,
    )


def periods_of(grid: TimeGrid, first: str, last: str) -> tuple[str | None, range | None]:
    """The grid periods from label `first` to label `last`, or the reason there are none.

    Returns
    -------
    reason : str or None
        Why the labels cannot be compared on this grid; None when they can.
    index : range or None
        The period indexes covered, when they can.
    """
    start_span, end_span = label_span(first), label_span(last)
    if start_span is None or end_span is None:
        return f"{first}-{last} is not a pair of period labels", None
    if grid.n == 1 and ("Q" in first or "Q" in last):
        return "a quarter cannot be expressed at annual frequency", None
    start, end = start_span[0], end_span[1]
    horizon = f"the horizon ({grid.labels[0]}-{grid.labels[-1]})"
    if end < grid.starts[0] or start > grid.ends[-1]:
        return f"outside {horizon}", None
    if start < grid.starts[0] or end > grid.ends[-1]:
        return f"partly outside {horizon}", None
    first_index = grid.starts.index(start)
    last_index = grid.ends.index(end)
    return None, range(first_index, last_index + 1)


def model_value(projection: Projection, figure: str, index: range) -> float:
    """The model's value of `figure` over the periods `index` (model.md section 10)."""
    table = projection.table
    rows = slice(index.start, index.stop)

    def total(column: str) -> float:
        return float(np.sum(table[column].to_numpy()[rows]))

    if figure == "lab_revenue":
        return total("revenue")
    if figure == "lab_profit":
        return total("profit")
    if figure == "revenue_share_net":
        return total("revenue_share") - total("reverse_revenue_share")
    if figure == "revenue_share_gross":
        return total("revenue_share")
    if figure == "partner_cloud_revenue":
        return total("partner_cloud_revenue")
    if figure == "compute_gw":
        return float(table["demand_gw"].to_numpy()[index.stop - 1])
    raise KeyError(figure)
