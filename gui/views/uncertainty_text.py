"""Short texts for an uncertainty: ``triangular ×0.6–1.25``, ``normal ±2 pts``.

What is uncertain is an assumption (its `AssumptionSpec`) or a numeric deal term
(a `TermSubject`); only its name and unit matter here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from core.analysis import Distribution
from core.analysis.distributions import describe, quantile
from core.workspace import LogNormal, Normal, Triangular, Uniform
from gui.term_fields import UNITS


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


@dataclass(frozen=True, slots=True)
class TermSubject:
    """A numeric deal term as the subject of an uncertainty (``revenue-share.cap_total``)."""

    name: str
    unit: str

    @classmethod
    def of(cls, key: str) -> TermSubject:
        """The term `key` with the unit of its parameter (``%``, ``$B``, ``quarters``)."""
        parameter = key.rsplit(".", 1)[-1]
        return cls(key, UNITS.get(parameter, ""))


def shift_scale(spec: Uncertain) -> float:
    """Display units per model unit of a shift: 100 for percentages (points), else 1."""
    return 100.0 if spec.unit == "%" else 1.0


def shift_unit(spec: Uncertain) -> str:
    """The unit a shift is typed and shown in: ``pts`` for percentages, else the spec's."""
    return "pts" if spec.unit == "%" else spec.unit


def _number(spec: Uncertain, dist: Distribution, value: float, signed: bool = True) -> str:
    if dist.apply == "factor":
        return f"×{value:.3g}"
    shown = value * shift_scale(spec)
    return f"{shown:+.3g}" if signed else f"{shown:.3g}"


def uncertainty_text(spec: Uncertain, dist: Distribution) -> str:
    """One line for the grid's Uncertainty column."""
    unit = "" if dist.apply == "factor" else f" {shift_unit(spec)}"
    if isinstance(dist, Uniform | Triangular):
        low, high = _number(spec, dist, dist.low), _number(spec, dist, dist.high)
        if dist.apply == "factor":
            return f"{dist.dist} {low}–{high.removeprefix('×')}"
        return f"{dist.dist} {low} to {high}{unit}"
    if isinstance(dist, Normal):
        spread = _number(spec, dist, dist.sd, signed=False).removeprefix("×")
        return f"normal {_number(spec, dist, dist.mean)} ± {spread}{unit}"
    assert isinstance(dist, LogNormal)
    return f"lognormal {_number(spec, dist, dist.median)}{unit}, σ {dist.sigma:.3g}"


def uncertainty_tooltip(spec: Uncertain, dist: Distribution) -> str:
    """The full description with the P10 and P90 the tornado uses."""
    p10, p90 = quantile(dist, 0.1), quantile(dist, 0.9)
    unit = "" if dist.apply == "factor" else f" {shift_unit(spec)}"
    ends = f"{_number(spec, dist, p10)} to {_number(spec, dist, p90)}{unit}"
    where = "the whole path" if dist.apply == "factor" else "every year"
    if isinstance(spec, TermSubject):
        where = "the term in every version that has the clause"
    verb = "multiplies" if dist.apply == "factor" else "is added to"
    return f"{describe(dist)}\nP10 to P90: {ends}; the draw {verb} {where}."
