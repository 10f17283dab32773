"""Several projections as the draws of one engine run (scenarios, versions of a deal).

Each job is a deal and its assumptions, as given to `project`. Jobs whose deals differ in
clause numbers only (rates, caps, thresholds, tiers: a scenario's terms) share one plan of
periods and run together, one draw each, with the numbers per draw (`ChainParams`); jobs
whose deals differ in shape (other clauses or dates, another version) run as further
groups of the same call. Every result equals `project` of its job alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import numpy as np

from core.assumptions import YearPath
from core.chain import Chain, Deal, as_chain
from core.engine import Arrays, run
from core.inputs import FloatArray, Inputs, inputs_from_paths
from core.keyfigures import compute_figures
from core.params import ChainParams, Params, same_shape
from core.projection import Projection, projection_of
from core.terms import deal_with_terms
from core.timegrid import TimeGrid
from core.workspace import Scenario, Settings

Job = tuple[Deal, Mapping[str, YearPath]]
"""A deal and every assumption resolved to a year path: the arguments of `project`."""


def project_many(jobs: Sequence[Job], settings: Settings) -> list[Projection]:
    """Project every job under `settings`, in as few engine runs as the deals allow.

    Returns one projection per job, in order, equal to ``project(deal, settings,
    assumptions)`` of that job.
    """
    grid = TimeGrid.from_settings(settings)
    chains = [as_chain(deal) for deal, _ in jobs]
    results: list[Projection | None] = [None] * len(jobs)
    for group in _groups(chains):
        members = [chains[i] for i in group]
        inputs = _stacked([inputs_from_paths(jobs[i][1], grid) for i in group])
        params = ChainParams(members) if len(members) > 1 else Params()
        arrays = run(members[0], grid, inputs, params=params)
        figures = compute_figures(arrays)
        for row, index in enumerate(group):
            one = _draw(arrays, row, members[row])
            values = {name: float(v[row]) for name, v in figures.items()}
            results[index] = projection_of(one, values, settings, jobs[index][1])
    return [r for r in results if r is not None]


def project_scenarios(
    deal: Deal, settings: Settings, scenarios: Iterable[Scenario]
) -> dict[str, Projection]:
    """Every scenario under `deal` with its clause terms applied, by scenario name.

    Raises
    ------
    core.terms.TermError
        When a scenario sets a term the deal cannot take.
    """
    chosen = list(scenarios)
    jobs = [(deal_with_terms(deal, s.terms), s.resolved()) for s in chosen]
    projections = project_many(jobs, settings)
    return {s.name: p for s, p in zip(chosen, projections, strict=True)}


def _groups(chains: Sequence[Chain]) -> list[list[int]]:
    """Indices of `chains` grouped by shape, each group in order of first appearance."""
    groups: list[list[int]] = []
    for index, chain in enumerate(chains):
        for group in groups:
            if same_shape(chains[group[0]], chain):
                group.append(index)
                break
        else:
            groups.append([index])
    return groups


def _stacked(rows: Sequence[Inputs]) -> Inputs:
    """One input array per assumption, one row per job."""
    if len(rows) == 1:
        return rows[0]
    return {name: np.concatenate([r[name] for r in rows]) for name in rows[0]}


def _row(values: np.ndarray, row: int) -> np.ndarray:
    """Draw `row` of `values` as shape (1, …); an array of one row holds every draw's."""
    return values if values.shape[0] == 1 else values[row : row + 1]


def _draw(arrays: Arrays, row: int, chain: Chain) -> Arrays:
    """Draw `row` of a batched run as the arrays of a projection of `chain` alone."""
    columns: dict[str, FloatArray] = {k: _row(v, row) for k, v in arrays.columns.items()}
    rows = {k: v if v.shape[1] == 1 else v[:, row : row + 1] for k, v in arrays.rows.items()}
    return Arrays(
        grid=arrays.grid,
        chain=chain,
        applies=arrays.applies,
        columns=columns,
        rows=rows,
        clause_payments={k: _row(v, row) for k, v in arrays.clause_payments.items()},
        in_force={k: _row(v, row) for k, v in arrays.in_force.items()},
        cap_reached={k: _row(v, row) for k, v in arrays.cap_reached.items()},
        annual_revenue=_row(arrays.annual_revenue, row),
        agi_determination=_row(arrays.agi_determination, row),
        agi_effective=_row(arrays.agi_effective, row),
        params=Params(),
    )
