"""The calculation engine of model.md, vectorised over draws.

Every array has shape (draws, periods) or (draws,). The period loop stays because payments
depend on the past (caps, profit-share tiers, the AGI clause); each step is one numpy
operation over all draws, so one projection and a Monte Carlo run share this code.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TypeVar

import numpy as np

from core.allocation import Allocation, allocate
from core.contract import (
    AgiClause,
    Contract,
    EquityStake,
    ProfitShare,
    RevenueShare,
    ReverseRevenueShare,
    Tier,
)
from core.inputs import FloatArray, Inputs, draw_count
from core.timegrid import BoolArray, IntArray, TimeGrid

_C = TypeVar("_C")

_TINY_RATE = 1e-12
"""Below this rate a tier is never cut short by its limit (room / rate would overflow)."""

NEVER = np.iinfo(np.int64).max // 2
"""Period index standing for "not within the horizon"."""


@dataclass(frozen=True, eq=False)
class Arrays:
    """Every per-period quantity of model.md, shape (draws, periods), plus AGI indices."""

    grid: TimeGrid
    columns: dict[str, FloatArray]
    clause_payments: dict[str, FloatArray]
    in_force: dict[str, BoolArray]
    cap_reached: dict[str, IntArray]
    annual_revenue: FloatArray
    agi_determination: IntArray
    agi_effective: IntArray


def run(contract: Contract, grid: TimeGrid, inputs: Inputs) -> Arrays:
    """Project `contract` over `grid` for every draw of `inputs` (shape (draws, years))."""
    draws, n = draw_count(inputs), grid.n
    annual_revenue = _compound(inputs["revenue_base"], inputs["revenue_growth"])
    demand = _compound(inputs["compute_base_gw"], inputs["compute_growth"])
    # np.take, not values[:, index]: fancy indexing along axis 1 returns Fortran-ordered
    # arrays, whose row sums round differently from a single draw's (and run slower).
    per_period = {name: np.take(inputs[name], grid.year_index, axis=1) for name in _PER_PERIOD}
    revenue = np.take(annual_revenue, grid.year_index, axis=1) / n
    opex = revenue * per_period["other_opex_share"]
    agi = contract.agi_clause
    ends = frozenset(agi.ends) if agi else frozenset()
    date_masks = {c.id: grid.overlaps(c.start, c.end) for c in contract.clauses}
    before, after = _allocations(contract, grid, inputs, demand, date_masks, ends)
    state = _Loop(contract, grid, draws, date_masks, ends)
    state.iterate(revenue, opex, before, after, per_period, inputs)

    ended = np.arange(grid.count)[None, :] >= state.effective[:, None]
    alloc = before.where(ended, after) if ends else before
    share = _total(state, RevenueShare)
    reverse = _total(state, ReverseRevenueShare)
    pshare = _total(state, ProfitShare)
    partner_cloud_revenue = alloc.partner_gw * per_period["price_partner"] / n
    received = share + pshare
    shape = (draws, grid.count)
    in_force = {
        cid: mask[None, :] & ~ended if cid in ends else np.broadcast_to(mask, shape)
        for cid, mask in date_masks.items()
    }
    discount = (1.0 + per_period["discount_rate"][:, :1]) ** (-(np.arange(grid.count) + 1.0) / n)
    columns = {
        "revenue": revenue,
        "opex": opex,
        **alloc.columns(),
        "revenue_share": share,
        "cumulative_revenue_share": np.cumsum(share, axis=1),
        "reverse_revenue_share": reverse,
        "pre_profit": state.pre_profit,
        "profit_share": pshare,
        "profit": state.profit,
        "cumulative_profit": inputs["profit_cumulative_at_start"][:, :1]
        + np.cumsum(state.profit, axis=1),
        "agi_measure": state.measure,
        "partner_received": received,
        "partner_cloud_revenue": partner_cloud_revenue,
        "partner_net": received + partner_cloud_revenue - reverse,
        "partner_equity_value": _equity_value(contract, grid, in_force, per_period),
        "discount_factor": discount,
    }
    return Arrays(
        grid=grid,
        columns=columns,
        clause_payments=state.payments,
        in_force=in_force,
        cap_reached=state.cap_reached,
        annual_revenue=annual_revenue,
        agi_determination=state.determination,
        agi_effective=state.effective,
    )


_PER_PERIOD = (
    "other_opex_share",
    "partner_model_revenue",
    "price_partner",
    "lab_valuation",
    "discount_rate",
)
"""Inputs used per period outside the allocation (which works on `_segments`)."""


def _segments(grid: TimeGrid, date_masks: dict[str, BoolArray]) -> tuple[IntArray, IntArray]:
    """Group periods by year and by which clauses are in force: the allocation is equal within.

    Returns the first period of each group and, for every period, the index of its group.
    """
    masks = tuple(mask.tobytes() for mask in date_masks.values())
    return _segments_of(grid, masks)


@functools.cache
def _segments_of(grid: TimeGrid, masks: tuple[bytes, ...]) -> tuple[IntArray, IntArray]:
    flags = [np.frombuffer(mask, dtype=np.bool_).astype(np.int64) for mask in masks]
    keys = np.column_stack([grid.year_index, *flags])
    _, first, group = np.unique(keys, axis=0, return_index=True, return_inverse=True)
    return first.astype(np.int64), group.reshape(-1).astype(np.int64)


def _allocations(
    contract: Contract,
    grid: TimeGrid,
    inputs: Inputs,
    demand: FloatArray,
    date_masks: dict[str, BoolArray],
    ends: frozenset[str],
) -> tuple[Allocation, Allocation]:
    """The allocation before and after the AGI clause ends `ends`, per draw and period.

    Computed once per group of periods that share a year and the clauses in force (about
    one per year), then laid over the periods; fields the ended clauses leave unchanged are
    the same arrays in both, so that `Allocation.where` skips them.
    """
    first, group = _segments(grid, date_masks)
    years = grid.year_index[first]
    on_segments = {name: np.take(values, years, axis=1) for name, values in inputs.items()}
    masks = {cid: mask[first] for cid, mask in date_masks.items()}
    segment_demand = np.take(demand, years, axis=1)
    before_segments = allocate(contract, grid.n, on_segments, segment_demand, masks, ())
    before = before_segments.take(group)
    if not ends:
        return before, before
    after_segments = allocate(contract, grid.n, on_segments, segment_demand, masks, ends)
    return before, after_segments.take(group, shared=(before_segments, before))


def _total(state: _Loop, kind: type) -> FloatArray:
    """Sum of the payments of every clause of `kind`, zeros when there is none."""
    parts = [state.payments[c.id] for c in state.contract.clauses if isinstance(c, kind)]
    if not parts:
        return _zeros(state)
    return functools.reduce(np.add, parts) + 0.0


def _compound(base: FloatArray, growth: FloatArray) -> FloatArray:
    """Annual levels: base in the first year, then times (1 + growth) each year."""
    factors = np.concatenate([np.ones_like(growth[:, :1]), 1.0 + growth[:, 1:]], axis=1)
    return base[:, :1] * np.cumprod(factors, axis=1)


def _of(contract: Contract, kind: type[_C]) -> list[_C]:
    return [c for c in contract.clauses if isinstance(c, kind)]


def _zeros(state: _Loop) -> FloatArray:
    return np.zeros((state.draws, state.grid.count))


def _equity_value(
    contract: Contract,
    grid: TimeGrid,
    in_force: dict[str, BoolArray],
    per_period: dict[str, FloatArray],
) -> FloatArray:
    """Partner's equity value: stakes in force at the year's last period times valuation."""
    share = np.zeros_like(per_period["lab_valuation"])
    year_end = np.flatnonzero(grid.is_year_end)
    for stake in _of(contract, EquityStake):
        held_at_year_end = in_force[stake.id][:, year_end]
        share = share + stake.share * held_at_year_end[:, grid.year_index]
    return share * per_period["lab_valuation"]


def _take_tier(
    tier: Tier, left: FloatArray, taken: FloatArray
) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Take `tier`'s rate of the profit `left` until the clause's total reaches its limit.

    Returns the profit still left for the next tier, the new total taken, and this take.
    """
    limit = np.inf if tier.until_total is None else tier.until_total
    room = np.maximum(limit - taken, 0.0)
    uncut = tier.rate * left
    cut = uncut > room
    tier_take = np.where(cut, room, uncut)
    if tier.rate > _TINY_RATE:
        # The profit this tier used up; the rest of the period's profit moves on.
        left = np.where(cut, left - room / tier.rate, 0.0)
        np.maximum(left, 0.0, out=left)
    else:
        left = np.zeros_like(left)
    taken = np.where(cut & (taken < limit), limit, taken + tier_take)
    return left, taken, tier_take


def _exhausted_tiers(clause: ProfitShare, first: int, taken: FloatArray) -> int:
    """Number of leading tiers whose limit every draw has reached (they take no more)."""
    while first < len(clause.tiers):
        limit = clause.tiers[first].until_total
        if limit is None or not bool((taken >= limit).all()):
            break
        first += 1
    return first


class _Loop:
    """The sequential part: payments with caps and tiers, profit, the AGI clause."""

    def __init__(
        self,
        contract: Contract,
        grid: TimeGrid,
        draws: int,
        date_masks: dict[str, BoolArray],
        ends: frozenset[str],
    ) -> None:
        self.contract, self.grid, self.draws = contract, grid, draws
        self.date_masks, self.ends = date_masks, ends
        shape = (draws, grid.count)
        self.payments = {
            c.id: np.zeros(shape)
            for c in contract.clauses
            if isinstance(c, RevenueShare | ReverseRevenueShare | ProfitShare)
        }
        self.cap_reached = {
            c.id: np.full(draws, NEVER, dtype=np.int64)
            for c in _of(contract, RevenueShare)
            if c.cap_total is not None
        }
        self.pre_profit = np.zeros(shape)
        self.profit = np.zeros(shape)
        self.measure = np.full(shape, np.nan)
        self.determination = np.full(draws, NEVER, dtype=np.int64)
        self.effective = np.full(draws, NEVER, dtype=np.int64)
        self.revenue_shares = _of(contract, RevenueShare)
        self.reverse_shares = _of(contract, ReverseRevenueShare)
        self.profit_shares = _of(contract, ProfitShare)
        self.in_dates = {cid: mask.tolist() for cid, mask in date_masks.items()}
        self.running_profit = np.zeros(draws)
        self.exhausted = {clause.id: 0 for clause in self.profit_shares}

    def _active(self, clause_id: str, t: int, ended: BoolArray) -> BoolArray | bool:
        if not self.in_dates[clause_id][t]:
            return False
        return ~ended if clause_id in self.ends else True

    def iterate(
        self,
        revenue: FloatArray,
        opex: FloatArray,
        before: Allocation,
        after: Allocation,
        per_period: dict[str, FloatArray],
        inputs: Inputs,
    ) -> None:
        """Process every period in order."""
        n = self.grid.n
        cumulative = {cid: np.zeros(self.draws) for cid in self.payments}
        agi = self.contract.agi_clause
        start_profit = inputs["profit_cumulative_at_start"][:, 0]
        partner_model_revenue = per_period["partner_model_revenue"] / n
        for t in range(self.grid.count):
            ended = self.effective <= t
            cost = np.where(ended, after.compute_cost[:, t], before.compute_cost[:, t])
            share = self._revenue_shares(t, ended, revenue[:, t], cumulative)
            reverse = self._reverse_shares(t, ended, partner_model_revenue[:, t])
            pre = revenue[:, t] - cost - opex[:, t] - share + reverse
            self.pre_profit[:, t] = pre
            pshare = self._profit_shares(t, ended, np.maximum(pre, 0.0), cumulative)
            self.profit[:, t] = pre - pshare
            self.running_profit += self.profit[:, t]
            if agi is not None:
                self._test_agi(agi, t, start_profit)

    def _revenue_shares(
        self, t: int, ended: BoolArray, revenue: FloatArray, cumulative: dict[str, FloatArray]
    ) -> FloatArray:
        total = np.zeros(self.draws)
        for clause in self.revenue_shares:
            active = self._active(clause.id, t, ended)
            if active is False:
                continue
            due = np.where(active, clause.rate * revenue, 0.0)
            paid = cumulative[clause.id]
            if clause.cap_total is not None:
                room = np.maximum(clause.cap_total - paid, 0.0)
                reaching = (due >= room) & (due > 0.0) & (self.cap_reached[clause.id] == NEVER)
                self.cap_reached[clause.id] = np.where(reaching, t, self.cap_reached[clause.id])
                due = np.minimum(due, room)
                paid = np.where(reaching, clause.cap_total, paid + due)
            else:
                paid = paid + due
            cumulative[clause.id] = paid
            self.payments[clause.id][:, t] = due
            total = total + due
        return total

    def _reverse_shares(self, t: int, ended: BoolArray, base: FloatArray) -> FloatArray:
        total = np.zeros(self.draws)
        for clause in self.reverse_shares:
            active = self._active(clause.id, t, ended)
            if active is False:
                continue
            received = np.where(active, clause.rate * base, 0.0)
            self.payments[clause.id][:, t] = received
            total = total + received
        return total

    def _profit_shares(
        self, t: int, ended: BoolArray, positive: FloatArray, cumulative: dict[str, FloatArray]
    ) -> FloatArray:
        total = np.zeros(self.draws)
        for clause in self.profit_shares:
            active = self._active(clause.id, t, ended)
            if active is False:
                continue
            left = positive if active is True else np.where(active, positive, 0.0)
            if not left.any():
                continue  # a loss everywhere: nothing to share
            first = self.exhausted[clause.id]
            taken = cumulative[clause.id]
            take = np.zeros(self.draws)
            for tier in clause.tiers[first:]:
                left, taken, tier_take = _take_tier(tier, left, taken)
                take += tier_take
            cumulative[clause.id] = taken
            self.payments[clause.id][:, t] = take
            total += take
            self.exhausted[clause.id] = _exhausted_tiers(clause, first, taken)
        return total

    def _test_agi(self, agi: AgiClause, t: int, start_profit: FloatArray) -> None:
        n = self.grid.n
        if agi.measure == "cumulative":
            measure = start_profit + self.running_profit
        elif agi.measure == "ttm":
            measure = self.profit[:, max(0, t - n + 1) : t + 1].sum(axis=1)
        elif self.grid.is_year_end[t]:
            measure = self.profit[:, t - n + 1 : t + 1].sum(axis=1)
        else:
            return
        self.measure[:, t] = measure
        if not self.in_dates[agi.id][t]:
            return
        lag = agi.verification_lag_quarters if n == 4 else -(-agi.verification_lag_quarters // 4)
        now = (self.determination == NEVER) & (measure >= agi.threshold)
        self.determination = np.where(now, t, self.determination)
        self.effective = np.where(now, t + 1 + lag, self.effective)
