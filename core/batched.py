"""Several projections as the draws of one engine run (scenarios, versions of a deal).

Each job is a deal and its assumptions, as given to `project`. Jobs whose deals differ in
clause numbers only (rates, caps, thresholds, tiers: a scenario's terms) share one plan of
periods and run together, one draw each, with the numbers per draw (`ChainParams`); jobs
whose deals differ in shape (other clauses or dates, another version) run as further
groups of the same call. Every result equals `project` of its job alone.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TypeVar, cast

import numpy as np

from core.assumptions import NAMES, YearPath, path_on_years
from core.chain import Chain, Deal, as_chain
from core.engine import Arrays, run
from core.inputs import FloatArray, Inputs
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
        inputs = _stacked([_inputs(jobs[i][1], grid) for i in group])
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
    projections = project_many([_job(deal, s) for s in chosen], settings)
    return {s.name: p for s, p in zip(chosen, projections, strict=True)}


_Made = TypeVar("_Made")
_Kept = dict[tuple[int, int], tuple[object, object, _Made]]
"""Values kept by the identity of the two immutable objects they were made from."""


def _kept(kept: _Kept[_Made], first: object, second: object, make: Callable[[], _Made]) -> _Made:
    """`make()` for (`first`, `second`), kept while both objects are the same ones.

    The objects are held too, so that their ids cannot be reused while kept; at 1024 values
    the store starts again.
    """
    key = (id(first), id(second))
    found = kept.get(key)
    if found is not None and found[0] is first and found[1] is second:
        return found[2]
    if len(kept) >= 1024:
        kept.clear()
    made = make()
    kept[key] = (first, second, made)
    return made


def _job(deal: Deal, scenario: Scenario) -> Job:
    """The deal with the scenario's terms and its resolved assumptions.

    Kept for the same deal and scenario objects (both are immutable): after an edit to
    one scenario of many, only that one is resolved and has its terms applied again.
    """
    return _kept(
        _JOBS, deal, scenario, lambda: (deal_with_terms(deal, scenario.terms), scenario.resolved())
    )


_JOBS: _Kept[Job] = {}


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


def _inputs(paths: Mapping[str, YearPath], grid: TimeGrid) -> Inputs:
    """`inputs_from_paths`, each path laid over the years once: scenarios share most paths.

    Kept for the same `paths` object (as `_job` keeps it for an unchanged scenario).
    """
    return _kept(
        _INPUTS,
        paths,
        grid,
        lambda: {name: _on_years(paths[name], grid.years)[None, :] for name in NAMES},
    )


_INPUTS: _Kept[Inputs] = {}


@functools.lru_cache(maxsize=4096)
def _on_years(path: YearPath, years: range) -> FloatArray:
    values = np.array(path_on_years(path, years), dtype=np.float64)
    values.flags.writeable = False
    return values


def _stacked(rows: Sequence[Inputs]) -> Inputs:
    """One input array per assumption, one row per job."""
    if len(rows) == 1:
        return rows[0]
    return {name: np.concatenate([r[name] for r in rows]) for name in rows[0]}


_A = TypeVar("_A", bound=np.ndarray)


def _row(values: _A, row: int) -> _A:
    """Draw `row` of `values` as shape (1, …); an array of one row holds every draw's."""
    return values if values.shape[0] == 1 else cast(_A, values[row : row + 1])


def _draw(arrays: Arrays, row: int, chain: Chain) -> Arrays:
    """Draw `row` of a batched run as the arrays of a projection of `chain` alone.

    Its columns are views of the batch's, made when first asked for (a table, an export).
    """
    return Arrays(
        grid=arrays.grid,
        chain=chain,
        applies=arrays.applies,
        columns=_OneDraw(arrays.columns, row),
        rows=_OneDraw(arrays.rows, row, by_period=True),
        last=_OneDraw(arrays.last, row),
        clause_payments=_OneDraw(arrays.clause_payments, row),
        in_force=_OneDraw(arrays.in_force, row),
        cap_reached={k: _row(v, row) for k, v in arrays.cap_reached.items()},
        annual_revenue=_row(arrays.annual_revenue, row),
        agi_determination=_row(arrays.agi_determination, row),
        agi_effective=_row(arrays.agi_effective, row),
        params=Params(),
    )


class _OneDraw(Mapping[str, _A]):
    """One draw of a batch's arrays, by name: (1, periods) columns or (periods, 1) rows."""

    def __init__(self, values: Mapping[str, _A], row: int, by_period: bool = False) -> None:
        self._values, self._row, self._by_period = values, row, by_period

    def __getitem__(self, name: str) -> _A:
        values, row = self._values[name], self._row
        if not self._by_period:
            return _row(values, row)
        return values if values.shape[1] == 1 else cast(_A, values[:, row : row + 1])

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)
