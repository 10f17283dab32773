"""Variants of a scenario's assumptions run together as the draws of one engine run."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Literal

import numpy as np

from core.assumptions import NAMES, SPECS_BY_NAME, YearPath, path_on_years
from core.chain import Deal
from core.engine import Arrays, run
from core.errors import DealscopeError
from core.inputs import FloatArray, Inputs
from core.keyfigures import KEY_FIGURES_BY_NAME, Figures, compute_figures
from core.params import TermDraws
from core.timegrid import TimeGrid
from core.workspace import Settings

Apply = Literal["factor", "shift"]

NUMERIC_KINDS = frozenset({"money", "share", "gw"})
"""Key-figure kinds that are numbers (not periods or years): sensitivity and goal seek use them."""

# Inputs the engine combines with each other before it broadcasts over draws: when one
# of a pair varies, both are passed with every draw (see `_engine_inputs`).
_PAIRS = (("revenue_base", "revenue_growth"), ("compute_base_gw", "compute_growth"))
# Inputs that change the partner-cloud allocation; when one varies, demand is passed with
# every draw too, so that the partner's share of compute divides arrays of one shape.
_ALLOCATION = frozenset(
    {
        "training_share",
        "own_capacity_gw",
        "partner_capacity_gw",
        "rofr_take_rate",
        "partner_share_without_rofr",
    }
)


class AnalysisError(DealscopeError):
    """An analysis was asked for something it cannot do (unknown name, wrong figure kind)."""


class CancelledError(DealscopeError):
    """A long analysis was stopped by its progress callback."""


@dataclass(frozen=True, eq=False)
class Baseline:
    """A contract and one scenario's assumptions laid over the time grid, one row each.

    `rows` maps every assumption name to its values in the grid's years, shape (years,).
    """

    contract: Deal
    grid: TimeGrid
    rows: dict[str, FloatArray]

    @classmethod
    def build(
        cls, contract: Deal, settings: Settings, assumptions: Mapping[str, YearPath]
    ) -> Baseline:
        """Lay `assumptions` (every assumption resolved to a year path) over the grid."""
        grid = TimeGrid.from_settings(settings)
        rows = {
            name: np.array(path_on_years(assumptions[name], grid.years), dtype=np.float64)
            for name in NAMES
        }
        return cls(contract, grid, rows)

    def varied(self, name: str, apply: Apply, values: FloatArray) -> FloatArray:
        """The assumption's path with each of `values` applied, clipped to its bounds.

        Returns shape (len(values), years): row i is the path times ``values[i]``
        (``factor``) or plus ``values[i]`` (``shift``). It is the transpose of a
        year-major array, which is how the engine reads it (`core.period_rows.as_rows`).
        """
        years = self.rows[name][:, None]
        row = np.asarray(values, dtype=np.float64)[None, :]
        by_year = years * row if apply == "factor" else years + row
        return clip_to_bounds(name, by_year, out=by_year).T

    def evaluate(
        self,
        varied: Mapping[str, FloatArray],
        draws: int,
        terms: TermDraws | None = None,
        check: Callable[[], None] | None = None,
    ) -> tuple[Arrays, Figures]:
        """Run the engine once on `draws` variants and compute every key figure.

        Parameters
        ----------
        varied : mapping of str to array
            The assumptions that differ between draws, each of shape (draws, years);
            every other assumption keeps its baseline row.
        draws : int
            Number of variants, >= 1.
        terms : mapping of term key to (apply, values), optional
            Deal terms that differ between draws: a factor or a shift per draw.
        check : callable, optional
            Called between the costly steps (see `core.engine.run`); raises to stop.

        Returns
        -------
        arrays : Arrays
            The engine's arrays; columns of quantities no variant changes may hold a single
            row, which broadcasts over the draws.
        figures : Figures
            Every key figure, shape (draws,) (read-only views where all draws agree).
        """
        inputs, engine_draws = self._engine_inputs(varied, draws)
        if terms:
            engine_draws = draws  # the terms vary with every draw
        arrays = run(self.contract, self.grid, inputs, terms, check=check)
        if check is not None:
            check()
        figures = compute_figures(arrays)
        if engine_draws != draws or any(len(v) != draws for v in figures.values()):
            figures = {name: np.broadcast_to(v, (draws,)) for name, v in figures.items()}
        return arrays, figures

    def _engine_inputs(self, varied: Mapping[str, FloatArray], draws: int) -> tuple[Inputs, int]:
        """Inputs for `run`: varied assumptions with every draw, the others as one row.

        The engine broadcasts single rows over the draws, which saves most of the work
        when few assumptions vary. It counts draws from its first input, so a full one
        goes first; with nothing varied it runs a single draw.
        """
        full = set(varied)
        for pair in _PAIRS:
            if full & set(pair):
                full |= set(pair)
        if full & _ALLOCATION:
            full |= {"compute_base_gw", "compute_growth"}
        if not full:
            return {name: row[None, :] for name, row in self.rows.items()}, 1
        years = self.grid.year_count
        inputs: Inputs = {}
        for name in sorted(full, key=NAMES.index):
            values = varied.get(name)
            inputs[name] = (
                np.broadcast_to(self.rows[name], (draws, years)) if values is None else values
            )
        inputs.update({n: row[None, :] for n, row in self.rows.items() if n not in full})
        return inputs, draws


def clip_to_bounds(name: str, values: FloatArray, out: FloatArray | None = None) -> FloatArray:
    """Clip `values` of assumption `name` to its bounds (`core.assumptions.SPECS`).

    An open lower bound (growth > -1) clips to the next float above it.
    """
    spec = SPECS_BY_NAME[name]
    lower = np.nextafter(spec.lower, np.inf) if spec.lower_open else spec.lower
    clipped: FloatArray = np.clip(values, lower, spec.upper, out=out)
    return clipped


def check_assumption(name: str) -> None:
    """Raise `AnalysisError` unless `name` is an assumption."""
    if name not in SPECS_BY_NAME:
        raise AnalysisError(f"no assumption {name!r}; choose one of {', '.join(NAMES)}")


def check_numeric_figure(name: str) -> None:
    """Raise `AnalysisError` unless `name` is a numeric key figure (not a period or year)."""
    numeric = [f.name for f in KEY_FIGURES_BY_NAME.values() if f.kind in NUMERIC_KINDS]
    if name not in numeric:
        raise AnalysisError(f"no numeric key figure {name!r}; choose one of {', '.join(numeric)}")
