"""The calculation engine of model.md, vectorised over draws.

Every array returned has shape (draws, periods) or (draws,); the per-period columns are
made when first read, so a Monte Carlo run makes only those its key figures need. The
period loop (core/payments.py) stays because payments depend on the past (caps,
profit-share tiers, the AGI clause); each step is one numpy operation over all draws, so
one projection and a Monte Carlo run share this code.
A deal is one contract, or a chain of dated versions (section 9): each period is projected
under the version in force then.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np

from core.chain import Chain, Deal, as_chain
from core.inputs import FloatArray, Inputs, draw_count
from core.lazy import Lazy
from core.params import Params, TermDraws
from core.payments import NEVER, PaymentLoop, SegmentCosts, YearRows
from core.period_rows import PeriodRows, allocations, as_rows, by_draw
from core.plan import Plan
from core.timegrid import BoolArray, IntArray, TimeGrid

__all__ = ["NEVER", "Arrays", "plan_for", "run"]


@dataclass(frozen=True, eq=False)
class Arrays:
    """Every per-period quantity of model.md, shape (draws, periods), plus AGI indices.

    `applies` gives, per period, the index in `chain.versions` of the version projected.
    `rows` holds the same quantities as `columns`, period-major: shape (periods, draws);
    `last` each quantity in the last period only, shape (draws,).
    """

    grid: TimeGrid
    chain: Chain
    applies: IntArray
    columns: Mapping[str, FloatArray]
    rows: Mapping[str, FloatArray]
    last: Mapping[str, FloatArray]
    clause_payments: Mapping[str, FloatArray]
    in_force: Mapping[str, BoolArray]
    cap_reached: dict[str, IntArray]
    annual_revenue: FloatArray
    agi_determination: IntArray
    agi_effective: IntArray
    params: Params

    @property
    def version_ids(self) -> tuple[str, ...]:
        """Per period, the id of the contract version projected."""
        ids = self.chain.ids
        return tuple(ids[v] for v in self.applies)


def run(
    deal: Deal,
    grid: TimeGrid,
    inputs: Inputs,
    terms: TermDraws | None = None,
    *,
    params: Params | None = None,
    check: Callable[[], None] | None = None,
) -> Arrays:
    """Project `deal` over `grid` for every draw of `inputs` (shape (draws, years)).

    `terms` makes deal terms differ between draws: a factor or a shift per draw. `params`
    replaces the clause parameters as a whole (e.g. `ChainParams`, one chain per draw).
    `check` is called between the costly steps and every few periods of the payment loop;
    it stops the run by raising (a Monte Carlo run's cancel). The per-period columns are
    computed when first read (`core.lazy.Lazy`).
    """
    chain = as_chain(deal)
    params = params or Params(terms)
    plan = plan_for(chain, grid)
    draws = max([draw_count(inputs), *(len(values) for _, values in (terms or {}).values())])
    yearly = {name: as_rows(values) for name, values in inputs.items()}  # (years, draws)
    annual_revenue = _compound(yearly["revenue_base"], yearly["revenue_growth"])
    demand = _compound(yearly["compute_base_gw"], yearly["compute_growth"])
    if check is not None:
        check()
    segments = allocations(plan, yearly, demand)
    loop = PaymentLoop(plan, draws, params, check)
    loop.iterate(
        YearRows(
            revenue=annual_revenue,
            opex_share=yearly["other_opex_share"],
            partner_model_revenue=yearly["partner_model_revenue"],
        ),
        SegmentCosts(
            before=segments.before.compute_cost,
            after=segments.after.compute_cost,
            segment=segments.group,
        ),
        yearly["profit_cumulative_at_start"][0],
    )
    periods = PeriodRows(plan, yearly, annual_revenue, segments, loop, draws)
    return Arrays(
        grid=grid,
        chain=chain,
        applies=plan.applies,
        columns=Lazy(periods.makers(transposed=True)),
        rows=Lazy(periods.makers(transposed=False)),
        last=Lazy(periods.last_makers()),
        clause_payments=Lazy(
            {cid: functools.partial(_payment_columns, loop, cid) for cid in plan.paying_ids}
        ),
        in_force=Lazy({cid: functools.partial(periods.in_force, cid) for cid in plan.in_dates}),
        cap_reached=loop.cap_reached,
        annual_revenue=annual_revenue.T,
        agi_determination=loop.determination,
        agi_effective=loop.effective,
        params=params,
    )


def plan_for(chain: Chain, grid: TimeGrid) -> Plan:
    """`Plan.build`, kept for the last few chains: a Monte Carlo run builds it once.

    Safe to call from several threads (the app projects on workers too).
    """
    key = (tuple(map(id, chain.versions)), id(grid))
    with _PLANS_LOCK:
        found = _PLANS.get(key)
    if (
        found is not None
        and found.grid is grid
        and all(a is b for a, b in zip(found.chain.versions, chain.versions, strict=True))
    ):
        return found
    plan = Plan.build(chain, grid)
    with _PLANS_LOCK:
        if len(_PLANS) >= 8:
            _PLANS.pop(next(iter(_PLANS)))
        _PLANS[key] = plan
    return plan


_PLANS: dict[tuple[tuple[int, ...], int], Plan] = {}
"""Recent plans by the identity of their versions and grid (the plan holds both)."""
_PLANS_LOCK = threading.Lock()


def _payment_columns(loop: PaymentLoop, cid: str) -> FloatArray:
    return by_draw(loop.payments(cid))


def _compound(base: FloatArray, growth: FloatArray) -> FloatArray:
    """Annual levels, rows (years, draws): base in the first year, then times (1 + growth).

    The growth factors are multiplied up year by year first (as ``np.cumprod`` would, whose
    walk down the rows of a year-major array is strided), then times the base.
    """
    width = max(base.shape[1], growth.shape[1])
    factors = np.empty((growth.shape[0], width))
    factors[0] = 1.0
    for year in range(1, growth.shape[0]):
        np.multiply(factors[year - 1], 1.0 + growth[year], out=factors[year])
    factors *= base[0]
    return factors
