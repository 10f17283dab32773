"""Compute allocation of model.md section 4: own, partner cloud and other capacity."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, fields

import numpy as np

from core.contract import (
    CapacityBuildPermission,
    Clause,
    Exclusivity,
    RightOfFirstRefusal,
)
from core.inputs import FloatArray
from core.timegrid import BoolArray, IntArray


@dataclass(frozen=True, eq=False)
class Allocation:
    """Where the lab's compute runs, per draw and period; GW except `compute_cost` ($B)."""

    demand_gw: FloatArray
    own_used_gw: FloatArray
    partner_gw: FloatArray
    others_gw: FloatArray
    api_gw: FloatArray
    shortfall_gw: FloatArray
    compute_cost: FloatArray

    def where(self, mask: BoolArray, other: Allocation) -> Allocation:
        """Take `other`'s values where `mask` is true, this one's elsewhere."""
        merged = {}
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            merged[f.name] = mine if theirs is mine else np.where(mask, theirs, mine)
        return Allocation(**merged)

    def take(
        self, index: IntArray, shared: tuple[Allocation, Allocation] | None = None
    ) -> Allocation:
        """Columns `index` of every field (segments to periods), C-ordered.

        With ``shared=(segments, periods)``, a field equal to `segments`' is not copied
        but taken from `periods`, so that `where` can skip it.
        """
        taken = {}
        for f in fields(self):
            values = getattr(self, f.name)
            if shared is not None and np.array_equal(values, getattr(shared[0], f.name)):
                taken[f.name] = getattr(shared[1], f.name)
            else:
                taken[f.name] = np.take(values, index, axis=1)
        return Allocation(**taken)

    def columns(self) -> dict[str, FloatArray]:
        """The allocation as named table columns."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True, eq=False)
class Flags:
    """Per period, which allocation rules are in force (section 4 of model.md)."""

    own_any: BoolArray
    own_training: BoolArray
    compute_exclusive: BoolArray
    api_exclusive: BoolArray
    rofr: BoolArray

    def stacked(self) -> BoolArray:
        """The five flags as rows of one array, shape (5, periods)."""
        return np.vstack([getattr(self, f.name) for f in fields(self)])

    def take(self, index: IntArray) -> Flags:
        """The flags of periods `index`."""
        return Flags(**{f.name: getattr(self, f.name)[index] for f in fields(self)})


def flags_of(
    clauses: Collection[Clause],
    date_masks: Mapping[str, BoolArray],
    ended: Collection[str],
    count: int,
) -> Flags:
    """The allocation flags that `clauses` set over their dates, leaving out `ended` ids."""

    def in_force(kind: type, **match: str) -> BoolArray:
        mask = np.zeros(count, dtype=np.bool_)
        for clause in clauses:
            if not isinstance(clause, kind) or clause.id in ended:
                continue
            if all(getattr(clause, key) == value for key, value in match.items()):
                mask |= date_masks[clause.id]
        return mask

    return Flags(
        own_any=in_force(CapacityBuildPermission, purpose="any"),
        own_training=in_force(CapacityBuildPermission, purpose="training"),
        compute_exclusive=in_force(Exclusivity, subject="compute"),
        api_exclusive=in_force(Exclusivity, subject="api_distribution"),
        rofr=in_force(RightOfFirstRefusal),
    )


def allocate(
    flags: Flags, n: int, per_period: dict[str, FloatArray], demand: FloatArray
) -> Allocation:
    """Allocate `demand` (GW, per draw and period) under the rules `flags` put in force."""
    training = per_period["training_share"]
    own_capacity = per_period["own_capacity_gw"]
    partner_capacity = per_period["partner_capacity_gw"]
    own_used = np.where(
        flags.own_any,
        np.minimum(own_capacity, demand),
        np.where(flags.own_training, np.minimum(own_capacity, demand * training), 0.0),
    )
    rest = demand - own_used
    wanted = np.where(
        flags.compute_exclusive,
        rest,
        np.where(
            flags.rofr,
            rest * per_period["rofr_take_rate"],
            rest * per_period["partner_share_without_rofr"],
        ),
    )
    partner = np.minimum(wanted, partner_capacity)
    others = rest - partner
    api = demand * (1.0 - training) * per_period["api_revenue_share"]
    shortfall = np.where(
        flags.compute_exclusive,
        np.maximum(0.0, rest - partner),
        np.where(flags.api_exclusive, np.maximum(0.0, api - partner), 0.0),
    )
    cost = (
        partner * per_period["price_partner"]
        + others * per_period["price_other"]
        + own_used * per_period["price_own"]
    ) / n
    return Allocation(demand, own_used, partner, others, api, shortfall, cost)
