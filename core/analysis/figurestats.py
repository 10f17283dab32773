"""The distribution of one key figure over Monte Carlo draws: percentiles, mean, histogram.

Money, share and GW figures get linearly interpolated percentiles (numpy's default), a
mean, and a histogram of `HISTOGRAM_BINS` equal bins.

Period and year figures (the AGI periods, the revenue-share cap period, the first
profitable year) are not quantities to average. Their percentiles are order statistics of
the period (or year) itself: P50 is the earliest period by which at least half of the
draws have the event. A draw without the event ("none") counts as after the horizon, so
a percentile that falls among those draws is None ("none"), and their mean is None. Their
histogram has one bin per calendar year, on a time axis in years (period i of a
quarterly grid sits at ``start_year + i / 4``); draws without the event are counted apart.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.analysis.figurestats_select import Binned, counted_percentiles, linear_percentiles
from core.inputs import FloatArray
from core.keyfigures import Kind
from core.projection import FigureValue
from core.timegrid import TimeGrid

HISTOGRAM_BINS = 30
PERCENTILES = (10.0, 50.0, 90.0)


@dataclass(frozen=True, slots=True)
class Histogram:
    """Counts of draws per bin.

    Parameters
    ----------
    edges : tuple of float
        Bin edges, one more than `counts`, in the figure's unit; for period and year
        figures, in calendar years (a period at its start).
    counts : tuple of int
        Draws per bin; the last bin includes its right edge.
    none : int
        Draws without a value (event after the horizon, figure not applicable).
    """

    edges: tuple[float, ...]
    counts: tuple[int, ...]
    none: int


@dataclass(frozen=True, slots=True)
class FigureDistribution:
    """One key figure over all draws.

    Parameters
    ----------
    name : str
        Key-figure name of model.md section 7.
    kind : Kind
        ``money`` ($B), ``share`` (fraction), ``gw``, ``period`` or ``year``.
    p10, p50, p90 : float, str, int or None
        Percentiles: numbers for numeric kinds, a period label (``2031Q2``) or a year for
        the others; None when the percentile falls among draws without a value.
    mean : float or None
        Mean over draws with a value; None for period and year figures.
    none_share : float
        Fraction of draws without a value, in [0, 1].
    histogram : Histogram
        For charts in the app.
    """

    name: str
    kind: Kind
    p10: FigureValue
    p50: FigureValue
    p90: FigureValue
    mean: float | None
    none_share: float
    histogram: Histogram


def summarize(name: str, kind: Kind, values: FloatArray, grid: TimeGrid) -> FigureDistribution:
    """Summarise a key figure's per-draw `values` (periods as indices, NaN for none)."""
    if kind in ("period", "year"):
        return _summarize_timing(name, kind, values, grid)
    known = values[~np.isnan(values)]
    none = len(values) - len(known)
    share = none / len(values)
    if not len(known):
        return FigureDistribution(
            name, kind, None, None, None, None, share, Histogram((), (), none)
        )
    low, high = float(np.min(known)), float(np.max(known))
    if not (np.isfinite(low) and np.isfinite(high)):
        raise ValueError(f"{name}: values not finite (from {low} to {high})")
    binned = Binned.of(known, HISTOGRAM_BINS, *_histogram_range(low, high))
    if low == high:  # equal values: no selection needed
        p10 = p50 = p90 = low
    else:
        p10, p50, p90 = linear_percentiles(binned, PERCENTILES)
    counts = binned.counts.tolist()
    histogram = Histogram(tuple(binned.edges.tolist()), tuple(counts), none)
    return FigureDistribution(name, kind, p10, p50, p90, exact_mean(known), share, histogram)


def _histogram_range(low: float, high: float) -> tuple[float, float]:
    """The data's range, widened around its middle when it is too narrow for equal bins."""
    if high - low > 1e-9 * max(1.0, abs(low), abs(high)):
        return low, high
    middle = low + (high - low) / 2
    half = 0.5 * max(1.0, abs(middle)) * 1e-6
    return middle - half, middle + half


def exact_mean(values: FloatArray) -> float:
    """Mean computed about the first value, so that equal values give that value exactly."""
    reference = values[0]
    return float(reference + np.mean(values - reference))


def _summarize_timing(
    name: str, kind: Kind, values: FloatArray, grid: TimeGrid
) -> FigureDistribution:
    """Percentiles and yearly histogram of period indices or years, from counts per value."""
    known = values[~np.isnan(values)]
    none = len(values) - len(known)
    first, places = (0, grid.count) if kind == "period" else (grid.start_year, grid.year_count)
    offsets = known - first
    whole = np.array_equal(offsets, np.floor(offsets))
    if len(known) and (np.min(offsets) < 0 or np.max(offsets) >= places or not whole):
        raise ValueError(f"{name}: values outside the grid's {kind}s")
    counts = np.bincount(offsets.astype(np.intp), minlength=places)
    found = counted_percentiles(counts, len(values), PERCENTILES)
    p10, p50, p90 = (None if i is None else _timing_value(kind, first + i, grid) for i in found)
    by_year = counts.reshape(grid.year_count, grid.n).sum(axis=1) if kind == "period" else counts
    edges = np.arange(grid.start_year, grid.end_year + 2, dtype=np.float64)
    histogram = Histogram(tuple(edges.tolist()), tuple(by_year.tolist()), none)
    return FigureDistribution(name, kind, p10, p50, p90, None, none / len(values), histogram)


def _timing_value(kind: Kind, value: int, grid: TimeGrid) -> FigureValue:
    return grid.labels[value] if kind == "period" else value
