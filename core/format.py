"""Number formats shared by every client: $B with one decimal, percentages, periods."""

from __future__ import annotations

import math

from core.projection import FigureValue


def money(value: float) -> str:
    """Format $B with one decimal: ``$107.9B``, ``-$3.2B``."""
    sign = "-" if value < 0 and round(value, 1) != 0 else ""
    return f"{sign}${abs(value):,.1f}B"


def percent(fraction: float, decimals: int = 1) -> str:
    """Format a fraction as a percentage: 0.2 -> ``20.0 %``."""
    return f"{fraction * 100:.{decimals}f} %"


def gigawatts(value: float) -> str:
    """Format gigawatts with two decimals."""
    return f"{value:,.2f} GW"


def format_figure(kind: str, value: FigureValue) -> str:
    """Format a key figure of `kind` (money, period, year, share, gw); None reads "none"."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "none"
    if kind == "year":
        return str(int(value))
    if kind == "period":
        return str(value)
    number = float(value)
    if kind == "share":
        return percent(number)
    if kind == "gw":
        return gigawatts(number)
    return money(number)
