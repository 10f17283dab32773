"""Goal seek of model.md section 8: the assumption setting that makes a key figure hit a target.

A scalar assumption is solved for its value; a year path for a factor on the whole path.
Either stays within the assumption's bounds: for a path, the factors that keep every
year's value in bounds. The search scans the whole range in one engine run (every scan
point is a draw), keeps the sign change of ``figure - target`` nearest to the current
setting (the smallest change that works), then narrows it with Brent's method until the
figure is within `TOLERANCE` of the target.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

import numpy as np

from core.analysis.batch import (
    AnalysisError,
    Baseline,
    check_assumption,
    check_numeric_figure,
    clip_to_bounds,
)
from core.analysis.roots import brent
from core.assumptions import SPECS_BY_NAME, YearPath
from core.chain import Deal
from core.inputs import FloatArray
from core.workspace import Settings

TOLERANCE = 1e-6
"""Largest accepted distance of the figure from the target, in the figure's unit."""
NO_SOLUTION = "no solution within bounds"

Solve = Literal["value", "factor"]


@dataclass(frozen=True, slots=True)
class Solution:
    """The setting that reaches the target.

    Parameters
    ----------
    assumption : str
        The assumption solved for.
    solve : {"value", "factor"}
        `value` is the scalar assumption's value, or the factor on the path.
    value : float
        The solution, within bounds.
    figure : str
        The key figure.
    target, achieved : float
        The target and the figure's value at the solution (within `TOLERANCE` of it).
    """

    assumption: str
    solve: Solve
    value: float
    figure: str
    target: float
    achieved: float


@dataclass(frozen=True, slots=True)
class NoSolution:
    """No setting within bounds reaches the target.

    `assumption`, `solve`, `figure` and `target` are as in `Solution`: what was asked.

    Parameters
    ----------
    bounds : tuple of float
        The values (or factors) searched, lowest and highest.
    range : tuple of float, or None
        The lowest and highest figure over the scanned settings (which include both
        bounds); None when the figure has no value for this contract.
    reason : str
        `NO_SOLUTION`, or where the figure jumps over the target.
    """

    assumption: str
    solve: Solve
    figure: str
    target: float
    bounds: tuple[float, float]
    range: tuple[float, float] | None
    reason: str = NO_SOLUTION


def seek_goal(
    contract: Deal,
    settings: Settings,
    assumptions: Mapping[str, YearPath],
    figure: str,
    assumption: str,
    target: float,
) -> Solution | NoSolution:
    """Find the setting of `assumption` at which key figure `figure` equals `target`.

    Parameters
    ----------
    contract, settings, assumptions, figure
        As for `core.analysis.sensitivity.compute_sensitivity`.
    assumption : str
        The assumption to solve for: its value if a scalar, a factor on it if a path.
    target : float
        The wanted figure, in its unit.

    Raises
    ------
    AnalysisError
        For an unknown assumption, a figure that is not numeric or a target that is not a
        finite number.
    """
    if not math.isfinite(target):
        raise AnalysisError(f"the target must be a finite number, not {target}")
    check_numeric_figure(figure)
    check_assumption(assumption)
    problem = _Problem(Baseline.build(contract, settings, assumptions), assumption, figure)
    low, high = problem.bounds()
    xs = scan_points(low, high, problem.start)
    figures = problem.figures(xs)
    gaps = figures - target
    known = figures[~np.isnan(figures)]  # not gaps + target: a huge target cancels them out
    figure_range = (float(np.min(known)), float(np.max(known))) if len(known) else None
    bracket = nearest_bracket(xs, gaps, problem.start)
    if bracket is None:
        return NoSolution(assumption, problem.solve, figure, target, (low, high), figure_range)
    a, b, ga, gb = bracket
    x = a if a == b else brent(lambda v: problem.at(v) - target, a, b, TOLERANCE, ga, gb)
    achieved = problem.at(x)
    if abs(achieved - target) <= TOLERANCE:
        return Solution(assumption, problem.solve, x, figure, target, achieved)
    reason = f"the figure jumps over the target at {assumption} {problem.solve} {x:.6g}"
    return NoSolution(assumption, problem.solve, figure, target, (low, high), figure_range, reason)


class _Problem:
    """The figure as a function of one number: a scalar's value or a path's factor."""

    def __init__(self, baseline: Baseline, assumption: str, figure: str) -> None:
        self.baseline, self.assumption, self.figure = baseline, assumption, figure
        self.row = baseline.rows[assumption]
        spec = SPECS_BY_NAME[assumption]
        self.solve: Solve = "factor" if spec.is_path else "value"
        self.start = 1.0 if spec.is_path else float(self.row[0])

    def bounds(self) -> tuple[float, float]:
        """The values (or factors) that keep the assumption within its bounds."""
        spec = SPECS_BY_NAME[self.assumption]
        lower = float(np.nextafter(spec.lower, np.inf)) if spec.lower_open else spec.lower
        if self.solve == "value":
            return lower, spec.upper
        low, high = -math.inf, math.inf
        for v in set(self.row.tolist()):
            if v != 0:
                ends = sorted((lower / v, spec.upper / v))
                low, high = max(low, ends[0]), min(high, ends[1])
        if math.isinf(low) or math.isinf(high):  # an all-zero path: no factor changes it
            return 0.0, 2.0
        return low, high

    def figures(self, xs: FloatArray) -> FloatArray:
        """The figure at each of `xs`, in one engine run."""
        if self.solve == "value":
            block = np.repeat(xs[:, None], len(self.row), axis=1)
            block = clip_to_bounds(self.assumption, block)
        else:
            block = self.baseline.varied(self.assumption, "factor", xs)
        _, figures = self.baseline.evaluate({self.assumption: block}, len(xs))
        return np.asarray(figures[self.figure], dtype=np.float64)

    def at(self, x: float) -> float:
        """The figure at one value (or factor)."""
        return float(self.figures(np.array([x]))[0])


def scan_points(low: float, high: float, start: float) -> FloatArray:
    """A coarse even grid over [low, high], refined geometrically towards `start`."""
    width = high - low
    steps = width * 2.0 ** -np.arange(1, 31)
    near = np.concatenate([[start], start - steps, start + steps])
    points = np.concatenate([np.linspace(low, high, 33), near])
    return np.unique(np.clip(points, low, high))


def nearest_bracket(
    xs: FloatArray, gaps: FloatArray, start: float
) -> tuple[float, float, float, float] | None:
    """The scan interval with a sign change (or a hit) nearest to `start`, or None."""
    candidates: list[tuple[float, float, float, float, float]] = []
    for i, (x, g) in enumerate(zip(xs, gaps, strict=True)):
        if abs(g) <= TOLERANCE:
            candidates.append((abs(x - start), x, x, g, g))
        elif i + 1 < len(xs) and np.sign(g) * np.sign(gaps[i + 1]) < 0:  # no overflow
            b = xs[i + 1]
            distance = 0.0 if x <= start <= b else min(abs(x - start), abs(b - start))
            candidates.append((distance, x, b, g, gaps[i + 1]))
    if not candidates:
        return None
    _, a, b, ga, gb = min(candidates, key=lambda c: c[0])
    return float(a), float(b), float(ga), float(gb)
