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
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields

import numpy as np

from core.allocation import Allocation, Flags, allocate
from core.chain import Chain, Deal, as_chain
from core.contract import EquityStake
from core.inputs import FloatArray, Inputs, draw_count
from core.lazy import Lazy
from core.params import Params, TermDraws
from core.payments import NEVER, PaymentLoop, SegmentCosts, YearRows
from core.plan import Plan
from core.timegrid import BoolArray, IntArray, TimeGrid

__all__ = ["NEVER", "Arrays", "plan_for", "run"]

ALLOCATION_FIELDS = tuple(f.name for f in fields(Allocation))


@dataclass(frozen=True, eq=False)
class Arrays:
    """Every per-period quantity of model.md, shape (draws, periods), plus AGI indices.

    `applies` gives, per period, the index in `chain.versions` of the version projected.
    """

    grid: TimeGrid
    chain: Chain
    applies: IntArray
    columns: Mapping[str, FloatArray]
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
) -> Arrays:
    """Project `deal` over `grid` for every draw of `inputs` (shape (draws, years)).

    `terms` makes deal terms differ between draws: a factor or a shift per draw. `params`
    replaces the clause parameters as a whole (e.g. `ChainParams`, one chain per draw).
    The per-period columns are computed when first read (`core.lazy.Lazy`).
    """
    chain = as_chain(deal)
    params = params or Params(terms)
    plan = plan_for(chain, grid)
    draws = max([draw_count(inputs), *(len(values) for _, values in (terms or {}).values())])
    annual_revenue = _compound(inputs["revenue_base"], inputs["revenue_growth"])
    demand = _compound(inputs["compute_base_gw"], inputs["compute_growth"])
    segments = _allocations(plan, inputs, demand)
    loop = PaymentLoop(plan, draws, params)
    loop.iterate(
        YearRows(
            revenue=_rows(annual_revenue),
            opex_share=_rows(inputs["other_opex_share"]),
            partner_model_revenue=_rows(inputs["partner_model_revenue"]),
        ),
        SegmentCosts(
            before=_rows(segments.before.compute_cost),
            after=_rows(segments.after.compute_cost),
            segment=segments.group,
        ),
        inputs["profit_cumulative_at_start"][:, 0],
    )
    columns = _Columns(plan, inputs, annual_revenue, segments, loop, draws)
    return Arrays(
        grid=grid,
        chain=chain,
        applies=plan.applies,
        columns=Lazy(columns.makers()),
        clause_payments=Lazy(
            {cid: functools.partial(_by_draw, rows) for cid, rows in loop.payments.items()}
        ),
        in_force=Lazy({cid: functools.partial(columns.in_force, cid) for cid in plan.in_dates}),
        cap_reached=loop.cap_reached,
        annual_revenue=annual_revenue,
        agi_determination=loop.determination,
        agi_effective=loop.effective,
        params=params,
    )


def plan_for(chain: Chain, grid: TimeGrid) -> Plan:
    """`Plan.build`, kept for the last few chains: a Monte Carlo run builds it once."""
    key = (tuple(map(id, chain.versions)), id(grid))
    found = _PLANS.get(key)
    if (
        found is not None
        and found.grid is grid
        and all(a is b for a, b in zip(found.chain.versions, chain.versions, strict=True))
    ):
        return found
    plan = Plan.build(chain, grid)
    if len(_PLANS) >= 8:
        _PLANS.pop(next(iter(_PLANS)))
    _PLANS[key] = plan
    return plan


_PLANS: dict[tuple[tuple[int, ...], int], Plan] = {}
"""Recent plans by the identity of their versions and grid (the plan holds both)."""


def _rows(values: FloatArray) -> FloatArray:
    """(draws, k) values as contiguous rows (k, draws): the payment loop reads one a step."""
    return np.ascontiguousarray(values.T)


def _by_draw(rows: FloatArray) -> FloatArray:
    """Period-major loop results (periods, draws) as columns (draws, periods), C-ordered.

    C order keeps a draw's row sums the same whether it runs alone or among many.
    """
    return np.ascontiguousarray(rows.T)


def _spread(values: FloatArray, n: int, divisor: float = 1.0) -> FloatArray:
    """Yearly values (rows, years) as per-period values (rows, years * n), over `divisor`.

    Written through a broadcast view of the years (no index array, no intermediate copy).
    """
    rows, years = values.shape
    out = np.empty((rows, years, n))
    if divisor == 1.0:
        out[...] = values[:, :, None]
    else:
        np.divide(values[:, :, None], divisor, out=out)
    return out.reshape(rows, years * n)


class _Columns:
    """Makers of every per-period column of model.md from one run's results."""

    def __init__(
        self,
        plan: Plan,
        inputs: Inputs,
        annual_revenue: FloatArray,
        segments: _Segments,
        loop: PaymentLoop,
        draws: int,
    ) -> None:
        self.plan, self.inputs, self.annual_revenue = plan, inputs, annual_revenue
        self.segments, self.loop, self.draws = segments, loop, draws
        self.n = plan.grid.n
        self._ended: BoolArray | None = None
        self._made: dict[str, FloatArray] = {}

    def makers(self) -> dict[str, Callable[[], FloatArray]]:
        """Every column's maker, in the table's order."""
        names = (
            "revenue",
            "opex",
            *ALLOCATION_FIELDS,
            "revenue_share",
            "cumulative_revenue_share",
            "reverse_revenue_share",
            "profit",
            "profit_share",
            "retained",
            "cumulative_profit",
            "agi_measure",
            "partner_received",
            "partner_cloud_revenue",
            "partner_net",
            "partner_royalties",
            "partner_cloud_margin",
            "partner_value",
            "partner_equity_value",
            "discount_factor",
        )
        return {name: functools.partial(self.get, name) for name in names}

    def get(self, name: str) -> FloatArray:
        """Column `name`, made once."""
        found = self._made.get(name)
        if found is None:
            found = self._made[name] = self._make(name)
        return found

    def _per_period(self, name: str) -> FloatArray:
        return _spread(self.inputs[name], self.n)

    def _make(self, name: str) -> FloatArray:
        get, loop = self.get, self.loop
        if name in ALLOCATION_FIELDS:
            return self._allocation(name)
        if name == "revenue":
            return _spread(self.annual_revenue, self.n, self.n)
        if name == "opex":
            return get("revenue") * self._per_period("other_opex_share")
        if name in _LOOP:
            return _by_draw(getattr(loop, _LOOP[name]))
        if name == "cumulative_revenue_share":
            return np.cumsum(get("revenue_share"), axis=1)
        if name == "retained":
            return get("profit") - get("profit_share")
        if name == "cumulative_profit":
            start = self.inputs["profit_cumulative_at_start"][:, :1]
            return start + np.cumsum(get("profit"), axis=1)
        if name == "partner_received":
            return get("revenue_share") + get("profit_share")
        if name == "partner_cloud_revenue":
            return get("partner_gw") * self._per_period("price_partner") / self.n
        if name == "partner_net":
            received, reverse = get("partner_received"), get("reverse_revenue_share")
            return received + get("partner_cloud_revenue") - reverse
        if name == "partner_royalties":
            return get("partner_received") - get("reverse_revenue_share")
        if name == "partner_cloud_margin":
            margin = self._per_period("partner_cloud_margin")
            return get("partner_cloud_revenue") * margin
        if name == "partner_value":
            return get("partner_royalties") + get("partner_cloud_margin")
        if name == "partner_equity_value":
            return self._equity_value()
        assert name == "discount_factor"
        rate = self.inputs["discount_rate"][:, :1]
        return (1.0 + rate) ** (-(np.arange(self.plan.grid.count) + 1.0) / self.n)

    @property
    def ended(self) -> BoolArray:
        """Per draw and period, whether the AGI determination is effective."""
        if self._ended is None:
            self._ended = self.loop.ended
        return self._ended

    def in_force(self, cid: str) -> BoolArray:
        """Whether clause `cid` is in force, per draw and period (the AGI end applied)."""
        plan = self.plan
        if plan.endable[cid].any():
            mask: BoolArray = plan.in_dates[cid][None, :] & ~(
                self.ended & plan.endable[cid][None, :]
            )
            return mask
        return np.broadcast_to(plan.in_dates[cid], (self.draws, plan.grid.count))

    def _allocation(self, name: str) -> FloatArray:
        """An allocation field per period: after the AGI end where it is effective."""
        before, after, group = self.segments.before, self.segments.after, self.segments.group
        mine = np.take(getattr(before, name), group, axis=1)
        if not self.plan.can_end or self.segments.same(name):
            return mine
        theirs = np.take(getattr(after, name), group, axis=1)
        merged: FloatArray = np.where(self.ended, theirs, mine)
        return merged

    def _equity_value(self) -> FloatArray:
        in_force = {cid: self.in_force(cid) for cid in self._equity_ids()}
        share = self.plan.equity_share_at_year_ends(in_force, self.draws, self.loop.params)
        valuation = self.inputs["lab_valuation"]
        value: FloatArray = _spread(share * valuation, self.n)
        return value

    def _equity_ids(self) -> list[str]:
        return [c.id for _, c in self.plan.chain.clauses_of(EquityStake)]


_LOOP = {
    "revenue_share": "revenue_share",
    "reverse_revenue_share": "reverse_share",
    "profit": "profit",
    "profit_share": "profit_share",
    "agi_measure": "measure",
}
"""Columns the payment loop fills, by the loop's attribute."""


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


@dataclass(frozen=True, eq=False)
class _Segments:
    """The allocation per group of periods (`_segments`) before and after the AGI end."""

    before: Allocation
    after: Allocation
    group: IntArray

    def same(self, name: str) -> bool:
        """Whether the AGI end leaves field `name` as it was."""
        mine, theirs = getattr(self.before, name), getattr(self.after, name)
        return mine is theirs or bool(np.array_equal(mine, theirs))


def _allocations(plan: Plan, inputs: Inputs, demand: FloatArray) -> _Segments:
    """The allocation before and after the AGI clause ends what it ends, per draw and group.

    Computed once per group of periods that share a year and the rules in force (about one
    per year); the columns lay it over the periods when read.
    """
    grid = plan.grid
    first, group = _segments(plan)
    years = grid.year_index[first]
    on_segments = {name: np.take(values, years, axis=1) for name, values in inputs.items()}
    segment_demand = np.take(demand, years, axis=1)
    flags: Flags = plan.flags_before.take(first)
    before = allocate(flags, grid.n, on_segments, segment_demand)
    if not plan.can_end:
        return _Segments(before, before, group)
    after = allocate(plan.flags_after.take(first), grid.n, on_segments, segment_demand)
    return _Segments(before, after, group)


def _compound(base: FloatArray, growth: FloatArray) -> FloatArray:
    """Annual levels: base in the first year, then times (1 + growth) each year."""
    factors = np.concatenate([np.ones_like(growth[:, :1]), 1.0 + growth[:, 1:]], axis=1)
    return base[:, :1] * np.cumprod(factors, axis=1)
