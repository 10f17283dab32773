"""The calculation engine of model.md, vectorised over draws.

Every array has shape (draws, periods) or (draws,). The period loop (core/payments.py) stays
because payments depend on the past (caps, profit-share tiers, the AGI clause); each step is
one numpy operation over all draws, so one projection and a Monte Carlo run share this code.
A deal is one contract, or a chain of dated versions (section 9): each period is projected
under the version in force then.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np

from core.allocation import Allocation, Flags, allocate
from core.chain import Chain, Deal, as_chain
from core.inputs import FloatArray, Inputs, draw_count
from core.params import Params, TermDraws
from core.payments import NEVER, PaymentLoop
from core.plan import Plan
from core.timegrid import BoolArray, IntArray, TimeGrid

__all__ = ["NEVER", "Arrays", "run"]


@dataclass(frozen=True, eq=False)
class Arrays:
    """Every per-period quantity of model.md, shape (draws, periods), plus AGI indices.

    `applies` gives, per period, the index in `chain.versions` of the version projected.
    """

    grid: TimeGrid
    chain: Chain
    applies: IntArray
    columns: dict[str, FloatArray]
    clause_payments: dict[str, FloatArray]
    in_force: dict[str, BoolArray]
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
) -> Arrays:
    """Project `deal` over `grid` for every draw of `inputs` (shape (draws, years)).

    `terms` makes deal terms differ between draws: a factor or a shift per draw. `params`
    replaces the clause parameters as a whole (e.g. `ChainParams`, one chain per draw).
    """
    chain = as_chain(deal)
    params = params or Params(terms)
    plan = Plan.build(chain, grid)
    draws = max([draw_count(inputs), *(len(values) for _, values in (terms or {}).values())])
    n = grid.n
    annual_revenue = _compound(inputs["revenue_base"], inputs["revenue_growth"])
    demand = _compound(inputs["compute_base_gw"], inputs["compute_growth"])
    # np.take, not values[:, index]: fancy indexing along axis 1 returns Fortran-ordered
    # arrays, whose row sums round differently from a single draw's (and run slower).
    per_period = {name: np.take(inputs[name], grid.year_index, axis=1) for name in _PER_PERIOD}
    revenue = np.take(annual_revenue, grid.year_index, axis=1) / n
    opex = revenue * per_period["other_opex_share"]
    before, after = _allocations(plan, inputs, demand)
    loop = PaymentLoop(plan, draws, params)
    loop.iterate(
        revenue,
        opex,
        before,
        after,
        per_period["partner_model_revenue"] / n,
        inputs["profit_cumulative_at_start"][:, 0],
    )

    ended = loop.ended
    alloc = before.where(ended, after) if plan.can_end else before
    shape = (draws, grid.count)
    in_force = {
        cid: plan.in_dates[cid][None, :] & ~(ended & plan.endable[cid][None, :])
        if plan.endable[cid].any()
        else np.broadcast_to(plan.in_dates[cid], shape)
        for cid in plan.in_dates
    }
    share, reverse, pshare = loop.revenue_share, loop.reverse_share, loop.profit_share
    partner_cloud_revenue = alloc.partner_gw * per_period["price_partner"] / n
    received = share + pshare
    royalties = received - reverse
    cloud_margin = partner_cloud_revenue * per_period["partner_cloud_margin"]
    discount = (1.0 + per_period["discount_rate"][:, :1]) ** (-(np.arange(grid.count) + 1.0) / n)
    equity_share = plan.equity_share_at_year_ends(in_force, draws, params)[:, grid.year_index]
    columns = {
        "revenue": revenue,
        "opex": opex,
        **alloc.columns(),
        "revenue_share": share,
        "cumulative_revenue_share": np.cumsum(share, axis=1),
        "reverse_revenue_share": reverse,
        "profit": loop.profit,
        "profit_share": pshare,
        "retained": loop.profit - pshare,
        "cumulative_profit": inputs["profit_cumulative_at_start"][:, :1]
        + np.cumsum(loop.profit, axis=1),
        "agi_measure": loop.measure,
        "partner_received": received,
        "partner_cloud_revenue": partner_cloud_revenue,
        "partner_net": received + partner_cloud_revenue - reverse,
        "partner_royalties": royalties,
        "partner_cloud_margin": cloud_margin,
        "partner_value": royalties + cloud_margin,
        "partner_equity_value": equity_share * per_period["lab_valuation"],
        "discount_factor": discount,
    }
    return Arrays(
        grid=grid,
        chain=chain,
        applies=plan.applies,
        columns=columns,
        clause_payments=loop.payments,
        in_force=in_force,
        cap_reached=loop.cap_reached,
        annual_revenue=annual_revenue,
        agi_determination=loop.determination,
        agi_effective=loop.effective,
        params=params,
    )


_PER_PERIOD = (
    "other_opex_share",
    "partner_model_revenue",
    "partner_cloud_margin",
    "price_partner",
    "lab_valuation",
    "discount_rate",
)
"""Inputs used per period outside the allocation (which works on `_segments`)."""


def _segments(plan: Plan) -> tuple[IntArray, IntArray]:
    """Group periods by year and by the allocation rules in force before and after AGI.

    The allocation is equal within a group. Returns the first period of each group and, for
    every period, the index of its group.
    """
    keys = np.vstack(
        [plan.grid.year_index, plan.flags_before.stacked(), plan.flags_after.stacked()]
    )
    return _segments_of(keys.astype(np.int64).tobytes(), keys.shape)


@functools.cache
def _segments_of(key_bytes: bytes, shape: tuple[int, int]) -> tuple[IntArray, IntArray]:
    keys = np.frombuffer(key_bytes, dtype=np.int64).reshape(shape).T
    _, first, group = np.unique(keys, axis=0, return_index=True, return_inverse=True)
    return first.astype(np.int64), group.reshape(-1).astype(np.int64)


def _allocations(plan: Plan, inputs: Inputs, demand: FloatArray) -> tuple[Allocation, Allocation]:
    """The allocation before and after the AGI clause ends what it ends, per draw and period.

    Computed once per group of periods that share a year and the rules in force (about one
    per year), then laid over the periods; fields the ended clauses leave unchanged are the
    same arrays in both, so that `Allocation.where` skips them.
    """
    grid = plan.grid
    first, group = _segments(plan)
    years = grid.year_index[first]
    on_segments = {name: np.take(values, years, axis=1) for name, values in inputs.items()}
    segment_demand = np.take(demand, years, axis=1)
    flags: Flags = plan.flags_before.take(first)
    before_segments = allocate(flags, grid.n, on_segments, segment_demand)
    before = before_segments.take(group)
    if not plan.can_end:
        return before, before
    after_flags = plan.flags_after.take(first)
    after_segments = allocate(after_flags, grid.n, on_segments, segment_demand)
    return before, after_segments.take(group, shared=(before_segments, before))


def _compound(base: FloatArray, growth: FloatArray) -> FloatArray:
    """Annual levels: base in the first year, then times (1 + growth) each year."""
    factors = np.concatenate([np.ones_like(growth[:, :1]), 1.0 + growth[:, 1:]], axis=1)
    return base[:, :1] * np.cumprod(factors, axis=1)
