"""The engine's per-period quantities, made when first read, period-major.

Each quantity is first made as rows, shape (periods, draws) (or (periods, 1) when no draw
differs): one period's values are contiguous, as the payment loop leaves them and as the
key figures read them. The (draws, periods) columns of `core.engine.Arrays` are these
rows transposed, made only when read (a projection's table, a Monte Carlo run's bands).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, fields

import numpy as np

from core.allocation import Allocation, Flags, allocate
from core.contract import EquityStake
from core.inputs import FloatArray, Inputs
from core.payments import PaymentLoop
from core.plan import Plan
from core.timegrid import BoolArray, IntArray

ALLOCATION_FIELDS = tuple(f.name for f in fields(Allocation))
COLUMNS = (
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
"""Every per-period column of model.md, in the table's order."""

ALLOCATION_INPUTS = (
    "training_share",
    "own_capacity_gw",
    "partner_capacity_gw",
    "rofr_take_rate",
    "partner_share_without_rofr",
    "api_revenue_share",
    "price_partner",
    "price_other",
    "price_own",
)
"""The assumptions `core.allocation.allocate` reads besides demand (laid over groups)."""

_LOOP = {
    "revenue_share": "revenue_share",
    "reverse_revenue_share": "reverse_share",
    "profit": "profit",
    "profit_share": "profit_share",
    "agi_measure": "measure",
}
"""Columns the payment loop fills, by the loop's attribute."""


def as_rows(values: FloatArray) -> FloatArray:
    """(draws, k) values as contiguous rows (k, draws): the payment loop reads one a step."""
    return np.ascontiguousarray(values.T)


def by_draw(rows: FloatArray) -> FloatArray:
    """Rows (periods, draws) as columns (draws, periods), C-ordered.

    C order keeps a draw's row sums the same whether it runs alone or among many.
    """
    return np.ascontiguousarray(rows.T)


def spread(yearly: FloatArray, n: int, divisor: float = 1.0) -> FloatArray:
    """Yearly rows (years, draws) as period rows (years * n, draws), over `divisor`.

    Written through a broadcast view of the years: no index array, no intermediate copy.
    """
    years, draws = yearly.shape
    out = np.empty((years, n, draws))
    if divisor == 1.0:
        out[...] = yearly[:, None, :]
    else:
        np.divide(yearly[:, None, :], divisor, out=out)
    return out.reshape(years * n, draws)


def total(rows: FloatArray) -> FloatArray:
    """Sum over periods of rows (periods, draws), in period order for any number of draws.

    numpy sums one contiguous run pairwise (one draw), but reduces a (periods, draws)
    array row after row: the single draw goes through ``cumsum``, which adds in order, so
    a draw's total is the same alone as among many.
    """
    if rows.shape[1] == 1:
        result: FloatArray = np.cumsum(rows, axis=0)[-1]
        return result
    summed: FloatArray = rows.sum(axis=0)
    return summed


def running_total(rows: FloatArray, start: FloatArray | None = None) -> FloatArray:
    """Running sums over periods of rows (periods, draws), plus `start` (one per draw).

    Row by row: the same sums as ``np.cumsum(rows, axis=0)``, whose walk down a column of
    a period-major array is strided and several times slower.
    """
    width = rows.shape[1] if start is None else max(rows.shape[1], start.shape[0])
    out = np.empty((rows.shape[0], width))
    if start is None:
        out[0] = rows[0]
    else:
        np.add(start, rows[0], out=out[0])
    for t in range(1, rows.shape[0]):
        np.add(out[t - 1], rows[t], out=out[t])
    return out


def last_total(rows: FloatArray, start: FloatArray) -> FloatArray:
    """The last row of ``running_total(rows, start)``, the same sums without the others."""
    last = np.empty(max(rows.shape[1], start.shape[0]))
    np.add(start, rows[0], out=last)
    for t in range(1, rows.shape[0]):
        np.add(last, rows[t], out=last)
    return last


@dataclass(frozen=True, eq=False)
class Segments:
    """The allocation per group of periods (`segments_of`) before and after the AGI end.

    `group` gives each period's group; fields are rows, shape (groups, draws).
    """

    before: Allocation
    after: Allocation
    group: IntArray

    def same(self, name: str) -> bool:
        """Whether the AGI end leaves field `name` as it was."""
        mine, theirs = getattr(self.before, name), getattr(self.after, name)
        return mine is theirs or bool(np.array_equal(mine, theirs))


def allocations(plan: Plan, yearly: Inputs, demand: FloatArray) -> Segments:
    """The allocation before and after the AGI clause ends what it ends, per group of periods.

    Computed once per group of periods that share a year and the rules in force (about one
    per year), from `yearly` inputs and `demand` as rows (years, draws); rows lay it over
    the periods when read.
    """
    grid = plan.grid
    first, group = _segments(plan)
    years = grid.year_index[first]
    on_segments = {name: yearly[name][years] for name in ALLOCATION_INPUTS}
    segment_demand = demand[years]
    flags: Flags = plan.flags_before.take(first)
    before = allocate(_on_rows(flags), grid.n, on_segments, segment_demand)
    after_flags = plan.flags_after.take(first)
    differ = np.flatnonzero((flags.stacked() != after_flags.stacked()).any(axis=0))
    if not plan.can_end or not differ.size:
        return Segments(before, before, group)
    # the AGI end changes the rules in a few groups only: allocate those again
    changed = allocate(
        _on_rows(after_flags.take(differ)),
        grid.n,
        {name: values[differ] for name, values in on_segments.items()},
        segment_demand[differ],
    )
    return Segments(before, _patched(before, changed, differ), group)


def _on_rows(flags: Flags) -> Flags:
    """Flags per group as a column (groups, 1): they broadcast over the draws of a row."""
    return Flags(**{f.name: getattr(flags, f.name)[:, None] for f in fields(Flags)})


def _patched(before: Allocation, changed: Allocation, rows: IntArray) -> Allocation:
    """`before` with `changed` in `rows`; a field the change leaves equal is `before`'s."""
    merged = {}
    for name in ALLOCATION_FIELDS:
        mine, theirs = getattr(before, name), getattr(changed, name)
        if np.array_equal(mine[rows], theirs):
            merged[name] = mine
        else:
            width = max(mine.shape[1], theirs.shape[1])
            field = np.array(np.broadcast_to(mine, (mine.shape[0], width)))
            field[rows] = theirs
            merged[name] = field
    return Allocation(**merged)


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


class PeriodRows:
    """Makers of every per-period quantity of one run, as rows (periods, draws)."""

    def __init__(
        self,
        plan: Plan,
        yearly: Inputs,
        annual_revenue: FloatArray,
        segments: Segments,
        loop: PaymentLoop,
        draws: int,
    ) -> None:
        self.plan, self.yearly, self.annual_revenue = plan, yearly, annual_revenue
        self.segments, self.loop, self.draws = segments, loop, draws
        self.n = plan.grid.n
        self._ended: BoolArray | None = None
        self._made: dict[str, FloatArray] = {}

    def makers(self, transposed: bool) -> dict[str, Callable[[], FloatArray]]:
        """Every column's maker, in the table's order: as rows, or `transposed` (by draw)."""
        make = self.column if transposed else self.rows
        return {name: functools.partial(make, name) for name in COLUMNS}

    def last_makers(self) -> dict[str, Callable[[], FloatArray]]:
        """Every column's maker of its last period's values (`last`)."""
        return {name: functools.partial(self.last, name) for name in COLUMNS}

    def last(self, name: str) -> FloatArray:
        """Quantity `name` in the last period, shape (draws,) or (1,): its last row.

        Made alone where the other rows are not needed for it (the key figures read a few
        quantities at the horizon's end only).
        """
        made = self._made.get(name)
        last: FloatArray
        if made is not None:
            last = made[-1]
        elif name in ALLOCATION_FIELDS:
            last = self._allocation(name, since=self.plan.grid.count - 1)[0]
        elif name == "cumulative_profit":
            start = self.yearly["profit_cumulative_at_start"][0]
            last = last_total(self.rows("profit"), start)
        elif name == "partner_equity_value":
            last = self._equity_share()[:, -1] * self.yearly["lab_valuation"][-1]
        else:
            last = self.rows(name)[-1]
        return last

    def rows(self, name: str) -> FloatArray:
        """Quantity `name` as rows (periods, draws), made once."""
        found = self._made.get(name)
        if found is None:
            found = self._made[name] = self._make(name)
        return found

    def column(self, name: str) -> FloatArray:
        """Quantity `name` as columns (draws, periods)."""
        return by_draw(self.rows(name))

    def _times_yearly(self, rows: FloatArray, name: str) -> FloatArray:
        """`rows` (periods, draws) times assumption `name` in each period's year.

        The year's value is broadcast over its periods: no per-period copy is made.
        """
        yearly = self.yearly[name]
        years, width = yearly.shape
        out = np.empty((rows.shape[0], max(rows.shape[1], width)))
        np.multiply(
            rows.reshape(years, self.n, rows.shape[1]),
            yearly[:, None, :],
            out=out.reshape(years, self.n, out.shape[1]),
        )
        return out

    def _make(self, name: str) -> FloatArray:
        rows, loop = self.rows, self.loop
        if name in ALLOCATION_FIELDS:
            return self._allocation(name)
        if name in _LOOP:
            made: FloatArray = getattr(loop, _LOOP[name])
            return made
        if name == "revenue":
            return spread(self.annual_revenue, self.n, self.n)
        if name == "opex":
            return self._times_yearly(rows("revenue"), "other_opex_share")
        if name == "cumulative_revenue_share":
            return running_total(rows("revenue_share"))
        if name == "retained":
            return rows("profit") - rows("profit_share")
        if name == "cumulative_profit":
            start = self.yearly["profit_cumulative_at_start"][0]
            return running_total(rows("profit"), start)
        if name == "partner_received":
            return rows("revenue_share") + rows("profit_share")
        if name == "partner_cloud_revenue":
            return self._times_yearly(rows("partner_gw"), "price_partner") / self.n
        if name == "partner_net":
            received, reverse = rows("partner_received"), rows("reverse_revenue_share")
            return received + rows("partner_cloud_revenue") - reverse
        if name == "partner_royalties":
            return rows("partner_received") - rows("reverse_revenue_share")
        if name == "partner_cloud_margin":
            return self._times_yearly(rows("partner_cloud_revenue"), "partner_cloud_margin")
        if name == "partner_value":
            return rows("partner_royalties") + rows("partner_cloud_margin")
        if name == "partner_equity_value":
            return self._equity_value()
        assert name == "discount_factor"
        rate = self.yearly["discount_rate"][0]
        steps = -(np.arange(self.plan.grid.count) + 1.0) / self.n
        discount: FloatArray = (1.0 + rate[None, :]) ** steps[:, None]
        return discount

    @property
    def ended(self) -> BoolArray:
        """Per period and draw (rows), whether the AGI determination is effective."""
        if self._ended is None:
            count = self.plan.grid.count
            self._ended = np.arange(count)[:, None] >= self.loop.effective[None, :]
        return self._ended

    def in_force(self, cid: str) -> BoolArray:
        """Whether clause `cid` is in force, per draw and period (the AGI end applied)."""
        plan = self.plan
        if plan.endable[cid].any():
            mask: BoolArray = plan.in_dates[cid][None, :] & ~(
                self.loop.ended & plan.endable[cid][None, :]
            )
            return mask
        return np.broadcast_to(plan.in_dates[cid], (self.draws, plan.grid.count))

    def _allocation(self, name: str, since: int = 0) -> FloatArray:
        """An allocation field per period from `since` on, after the AGI end where effective."""
        segments = self.segments
        group = segments.group[since:]
        mine: FloatArray = getattr(segments.before, name)[group]
        if not self.plan.can_end or segments.same(name):
            return mine
        theirs = getattr(segments.after, name)[group]
        ended = self.ended
        if since:
            periods = np.arange(since, self.plan.grid.count)
            ended = periods[:, None] >= self.loop.effective[None, :]
        merged: FloatArray = np.where(ended, theirs, mine)
        return merged

    def _equity_value(self) -> FloatArray:
        return spread(self._equity_share().T * self.yearly["lab_valuation"], self.n)

    def _equity_share(self) -> FloatArray:
        """The partner's equity share at each year's end, shape (draws, years)."""
        ids = [c.id for _, c in self.plan.chain.clauses_of(EquityStake)]
        in_force = {cid: self.in_force(cid) for cid in ids}
        return self.plan.equity_share_at_year_ends(in_force, self.draws, self.loop.params)
