"""Histograms and percentiles of many values from one array of bin indices.

`np.percentile` partitions a copy of all the values for every call (about 2 ms for 100,000
draws, most of a Monte Carlo run's summaries). Here the values are put in equal bins once,
as `np.histogram` puts them; a percentile's order statistic then lies in a known bin and
is selected among that bin's values only. The results equal numpy's: the same bins and
counts as ``np.histogram(values, bins, range)``, the same percentiles as
``np.percentile(values, q)`` (linear) and ``np.percentile(values, q,
method="inverted_cdf")``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

import numpy as np
import numpy.typing as npt

from core.inputs import FloatArray

IndexArray = npt.NDArray[np.intp]


@dataclass(frozen=True, eq=False)
class Binned:
    """Values in equal bins: each value's bin, the bins' edges and counts.

    A value's bin never decreases as the value grows (bins are decided by the edges), so
    the values of rank k lie in the first bin whose running count exceeds k.
    """

    values: FloatArray
    indices: IndexArray
    edges: FloatArray
    counts: npt.NDArray[np.int64]

    @classmethod
    def of(cls, values: FloatArray, bins: int, first: float, last: float) -> Binned:
        """Put `values` (no NaN, all within [first, last]) in `bins` equal bins.

        As ``np.histogram(values, bins, (first, last))``: the last bin includes its right
        edge, the others do not.
        """
        edges = np.linspace(first, last, bins + 1)
        scaled = (values - first) / (last - first) * bins
        indices = scaled.astype(np.intp)
        indices[indices == bins] -= 1
        # the scaled index can be off by one within about an ulp of an edge: the edges decide
        indices[values < edges[indices]] -= 1
        above = (values >= edges[indices + 1]) & (indices != bins - 1)
        indices[above] += 1
        counts = np.bincount(indices, minlength=bins).astype(np.int64)
        return cls(values, indices, edges, counts)

    def ranked(self, ranks: Sequence[int]) -> list[float]:
        """The values of `ranks` (0-based) in ascending order, as `np.partition` has them."""
        running = np.cumsum(self.counts)
        by_bin: dict[int, set[int]] = {}
        for rank in ranks:
            by_bin.setdefault(int(np.searchsorted(running, rank, side="right")), set()).add(rank)
        found: dict[int, float] = {}
        for where, in_bin in by_bin.items():
            members = self.values[self.indices == where]
            below = int(running[where - 1]) if where else 0
            low, high = float(members.min()), float(members.max())
            if low == high:
                found.update(dict.fromkeys(in_bin, low))
                continue
            kth = sorted(rank - below for rank in in_bin)
            members.partition(kth)
            found.update({below + k: float(members[k]) for k in kth})
        return [found[rank] for rank in ranks]


def linear_percentiles(binned: Binned, percentiles: Sequence[float]) -> list[float]:
    """Percentiles (0 to 100) of the binned values, as ``np.percentile(values, q)``."""
    spots = _spots(len(binned.values), percentiles)
    values = binned.ranked([rank for low, high, _ in spots for rank in (low, high)])
    return [
        _lerp(values[2 * k], values[2 * k + 1], gamma) for k, (_, _, gamma) in enumerate(spots)
    ]


def row_percentiles(rows: FloatArray, percentiles: Sequence[float]) -> list[FloatArray]:
    """Percentiles of each row of `rows` (m, n), as ``np.percentile(rows, q, axis=1)``.

    One partition of a copy at the lower neighbours' ranks only: the value just above a
    rank is the smallest of those between it and the next rank partitioned.
    """
    if np.isnan(rows).any():
        return list(np.percentile(rows, percentiles, axis=1))
    n = rows.shape[1]
    spots = _spots(n, percentiles)
    kth = sorted({low for low, _, _ in spots})
    work = rows.copy()
    work.partition(kth, axis=1)
    bounds = dict(zip(kth, [*kth[1:], n - 1], strict=True))
    results = []
    for low, high, gamma in spots:
        below = work[:, low]
        above = below if high == low else work[:, high : bounds[low] + 1].min(axis=1)
        results.append(_lerp(below, above, gamma))
    return results


def _spots(n: int, percentiles: Sequence[float]) -> list[tuple[int, int, float]]:
    """Per percentile of `n` sorted values, numpy's neighbours and weight (linear)."""
    spots = []
    for percentile in percentiles:
        virtual = (n - 1) * (percentile / 100)
        previous = float(np.floor(virtual))
        if virtual >= n - 1:
            spots.append((n - 1, n - 1, virtual - previous))
        else:
            spots.append((int(previous), int(previous) + 1, virtual - previous))
    return spots


_Value = TypeVar("_Value", float, FloatArray)


def _lerp(below: _Value, above: _Value, gamma: float) -> _Value:
    """Interpolate as numpy does: from the nearer neighbour, so that it is exact."""
    difference = above - below
    if gamma >= 0.5:
        return above - difference * (1 - gamma)
    return below + difference * gamma


def counted_percentiles(
    counts: npt.NDArray[np.int64], total: int, percentiles: Sequence[float]
) -> list[int | None]:
    """Percentiles of whole values given as counts, as numpy's ``inverted_cdf`` method.

    Value i is counted ``counts[i]`` times among `total` values; the others have no value
    and come after every counted one. Returns the value (an index of `counts`) or None.
    """
    running = np.cumsum(counts)
    results: list[int | None] = []
    for percentile in percentiles:
        virtual = total * (percentile / 100) - 1
        previous = float(np.floor(virtual))
        rank = max(0, int(previous) if virtual - previous == 0 else int(previous) + 1)
        where = int(np.searchsorted(running, rank, side="right"))
        results.append(where if where < len(counts) else None)
    return results
