"""Scenario and contract-version comparison: key figures side by side, differing inputs."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.assumptions import SPECS, YearPath, value_in_year
from core.batched import Job, project_many
from core.chain import Chain
from core.contract import Contract
from core.keyfigures import KEY_FIGURES
from core.projection import FigureValue, Projection
from core.terms import apply_terms
from core.timegrid import TimeGrid
from core.workspace import Scenario, Settings

if TYPE_CHECKING:
    import pandas as pd


def compare_figures(projections: Mapping[str, Projection]) -> pd.DataFrame:
    """Key figures (rows) of each projection (columns), with differences to the first.

    Columns are the projection names, then ``Δ <name>`` for every other projection.
    Numeric differences are in the figure's unit; for periods and years the difference
    is in periods or years, and None when either side has none.
    """
    import pandas as pd  # first use only: the app's start path reaches this module

    names = list(projections)
    rows: dict[str, dict[str, FigureValue]] = {}
    for figure in KEY_FIGURES:
        values = {name: projections[name].key_figures[figure.name] for name in names}
        row: dict[str, FigureValue] = dict(values)
        first = values[names[0]] if names else None
        for name in names[1:]:
            row[f"Δ {name}"] = figure_difference(
                figure.kind, first, values[name], projections[name].grid
            )
        rows[figure.name] = row
    return pd.DataFrame.from_dict(rows, orient="index")


def figure_difference(
    kind: str, first: FigureValue, other: FigureValue, grid: TimeGrid
) -> FigureValue:
    """`other` minus `first` in the figure's unit; periods in periods; None when either is none."""
    if first is None or other is None:
        return None
    if kind == "period":
        return grid.index_of(str(other)) - grid.index_of(str(first))
    if isinstance(first, str) or isinstance(other, str):
        return None
    return float(other) - float(first)


DATED_COLUMN = "as dated"
"""Column of `compare_versions` holding the dated history (each period under its version)."""


def compare_versions(
    contracts: Sequence[Contract],
    settings: Settings,
    scenario: Scenario,
    history: Chain | None = None,
) -> pd.DataFrame:
    """One scenario under several contract versions, key figures side by side.

    Each version is projected alone over the whole horizon (``selected``); with a
    `history` of more than one version, the dated history is one more column,
    `DATED_COLUMN` (model.md section 9). The scenario's clause terms apply to every
    version that has the clause.
    """
    return compare_figures(version_projections(contracts, settings, scenario, history))


def version_projections(
    contracts: Sequence[Contract],
    settings: Settings,
    scenario: Scenario,
    history: Chain | None = None,
) -> dict[str, Projection]:
    """The projections `compare_versions` compares, by column, in one batched call.

    The time grid does not depend on the ``versions`` setting, so each version alone
    and the dated history project together (`core.batched.project_many`).
    """
    assumptions = scenario.resolved()
    plain = settings.model_copy(update={"versions": "selected"})
    names: list[str] = [c.id for c in contracts]
    jobs: list[Job] = [
        (apply_terms(Chain((c,)), scenario.terms).current, assumptions) for c in contracts
    ]
    if history is not None and history.dated:
        names.append(DATED_COLUMN)
        jobs.append((apply_terms(history, scenario.terms), assumptions))
    projections = dict(zip(names, project_many(jobs, plain), strict=True))
    if DATED_COLUMN in projections:
        dated = settings.model_copy(update={"versions": "dated"})
        projections[DATED_COLUMN] = dataclasses.replace(projections[DATED_COLUMN], settings=dated)
    return projections


@dataclass(frozen=True, slots=True)
class InputDifference:
    """One assumption whose value differs between two scenarios in some year."""

    name: str
    year: int | None
    first: float
    second: float


def differing_inputs(first: Scenario, second: Scenario, years: range) -> list[InputDifference]:
    """The assumptions whose resolved values differ, per year for paths (None for scalars)."""
    a, b = first.resolved(), second.resolved()
    differences: list[InputDifference] = []
    for spec in SPECS:
        for year, x, y in _values(a[spec.name], b[spec.name], years, spec.is_path):
            if not math.isclose(x, y, rel_tol=1e-12, abs_tol=1e-12):
                differences.append(InputDifference(spec.name, year, x, y))
    return differences


def _values(
    a: YearPath, b: YearPath, years: range, is_path: bool
) -> list[tuple[int | None, float, float]]:
    if not is_path:
        return [(None, a[0][1], b[0][1])]
    return [(year, value_in_year(a, year), value_in_year(b, year)) for year in years]
