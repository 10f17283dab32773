"""The sequential part of the engine: payments with caps and tiers, profit, the AGI clause.

Periods are processed in order (model.md section 5) because the AGI clause can end payments.
Counters belong to clause ids across versions (section 9): a later version that keeps an
id carries its cap count and its tiers on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from core.contract import AgiClause, ProfitShare, RevenueShare
from core.inputs import FloatArray
from core.params import Params
from core.plan import Plan, Step
from core.timegrid import BoolArray, IntArray

NEVER = np.iinfo(np.int64).max // 2
"""Period index standing for "not within the horizon"."""

CHECK_EVERY = 8
"""Periods between two calls of the loop's `check` (a cancel is seen within about 1 ms)."""

TOLERANCE = 1e-9
"""Relative tolerance of every comparison with a cap, a tier bound or the AGI threshold."""


def reached(amount: FloatArray, limit: float | FloatArray) -> BoolArray:
    """Whether `amount` is at or above `limit`, within the model's relative tolerance."""
    result: BoolArray = amount >= limit - TOLERANCE * np.abs(limit)
    return result


class PaymentLoop:
    """Walk the periods in order; results are left on the instance as arrays.

    Every per-period result has shape (periods, draws): one period's values are one
    contiguous row, which is what each step reads and writes (a column of a (draws,
    periods) array is strided, and about four times slower to walk).
    """

    def __init__(
        self,
        plan: Plan,
        draws: int,
        params: Params | None = None,
        check: Callable[[], None] | None = None,
    ) -> None:
        self.plan, self.draws = plan, draws
        self.params = params or Params()
        self.check = check
        shape = (plan.grid.count, draws)
        # per clause and for the AGI measure, the rows the loop makes; the arrays on reading
        self._payments: dict[str, dict[int, FloatArray]] = {cid: {} for cid in plan.paying_ids}
        self._measures: dict[int, FloatArray] = {}
        self.cap_reached = {cid: np.full(draws, NEVER, dtype=np.int64) for cid in plan.capped_ids}
        self.revenue_share = np.zeros(shape)
        self.reverse_share = np.zeros(shape)
        self.profit_share = np.zeros(shape)
        self.profit = np.empty(shape)  # every row written in turn
        self.determination = np.full(draws, NEVER, dtype=np.int64)
        self.effective = np.full(draws, NEVER, dtype=np.int64)
        self._earliest = NEVER
        self._cumulative = {cid: np.zeros(draws) for cid in plan.paying_ids}
        self._exhausted: dict[int, int] = {}
        self._running_profit = np.zeros(draws)

    def iterate(self, years: YearRows, costs: SegmentCosts, start_profit: FloatArray) -> None:
        """Process every period in order.

        `years` gives the yearly inputs, one row per year; `costs` the compute cost per
        allocation segment (before and after the AGI clause ends what it ends).
        """
        n = self.plan.grid.n
        year_of = self.plan.grid.year_index.tolist()
        segment_of = costs.segment.tolist()
        revenues = years.revenue / n  # a period's share of its year, for every year at once
        opex = revenues * years.opex_share
        partner_model = years.partner_model_revenue / n
        for t, step in enumerate(self.plan.steps):
            if self.check is not None and t % CHECK_EVERY == 0:
                self.check()
            y = year_of[t]
            ended = self.effective <= t if self._earliest <= t else None
            revenue = revenues[y]
            cost = costs.before[segment_of[t]]
            if ended is not None:
                cost = np.where(ended, costs.after[segment_of[t]], cost)
            share = self._revenue_shares(step, t, ended, revenue)
            reverse = self._reverse_shares(step, t, ended, partner_model[y])
            profit = self.profit[t]  # revenue - cost - opex - share + reverse, in place
            np.subtract(revenue, cost, out=profit)
            profit -= opex[y]
            profit -= share
            profit += reverse
            self._profit_shares(step, t, ended, np.maximum(profit, 0.0))
            self._running_profit += profit
            if step.agi is not None:
                self._test_agi(step.agi, step.agi_in_dates, t, start_profit)

    def _revenue_shares(
        self, step: Step, t: int, ended: BoolArray | None, revenue: FloatArray
    ) -> FloatArray:
        total: FloatArray = self.revenue_share[t]  # zeros: payments add up in place
        for clause, endable in step.revenue_shares:
            live = ~ended if endable and ended is not None else None
            due = self.params.of(clause, "rate") * revenue
            if live is not None:
                due = np.where(live, due, 0.0)
            paid = self._cumulative[clause.id]
            if clause.cap_total is not None:
                due, paid = self._capped(clause, t, due, paid, live)
            else:
                paid = paid + due
            self._cumulative[clause.id] = paid
            self._payments[clause.id][t] = due
            total += due
        return total

    def _capped(
        self,
        clause: RevenueShare,
        t: int,
        due: FloatArray,
        paid: FloatArray,
        live: BoolArray | None,
    ) -> tuple[FloatArray, FloatArray]:
        """Cut `due` so that the payments under the clause's id stop at its cap."""
        cap = self.params.of(clause, "cap_total")
        assert cap is not None
        uncut = paid + due
        hits = reached(uncut, cap)
        if live is not None:
            hits &= live
        if not hits.any():  # no draw at the cap: nothing to cut
            return due, uncut
        room = np.maximum(cap - paid, 0.0)
        due = np.where(hits, room, due)
        paid = np.where(hits, np.maximum(paid, cap), paid + due)
        first = self.cap_reached[clause.id]
        self.cap_reached[clause.id] = np.where(hits & (first == NEVER), t, first)
        return due, paid

    def _reverse_shares(
        self, step: Step, t: int, ended: BoolArray | None, base: FloatArray
    ) -> FloatArray:
        total: FloatArray = self.reverse_share[t]  # zeros: added up in place
        for clause, endable in step.reverse_shares:
            received = self.params.of(clause, "rate") * base
            if endable and ended is not None:
                received = np.where(ended, 0.0, received)
            self._payments[clause.id][t] = received
            total += received
        return total

    def _profit_shares(
        self, step: Step, t: int, ended: BoolArray | None, positive: FloatArray
    ) -> None:
        total = self.profit_share[t]  # zeros: added up in place
        for clause, endable in step.profit_shares:
            left = np.where(ended, 0.0, positive) if endable and ended is not None else positive
            if not left.any():
                continue  # a loss everywhere: nothing to share
            take = self._take(clause, left)
            self._payments[clause.id][t] = take
            total += take

    def _take(self, clause: ProfitShare, left: FloatArray) -> FloatArray:
        """The clause's take of the profit `left`, tier by tier; counts under its id."""
        first = self._exhausted.get(id(clause), 0)
        taken = self._cumulative[clause.id]
        take = np.zeros(self.draws)
        for index in range(first, len(clause.tiers)):
            rate = self.params.tier(clause, index, "rate")
            limit = self.params.tier(clause, index, "until_total")
            assert rate is not None
            left, taken, tier_take = take_tier(rate, limit, left, taken)
            take += tier_take
        self._cumulative[clause.id] = taken
        self._exhausted[id(clause)] = self._exhausted_tiers(clause, first, taken)
        return take

    def _test_agi(self, agi: AgiClause, in_dates: bool, t: int, start_profit: FloatArray) -> None:
        n = self.plan.grid.n
        if agi.measure == "cumulative":
            measure = start_profit + self._running_profit
        elif agi.measure == "ttm":
            measure = _in_order(self.profit[max(0, t - n + 1) : t + 1])
        elif self.plan.grid.is_year_end[t]:
            measure = _in_order(self.profit[t - n + 1 : t + 1])
        else:
            return
        self._measures[t] = measure
        if not in_dates:
            return
        quarters = self.params.of(agi, "verification_lag_quarters")
        if not isinstance(quarters, int):
            quarters = np.asarray(quarters).astype(np.int64)  # whole quarters, per draw
        lag = quarters if n == 4 else -(-quarters // 4)
        now = (self.determination == NEVER) & reached(measure, self.params.of(agi, "threshold"))
        if not now.any():
            return
        self.determination = np.where(now, t, self.determination)
        self.effective = np.where(now, t + 1 + lag, self.effective)
        self._earliest = int(np.min(self.effective))

    def _exhausted_tiers(self, clause: ProfitShare, first: int, taken: FloatArray) -> int:
        """Number of leading tiers whose limit every draw has reached (they take no more)."""
        while first < len(clause.tiers):
            limit = self.params.tier(clause, first, "until_total")
            if limit is None or not bool(reached(taken, limit).all()):
                break
            first += 1
        return first

    def payments(self, cid: str) -> FloatArray:
        """Rows (periods, draws) of what clause `cid` pays (or is paid) in each period."""
        return self._rows(self._payments[cid], 0.0)

    @property
    def measure(self) -> FloatArray:
        """Rows (periods, draws) of the AGI measure; NaN in periods without one."""
        return self._rows(self._measures, np.nan)

    def _rows(self, made: dict[int, FloatArray], other: float) -> FloatArray:
        rows = np.full((self.plan.grid.count, self.draws), other)
        for t, row in made.items():
            rows[t] = row
        return rows

    @property
    def ended(self) -> BoolArray:
        """Per draw and period, whether the AGI determination is effective."""
        ended: BoolArray = np.arange(self.plan.grid.count)[None, :] >= self.effective[:, None]
        return ended


@dataclass(frozen=True, eq=False)
class YearRows:
    """Yearly inputs of the payment loop, shape (years, draws) or (years, 1)."""

    revenue: FloatArray
    opex_share: FloatArray
    partner_model_revenue: FloatArray


@dataclass(frozen=True, eq=False)
class SegmentCosts:
    """Compute cost per allocation segment, shape (segments, draws) or (segments, 1).

    `segment` gives each period's segment (`core.engine` groups periods by year and rules).
    """

    before: FloatArray
    after: FloatArray
    segment: IntArray


def _in_order(rows: FloatArray) -> FloatArray:
    """Sum of a few period rows, added in order (numpy's sum order depends on the shape)."""
    acc: FloatArray = rows[0].copy()
    for row in rows[1:]:
        acc += row
    return acc


def take_tier(
    rate: float | FloatArray, limit: float | FloatArray | None, left: FloatArray, taken: FloatArray
) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Take a tier's `rate` of the profit `left` until the clause's total reaches `limit`.

    A full tier takes nothing and passes the profit on; a tier that fills within the period
    uses exactly ``room / rate`` of it and passes the rest on; a tier with a rate of 0 that
    is not full holds the profit (model.md section 3). Returns the profit still left for the
    next tier, the clause's new total, and this tier's take.
    """
    if limit is None:
        take = rate * left
        return np.zeros_like(left), taken + take, take
    room = np.maximum(limit - taken, 0.0)
    full = reached(taken, limit)
    uncut = rate * left
    cut = ~full & reached(taken + uncut, limit)  # never with a rate of 0: uncut is 0
    take = np.where(full, 0.0, np.where(cut, room, uncut))
    with np.errstate(over="ignore"):  # a rate near 0 may use more profit than there is
        used = np.divide(room, rate, out=np.zeros_like(left), where=cut)
    rest = np.where(full, left, np.where(cut, np.maximum(left - used, 0.0), 0.0))
    taken = np.where(cut, np.maximum(taken, limit), taken + take)
    return rest, taken, take


def first_index(indices: list[IntArray], draws: int) -> IntArray:
    """The smallest of several per-draw period indices, NEVER when there is none."""
    first = np.full(draws, NEVER, dtype=np.int64)
    for index in indices:
        first = np.minimum(first, index)
    return first
