"""Short texts for an uncertainty: ``triangular ×0.6–1.25``, ``normal +0 ± 2 pts``.

What is uncertain is an assumption (its `AssumptionSpec`) or a numeric deal term; only its
name and unit matter here.
"""

from __future__ import annotations

from typing import Protocol

from core.analysis import Distribution
from core.analysis.distributions import describe, quantile
from core.assumptions import AssumptionSpec
from core.present import format as fmt
from core.present.i18n import _
from core.workspace import LogNormal, Normal, Triangular, Uniform


class Uncertain(Protocol):
    """An assumption or a deal term: its key and the unit it is shown in."""

    @property
    def name(self) -> str:
        """The key in workspace files."""
        ...

    @property
    def unit(self) -> str:
        """The display unit; ``%`` values are fractions shown times 100."""
        ...


def shift_scale(spec: Uncertain) -> float:
    """Display units per model unit of a shift: 100 for percentages (points), else 1."""
    return 100.0 if spec.unit == "%" else 1.0


def shift_unit(spec: Uncertain) -> str:
    """The unit a shift is typed and shown in: ``pts`` for percentages, else the spec's."""
    return _("pts") if spec.unit == "%" else spec.unit


def _number(spec: Uncertain, dist: Distribution, value: float, signed: bool = True) -> str:
    if dist.apply == "factor":
        return fmt.factor(value)
    return fmt.significant(value * shift_scale(spec), 3, sign=signed)


def uncertainty_text(spec: Uncertain, dist: Distribution) -> str:
    """One line for the grid's Uncertainty column."""
    unit = "" if dist.apply == "factor" else f" {shift_unit(spec)}"
    if isinstance(dist, Uniform | Triangular):
        low, high = _number(spec, dist, dist.low), _number(spec, dist, dist.high)
        if dist.apply == "factor":
            return f"{dist.dist} {low}–{high.removeprefix('×')}"
        return _("{dist} {low} to {high}{unit}").format(
            dist=dist.dist, low=low, high=high, unit=unit
        )
    if isinstance(dist, Normal):
        spread = _number(spec, dist, dist.sd, signed=False).removeprefix("×")
        return f"normal {_number(spec, dist, dist.mean)} ± {spread}{unit}"
    assert isinstance(dist, LogNormal)
    sigma = fmt.significant(dist.sigma, 3)
    return f"lognormal {_number(spec, dist, dist.median)}{unit}, σ {sigma}"


def uncertainty_tooltip(spec: Uncertain, dist: Distribution) -> str:
    """The full description with the P10 and P90 the tornado uses."""
    p10, p90 = quantile(dist, 0.1), quantile(dist, 0.9)
    unit = "" if dist.apply == "factor" else f" {shift_unit(spec)}"
    low, high = _number(spec, dist, p10), _number(spec, dist, p90)
    if not isinstance(spec, AssumptionSpec):
        where = _("the term in every version that has the clause")
    else:
        where = _("the whole path") if dist.apply == "factor" else _("every year")
    if dist.apply == "factor":
        sentence = _("P10 to P90: {low} to {high}{unit}; the draw multiplies {where}.")
    else:
        sentence = _("P10 to P90: {low} to {high}{unit}; the draw is added to {where}.")
    return f"{describe(dist)}\n" + sentence.format(low=low, high=high, unit=unit, where=where)
