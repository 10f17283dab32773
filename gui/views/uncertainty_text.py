"""Short texts for an assumption's uncertainty: ``triangular ×0.6–1.25``, ``normal ±2 pts``."""

from __future__ import annotations

from core.analysis import Distribution
from core.analysis.distributions import describe, quantile
from core.assumptions import AssumptionSpec
from core.workspace import LogNormal, Normal, Triangular, Uniform


def shift_scale(spec: AssumptionSpec) -> float:
    """Display units per model unit of a shift: 100 for percentages (points), else 1."""
    return 100.0 if spec.unit == "%" else 1.0


def shift_unit(spec: AssumptionSpec) -> str:
    """The unit a shift is typed and shown in: ``pts`` for percentages, else the spec's."""
    return "pts" if spec.unit == "%" else spec.unit


def _number(spec: AssumptionSpec, dist: Distribution, value: float, signed: bool = True) -> str:
    if dist.apply == "factor":
        return f"×{value:.3g}"
    shown = value * shift_scale(spec)
    return f"{shown:+.3g}" if signed else f"{shown:.3g}"


def uncertainty_text(spec: AssumptionSpec, dist: Distribution) -> str:
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


def uncertainty_tooltip(spec: AssumptionSpec, dist: Distribution) -> str:
    """The full description with the P10 and P90 the tornado uses."""
    p10, p90 = quantile(dist, 0.1), quantile(dist, 0.9)
    unit = "" if dist.apply == "factor" else f" {shift_unit(spec)}"
    ends = f"{_number(spec, dist, p10)} to {_number(spec, dist, p90)}{unit}"
    where = "the whole path" if dist.apply == "factor" else "every year"
    verb = "multiplies" if dist.apply == "factor" else "is added to"
    return f"{describe(dist)}\nP10 to P90: {ends}; the draw {verb} {where}."
