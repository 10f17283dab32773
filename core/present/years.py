"""Dates as fractional calendar years, the one time coordinate of every timeline."""

from __future__ import annotations

import datetime as dt
import functools

from core.projection import Projection


@functools.lru_cache(maxsize=4096)
def year_fraction(day: dt.date) -> float:
    """`day` as a fractional calendar year, day by day.

    1 January 2025 is 2025.0; each day of a year is one part in that year's length, so
    1 July 2025 (day 181 of 365) is 2025 + 181/365 and 1 July 2024 (a leap year) 2024 + 182/366.
    """
    start = dt.date(day.year, 1, 1)
    length = (dt.date(day.year + 1, 1, 1) - start).days
    return day.year + (day - start).days / length


def period_start(projection: Projection, label: object) -> float | None:
    """Fractional year at which period `label` starts; None when `label` is not a period."""
    if not isinstance(label, str):
        return None
    grid = projection.grid
    return year_fraction(grid.starts[grid.index_of(label)])


def period_end_day(projection: Projection, label: object) -> dt.date | None:
    """The day after period `label` ends (the next period's first day); None if no period."""
    if not isinstance(label, str):
        return None
    grid = projection.grid
    return grid.ends[grid.index_of(label)] + dt.timedelta(days=1)
