"""Binned percentiles and histograms: the same numbers as numpy's, worked out by hand too."""

from __future__ import annotations

import numpy as np
import pytest

from core.analysis.figurestats import summarize
from core.analysis.figurestats_select import (
    Binned,
    counted_percentiles,
    linear_percentiles,
    row_percentiles,
)
from core.timegrid import TimeGrid

PERCENTILES = (10.0, 50.0, 90.0)


def _binned(values: np.ndarray, bins: int = 30) -> Binned:
    return Binned.of(values, bins, float(values.min()), float(values.max()))


def test_five_values_by_hand():
    binned = _binned(np.array([5.0, 1.0, 4.0, 2.0, 3.0]), bins=2)
    # ranks 0.4, 2 and 3.6 of 1..5: 1 + 0.4, 3, 4 + 0.6
    assert linear_percentiles(binned, PERCENTILES) == pytest.approx([1.4, 3.0, 4.6])
    # bins [1, 3) and [3, 5]: the last includes its right edge
    assert binned.counts.tolist() == [2, 3]
    assert binned.edges.tolist() == [1.0, 3.0, 5.0]


@pytest.mark.parametrize(
    "values",
    [
        np.random.default_rng(1).normal(10.0, 3.0, 100_001),
        np.random.default_rng(2).lognormal(0.0, 2.0, 5000),
        np.random.default_rng(3).choice([1.0, 2.0, 2.0, 7.0], 999),
        36.304 + np.random.default_rng(4).integers(-2, 3, 20_000) * np.spacing(36.304),
        np.concatenate([np.zeros(700), np.random.default_rng(5).random(300)]),
        np.array([2.0, 1.0]),
    ],
    ids=["normal", "lognormal", "four-values", "ulp-apart", "mostly-zero", "two"],
)
def test_equal_to_numpy_percentile_and_histogram(values):
    low, high = float(values.min()), float(values.max())
    if high - low < 1e-9:  # too narrow for 30 bins: widened, as the summaries do
        low, high = low - 1e-6, high + 1e-6
    binned = Binned.of(values, 30, low, high)
    assert linear_percentiles(binned, PERCENTILES) == [
        float(p) for p in np.percentile(values, PERCENTILES)
    ]
    counts, edges = np.histogram(values, bins=30, range=(low, high))
    assert binned.counts.tolist() == counts.tolist()
    assert binned.edges.tolist() == edges.tolist()


def test_counted_percentiles_by_hand():
    # values 0, 1, 1, 3 and six without a value (after the horizon): ten in all
    counts = np.array([1, 2, 0, 1])
    # inverted CDF: P10 is the 1st value (0), P50 the 5th and P90 the 9th (none)
    assert counted_percentiles(counts, 10, PERCENTILES) == [0, None, None]
    assert counted_percentiles(counts, 4, PERCENTILES) == [0, 1, 3]


def test_counted_percentiles_equal_numpy_inverted_cdf():
    rng = np.random.default_rng(6)
    values = rng.integers(0, 48, 10_001).astype(np.float64)
    values[rng.random(values.size) < 0.3] = np.inf  # none: after every value
    counts = np.bincount(values[np.isfinite(values)].astype(np.intp), minlength=48)
    want = np.percentile(values, PERCENTILES, method="inverted_cdf")
    got = counted_percentiles(counts, values.size, PERCENTILES)
    assert got == [int(w) if np.isfinite(w) else None for w in want]


@pytest.mark.parametrize("width", [1, 2, 3, 10, 1001])
def test_row_percentiles_equal_numpy_row_by_row(width):
    rng = np.random.default_rng(width)
    rows = rng.normal(0.0, 5.0, (6, width))
    rows[1] = rng.integers(0, 3, width)  # ties
    rows[2] = 4.25  # one value
    got = row_percentiles(rows, PERCENTILES)
    want = np.percentile(rows, PERCENTILES, axis=1)
    for mine, theirs in zip(got, want, strict=True):
        assert mine.tolist() == theirs.tolist()


def test_row_percentiles_by_hand():
    rows = np.array([[5.0, 1.0, 4.0, 2.0, 3.0], [0.0, 0.0, 0.0, 0.0, 10.0]])
    p10, p50, p90 = row_percentiles(rows, PERCENTILES)
    assert p10.tolist() == pytest.approx([1.4, 0.0])
    assert p50.tolist() == pytest.approx([3.0, 0.0])
    assert p90.tolist() == pytest.approx([4.6, 6.0])  # 0 + 0.6 of the way to 10


def test_a_figure_with_infinite_values_is_named():
    grid = TimeGrid(2025, 2027, 4)
    with pytest.raises(ValueError, match="partner_net_total: values not finite"):
        summarize("partner_net_total", "money", np.array([1.0, np.inf, 2.0]), grid)
