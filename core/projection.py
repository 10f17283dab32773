"""One deterministic projection: the period table and the key figures."""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from core.assumptions import YearPath
from core.chain import Chain, Deal
from core.contract import Contract
from core.engine import Arrays, run
from core.inputs import inputs_from_paths
from core.keyfigures import KEY_FIGURES, compute_figures
from core.timegrid import TimeGrid
from core.workspace import Settings

if TYPE_CHECKING:
    import pandas as pd

FigureValue = float | str | int | None
"""A key figure: $B, GW or a fraction as float; a period label; a year; None for none."""


@dataclass(frozen=True, eq=False)
class Projection:
    """What the contract does with one scenario's assumptions.

    `table` is indexed by period label, one column per quantity of model.md (money in $B
    per period, capacity in GW) and ``payment:<clause id>`` per paying clause; `in_force`
    says, per period and clause id, whether the clause is in force (AGI end applied);
    `key_figures` holds every figure of model.md section 7. `contract` is the newest
    version of `chain` (the only one outside dated mode); the table's ``contract`` column
    names the version projected in each period.
    """

    contract: Contract
    chain: Chain
    settings: Settings
    assumptions: Mapping[str, YearPath]
    grid: TimeGrid
    key_figures: dict[str, FigureValue]
    arrays: Arrays

    @functools.cached_property
    def table(self) -> pd.DataFrame:
        """Every quantity per period (built when first read: many callers need figures only)."""
        return _table(self.arrays)

    def column(self, name: str) -> npt.NDArray[np.float64]:
        """One float column of `table` (a quantity or ``payment:<clause id>``), read-only.

        Read from the engine's arrays, so a chart need not build the table (nor load pandas).
        """
        prefix = "payment:"
        if name.startswith(prefix):
            rows = self.arrays.clause_payments[name.removeprefix(prefix)]
        else:
            rows = self.arrays.columns[name]
        view: npt.NDArray[np.float64] = rows[0].view()
        view.flags.writeable = False
        return view

    @functools.cached_property
    def in_force(self) -> pd.DataFrame:
        """Per period and clause id, whether the clause is in force (AGI end applied)."""
        return _in_force(self.arrays)


def project(deal: Deal, settings: Settings, assumptions: Mapping[str, YearPath]) -> Projection:
    """Project `deal` under `assumptions` (every assumption resolved to a year path).

    `deal` is one contract version applied to every period, or a dated chain of versions
    (model.md section 9).
    """
    grid = TimeGrid.from_settings(settings)
    arrays = run(deal, grid, inputs_from_paths(assumptions, grid))
    figures = compute_figures(arrays)
    return projection_of(
        arrays, {name: float(v[0]) for name, v in figures.items()}, settings, assumptions
    )


def projection_of(
    arrays: Arrays,
    figures: Mapping[str, float],
    settings: Settings,
    assumptions: Mapping[str, YearPath],
) -> Projection:
    """The projection of one draw's `arrays` (shape (1, periods)) and its key figures."""
    grid = arrays.grid
    key_figures = {
        figure.name: _figure_value(figure.kind, figures[figure.name], grid)
        for figure in KEY_FIGURES
    }
    return Projection(
        contract=arrays.chain.current,
        chain=arrays.chain,
        settings=settings,
        assumptions=assumptions,
        grid=grid,
        key_figures=key_figures,
        arrays=arrays,
    )


def _figure_value(kind: str, value: float, grid: TimeGrid) -> FigureValue:
    if math.isnan(value):
        return None
    if kind == "period":
        return grid.labels[int(value)]
    if kind == "year":
        return int(value)
    return value


def _table(arrays: Arrays) -> pd.DataFrame:
    """Every quantity per period; one float block keeps building the frame cheap."""
    import pandas as pd  # first use only: figures and charts read the arrays

    grid = arrays.grid
    columns = list(arrays.columns) + [f"payment:{cid}" for cid in arrays.clause_payments]
    block = np.column_stack(
        [values[0] for values in arrays.columns.values()]
        + [values[0] for values in arrays.clause_payments.values()]
    )
    table = pd.DataFrame(block, index=grid.index, columns=columns)
    table.insert(0, "year", grid.year_index + grid.start_year)
    table.insert(1, "contract", list(arrays.version_ids))
    return table


def _in_force(arrays: Arrays) -> pd.DataFrame:
    import pandas as pd

    grid = arrays.grid
    masks = [mask[0] for mask in arrays.in_force.values()]
    block = np.column_stack(masks) if masks else np.zeros((grid.count, 0), dtype=np.bool_)
    return pd.DataFrame(block, index=grid.index, columns=list(arrays.in_force))
