"""The projection's time grid: periods, their labels and dates, and clause date masks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache, cached_property
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from core.workspace import Settings

if TYPE_CHECKING:
    import pandas as pd

BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True)
class TimeGrid:
    """Periods from `start_year` to `end_year` inclusive, `n` per year (4 or 1)."""

    start_year: int
    end_year: int
    n: int

    @classmethod
    def from_settings(cls, settings: Settings) -> TimeGrid:
        """The grid a workspace's settings describe (shared, so its caches are reused)."""
        return _shared_grid(settings.start_year, settings.end_year, settings.periods_per_year)

    @property
    def year_count(self) -> int:
        """Number of calendar years."""
        return self.end_year - self.start_year + 1

    @property
    def count(self) -> int:
        """Number of periods."""
        return self.year_count * self.n

    @cached_property
    def years(self) -> range:
        """The calendar years of the grid."""
        return range(self.start_year, self.end_year + 1)

    @cached_property
    def year_index(self) -> IntArray:
        """For each period, the 0-based index of its year."""
        return np.repeat(np.arange(self.year_count, dtype=np.int64), self.n)

    @cached_property
    def labels(self) -> tuple[str, ...]:
        """Period labels: ``2025Q1`` for quarters, ``2025`` for years."""
        if self.n == 1:
            return tuple(str(y) for y in self.years)
        return tuple(f"{y}Q{q}" for y in self.years for q in range(1, 5))

    @cached_property
    def starts(self) -> tuple[dt.date, ...]:
        """First day of each period."""
        months = 12 // self.n
        return tuple(dt.date(y, 1 + k * months, 1) for y in self.years for k in range(self.n))

    @cached_property
    def ends(self) -> tuple[dt.date, ...]:
        """Last day of each period."""
        following = [*self.starts[1:], dt.date(self.end_year + 1, 1, 1)]
        return tuple(day - dt.timedelta(days=1) for day in following)

    @cached_property
    def is_year_end(self) -> BoolArray:
        """True at the last period of each year."""
        ends: BoolArray = np.arange(self.count) % self.n == self.n - 1
        return ends

    def overlaps(self, start: dt.date | None, end: dt.date | None) -> BoolArray:
        """For each period, whether it overlaps [start, end] (None is open); read-only."""
        return _overlaps(self, start, end)

    @cached_property
    def index(self) -> pd.Index:
        """The period labels as a pandas index named ``period``."""
        import pandas as pd  # first use only: the app's start and the engine never need it

        return pd.Index(self.labels, name="period")

    def index_of(self, label: str) -> int:
        """Return the index of the period labelled `label`, or raise KeyError."""
        try:
            return self.labels.index(label)
        except ValueError:
            raise KeyError(label) from None


@cache
def _shared_grid(start_year: int, end_year: int, n: int) -> TimeGrid:
    return TimeGrid(start_year, end_year, n)


@cache
def _overlaps(grid: TimeGrid, start: dt.date | None, end: dt.date | None) -> BoolArray:
    lo = start or dt.date.min
    hi = end or dt.date.max
    mask = np.array(
        [s <= hi and e >= lo for s, e in zip(grid.starts, grid.ends, strict=True)],
        dtype=np.bool_,
    )
    mask.flags.writeable = False
    return mask
