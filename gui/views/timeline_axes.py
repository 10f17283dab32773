"""Timeline axes: calendar years (quarters and months when zoomed) and lane group names."""

from __future__ import annotations

import math
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QLocale

from gui.language import translate


def time_ticks(low: float, high: float, pixels: float) -> list[tuple[float, list[float]]]:
    """Tick levels for the years `low` to `high` shown over `pixels`: major, then minor."""
    per_year = pixels / max(high - low, 1e-9)
    levels: tuple[float, ...]
    if per_year >= 600:
        levels = (1.0, 0.25, 1 / 12)
    elif per_year >= 110:
        levels = (1.0, 0.25)
    elif per_year >= 36:
        levels = (1.0,)
    elif per_year >= 14:
        levels = (5.0, 1.0) if per_year < 20 else (2.0, 1.0)
    else:
        levels = (10.0, 5.0)
    ticks: list[tuple[float, list[float]]] = []
    seen: set[int] = set()
    for spacing in levels:
        first = math.ceil(low / spacing - 1e-9)
        values = []
        for k in range(first, math.floor(high / spacing + 1e-9) + 1):
            value = k * spacing
            key = round(value * 12)
            if key not in seen:
                seen.add(key)
                values.append(value)
        ticks.append((spacing, values))
    return ticks


def time_label(value: float, spacing: float) -> str:
    """``2025`` on years, ``Q3`` on quarters, ``Aug`` on months."""
    months = round(value * 12)
    year, month = divmod(months, 12)
    if spacing >= 1.0 or month == 0:
        return str(year)
    if spacing >= 0.25:
        return translate("TimelineAxes", "Q{quarter}").format(quarter=month // 3 + 1)
    return QLocale().standaloneMonthName(month + 1, QLocale.FormatType.ShortFormat)


class YearAxis(pg.AxisItem):  # type: ignore[misc]
    """A bottom axis in calendar years; quarters appear when zoomed in, months further in."""

    _major = 1.0

    def tickValues(self, low: float, high: float, size: float) -> list[Any]:
        """Years, then quarters and months as the axis has room for them."""
        low, high = sorted((low, high))
        ticks = time_ticks(low, high, size)
        self._major = ticks[0][0]
        return ticks

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        """Label the major level and quarters or months; leave minor year ticks bare."""
        if spacing == self._major or spacing < 1.0:
            return [time_label(v, spacing) for v in values]
        return ["" for _ in values]


class LaneAxis(pg.AxisItem):  # type: ignore[misc]
    """A left axis that names groups of lanes at given heights instead of numbers."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__("left", **kwargs)
        self._labels: dict[float, str] = {}

    def set_labels(self, labels: dict[float, str]) -> None:
        """Show `labels` (height in view units -> text)."""
        self._labels = dict(labels)
        self.picture = None
        self.update()

    def tickValues(self, low: float, high: float, size: float) -> list[Any]:
        """One tick per label in view."""
        low, high = sorted((low, high))
        return [(1.0, [y for y in self._labels if low <= y <= high])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        """The label at each tick."""
        return [self._labels.get(v, "") for v in values]
