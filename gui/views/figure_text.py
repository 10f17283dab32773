"""Text for key figures and for how much they changed since the last edit."""

from __future__ import annotations

from core.format import format_figure, money
from core.projection import FigureValue
from core.timegrid import TimeGrid

_TOLERANCE = {"money": 0.05, "share": 0.0005, "gw": 0.005}


def figure_text(kind: str, value: FigureValue) -> str:
    """The figure as a card shows it; "none" for a period, year or amount that does not occur."""
    return format_figure(kind, value)


def change_text(kind: str, new: FigureValue, old: FigureValue, grid: TimeGrid) -> str:
    """How `new` differs from `old`: ``+$3.2B``, ``+1.5 pts``, ``2 quarters later``..."""
    if new == old:
        return "no change"
    if new is None or old is None:
        return f"was {figure_text(kind, old)}"
    if kind == "period":
        return _shift(grid.index_of(str(new)) - grid.index_of(str(old)), _period_unit(grid))
    if kind == "year":
        return _shift(int(new) - int(old), "year")
    delta = float(new) - float(old)
    if abs(delta) < _TOLERANCE.get(kind, 0.0):
        return "no change"
    sign = "+" if delta > 0 else "−"
    if kind == "share":
        return f"{sign}{abs(delta) * 100:.1f} pts"
    if kind == "gw":
        return f"{sign}{abs(delta):,.2f} GW"
    return sign + money(abs(delta))


def _period_unit(grid: TimeGrid) -> str:
    return "quarter" if grid.n == 4 else "year"


def _shift(steps: int, unit: str) -> str:
    if steps == 0:
        return "no change"
    plural = "" if abs(steps) == 1 else "s"
    return f"{abs(steps)} {unit}{plural} {'later' if steps > 0 else 'earlier'}"
