"""Which clause applies in which period, for a chain of contract versions (model.md 3, 9).

The plan is what the engine needs to know of the contract before it sees any numbers: per
period, the version that applies, the paying clauses within their dates, the AGI clause to
test, and which clause ids an effective AGI determination ends.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.allocation import Flags, flags_of
from core.chain import Chain
from core.contract import (
    AgiClause,
    Clause,
    EquityStake,
    ProfitShare,
    RevenueShare,
    ReverseRevenueShare,
)
from core.inputs import FloatArray
from core.kinds import kind_of, kinds_with
from core.params import Params
from core.timegrid import BoolArray, IntArray, TimeGrid


@dataclass(frozen=True, slots=True)
class Step:
    """The clauses at work in one period: each with whether the AGI clause can end it."""

    version: int
    revenue_shares: tuple[tuple[RevenueShare, bool], ...]
    reverse_shares: tuple[tuple[ReverseRevenueShare, bool], ...]
    profit_shares: tuple[tuple[ProfitShare, bool], ...]
    agi: AgiClause | None
    agi_in_dates: bool


@dataclass(frozen=True, eq=False)
class Plan:
    """The chain laid over the grid.

    `in_dates[cid]` is true in the periods where the version that applies has a clause
    `cid` whose dates overlap the period; `endable[cid]` is true where that version's AGI
    clause names `cid` in its `ends`.
    """

    chain: Chain
    grid: TimeGrid
    applies: IntArray
    steps: tuple[Step, ...]
    in_dates: dict[str, BoolArray]
    endable: dict[str, BoolArray]
    flags_before: Flags
    flags_after: Flags
    paying_ids: tuple[str, ...]
    capped_ids: tuple[str, ...]

    @property
    def can_end(self) -> bool:
        """Whether any version's AGI clause ends anything."""
        return any(mask.any() for mask in self.endable.values())

    @classmethod
    def build(cls, chain: Chain, grid: TimeGrid) -> Plan:
        """Lay `chain` over `grid`."""
        applies = chain.applies(grid)
        uses = [applies == v for v in range(len(chain.versions))]
        masks = [
            {c.id: grid.overlaps(c.start, c.end) & uses[v] for c in version.clauses}
            for v, version in enumerate(chain.versions)
        ]
        ends = [frozenset(a.ends) if a else frozenset() for a in chain.agi_clauses()]
        count = grid.count
        in_dates: dict[str, BoolArray] = {}
        endable: dict[str, BoolArray] = {}
        for cid in chain.clause_ids():
            in_dates[cid] = np.zeros(count, dtype=np.bool_)
            endable[cid] = np.zeros(count, dtype=np.bool_)
        for v, version in enumerate(chain.versions):
            for clause in version.clauses:
                in_dates[clause.id] |= masks[v][clause.id]
                if clause.id in ends[v]:
                    endable[clause.id] |= uses[v]
        before = _combine(
            [
                flags_of(version.clauses, masks[v], (), count)
                for v, version in enumerate(chain.versions)
            ]
        )
        after = _combine(
            [
                flags_of(version.clauses, masks[v], ends[v], count)
                for v, version in enumerate(chain.versions)
            ]
        )
        steps = _steps(chain, masks, ends, applies)
        paying = [c.id for kind in kinds_with("payment") for c in _all_clauses(chain, kind)]
        capped = [c.id for _, c in chain.clauses_of(RevenueShare) if c.cap_total is not None]
        return cls(
            chain=chain,
            grid=grid,
            applies=applies,
            steps=steps,
            in_dates=in_dates,
            endable=endable,
            flags_before=before,
            flags_after=after,
            paying_ids=tuple(dict.fromkeys(paying)),
            capped_ids=tuple(dict.fromkeys(capped)),
        )

    def equity_share_at_year_ends(
        self, in_force: dict[str, BoolArray], draws: int, params: Params
    ) -> FloatArray:
        """Sum of the equity stakes in force at each year's last period, shape (draws, years)."""
        grid = self.grid
        share = np.zeros((draws, grid.year_count))
        year_end = np.flatnonzero(grid.is_year_end)
        versions_at = self.applies[year_end]
        for v, clause in self.chain.clauses_of(EquityStake):
            years = np.flatnonzero(versions_at == v)
            if years.size:
                held = in_force[clause.id][:, year_end[years]]
                stake = np.asarray(params.of(clause, "share"), dtype=np.float64)
                share[:, years] += (stake[:, None] if stake.ndim else stake) * held
        return share


def _all_clauses(chain: Chain, kind: str) -> list[Clause]:
    """Every clause of `kind` in any version; a kind missing from the registry is a KeyError."""
    return [c for v in chain.versions for c in v.clauses if kind_of(c.kind).name == kind]


def _combine(per_version: list[Flags]) -> Flags:
    """Each version's flags hold only in its own periods (its masks say so): OR them."""
    if len(per_version) == 1:
        return per_version[0]
    stacked = np.stack([flags.stacked() for flags in per_version]).any(axis=0)
    return Flags(*stacked)


def _steps(
    chain: Chain,
    masks: list[dict[str, BoolArray]],
    ends: list[frozenset[str]],
    applies: IntArray,
) -> tuple[Step, ...]:
    """One step per period; periods with the same version and live clauses share one."""
    count = len(applies)
    live_rows = [
        np.array([masks[v][c.id] for c in version.clauses], dtype=np.bool_).reshape(
            len(version.clauses), count
        )
        for v, version in enumerate(chain.versions)
    ]
    made: dict[tuple[int, bytes], Step] = {}
    steps = []
    for t, v in enumerate(applies.tolist()):
        live = live_rows[v][:, t]
        key = (v, live.tobytes())
        step = made.get(key)
        if step is None:
            step = made[key] = _step(chain, ends, v, live)
        steps.append(step)
    return tuple(steps)


def _step(chain: Chain, ends: list[frozenset[str]], v: int, live_mask: BoolArray) -> Step:
    version = chain.versions[v]
    live = [c for c, on in zip(version.clauses, live_mask.tolist(), strict=True) if on]
    agi = version.agi_clause
    return Step(
        version=v,
        revenue_shares=tuple((c, c.id in ends[v]) for c in live if isinstance(c, RevenueShare)),
        reverse_shares=tuple(
            (c, c.id in ends[v]) for c in live if isinstance(c, ReverseRevenueShare)
        ),
        profit_shares=tuple((c, c.id in ends[v]) for c in live if isinstance(c, ProfitShare)),
        agi=agi,
        agi_in_dates=agi is not None and any(c is agi for c in live),
    )
