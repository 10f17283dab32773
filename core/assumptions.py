"""The catalogue of scenario assumptions: names, units, groups, bounds and app defaults."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

YearPath = tuple[tuple[int, float], ...]
"""A value per calendar year, sorted by year; a scalar is a path with one entry."""

Group = Literal["revenue", "costs", "compute", "prices", "partner", "finance"]
Unit = Literal["$B", "%", "GW", "$B/GW-yr"]

GROUPS: tuple[Group, ...] = ("revenue", "costs", "compute", "prices", "partner", "finance")


@dataclass(frozen=True, slots=True)
class AssumptionSpec:
    """What one assumption means and which values it allows.

    Parameters
    ----------
    name : str
        Key in workspace files and in model.md.
    label : str
        Short display name; ``{lab}``, ``{partner}`` and ``{cloud}`` are filled in.
    group : Group
        Row group in the assumptions grid.
    unit : Unit
        Display unit; ``%`` values are fractions shown times 100.
    is_path : bool
        True for year paths, False for scalars.
    lower, upper : float
        Allowed range; `lower_open` makes the lower bound exclusive.
    default : YearPath
        The app default used when a scenario leaves the assumption out.
    """

    name: str
    label: str
    group: Group
    unit: Unit
    is_path: bool
    lower: float
    upper: float
    default: YearPath
    description: str
    lower_open: bool = False

    def allowed(self) -> str:
        """Describe the allowed range in the assumption's display unit."""
        scale = 100.0 if self.unit == "%" else 1.0
        low, high = self.lower * scale, self.upper * scale
        suffix = " %" if self.unit == "%" else f" {self.unit}"
        left = ">" if self.lower_open else ">="
        return f"{left} {_num(low)} and <= {_num(high)}{suffix}"

    def problem(self, value: float) -> str | None:
        """Return why `value` is not allowed, or None when it is."""
        if not isinstance(value, int | float) or isinstance(value, bool):
            return "a number"
        if not math.isfinite(value):
            return "a finite number"
        too_low = value <= self.lower if self.lower_open else value < self.lower
        if too_low or value > self.upper:
            return self.allowed()
        return None


def _num(value: float) -> str:
    return f"{value:g}"


def _spec(
    name: str,
    label: str,
    group: Group,
    unit: Unit,
    default: Mapping[int, float] | float,
    description: str,
    bounds: tuple[float, float] = (0.0, 1e6),
    lower_open: bool = False,
) -> AssumptionSpec:
    is_path = isinstance(default, Mapping)
    path = tuple(sorted(default.items())) if isinstance(default, Mapping) else ((0, default),)
    return AssumptionSpec(
        name, label, group, unit, is_path, bounds[0], bounds[1], path, description, lower_open
    )


SHARE = (0.0, 1.0)
GROWTH = (-1.0, 10.0)

# App defaults are the Base case for a projection from 2025, the default start year: the
# bundled default workspace's Base starts in 2024 to hold the reported years and sets its
# own values from the same sources (its notes cite them); docs/model.md gives the reasoning.
SPECS: tuple[AssumptionSpec, ...] = (
    _spec(
        "revenue_base",
        "{lab} revenue in the first year",
        "revenue",
        "$B",
        13.07,
        "The lab's revenue in start_year.",
        (0.0, 1e5),
    ),
    _spec(
        "revenue_growth",
        "Revenue growth",
        "revenue",
        "%",
        {2026: 1.30, 2027: 1.07, 2028: 0.65, 2031: 0.25, 2033: 0.15, 2035: 0.10},
        "Growth of annual revenue in a year over the year before.",
        GROWTH,
        True,
    ),
    _spec(
        "api_revenue_share",
        "Share of revenue from the API",
        "revenue",
        "%",
        {2025: 0.30},
        "Drives how much inference an API exclusivity keeps on the partner cloud.",
        SHARE,
    ),
    _spec(
        "other_opex_share",
        "Other operating cost",
        "costs",
        "%",
        {2025: 0.90, 2026: 0.70, 2027: 0.55, 2028: 0.45, 2029: 0.35, 2030: 0.25},
        "Non-compute operating cost as a share of revenue.",
        SHARE,
    ),
    _spec(
        "compute_base_gw",
        "Compute in use in the first year",
        "compute",
        "GW",
        1.9,
        "Compute capacity the lab uses in start_year.",
        (0.0, 1e4),
    ),
    _spec(
        "compute_growth",
        "Compute growth",
        "compute",
        "%",
        {2026: 1.0, 2027: 0.8, 2028: 0.5, 2029: 0.35, 2030: 0.25, 2031: 0.15, 2033: 0.10},
        "Growth of compute capacity in a year over the year before.",
        GROWTH,
        True,
    ),
    _spec(
        "training_share",
        "Share of compute for research and training",
        "compute",
        "%",
        {2025: 0.60, 2028: 0.50, 2031: 0.45},
        "Share of compute used for research and training (the rest serves users).",
        SHARE,
    ),
    _spec(
        "own_capacity_gw",
        "Own capacity online (e.g. Stargate)",
        "compute",
        "GW",
        {2025: 0.2, 2026: 1.2, 2027: 3.0, 2028: 5.0, 2029: 7.0, 2030: 9.0},
        "Capacity the lab builds, or has built for it, outside the partner cloud.",
        (0.0, 1e4),
    ),
    _spec(
        "partner_capacity_gw",
        "Most capacity {cloud} can supply",
        "partner",
        "GW",
        {2025: 1.6, 2026: 2.5, 2027: 3.5, 2028: 4.5, 2029: 5.5, 2030: 6.5, 2032: 8.0},
        "The most capacity the partner cloud can supply in a year.",
        (0.0, 1e4),
    ),
    _spec(
        "rofr_take_rate",
        "Share of offered capacity {partner} takes",
        "partner",
        "%",
        {2025: 0.6},
        "Share of the capacity offered under a right of first refusal that the partner "
        "chooses to supply.",
        SHARE,
    ),
    _spec(
        "partner_share_without_rofr",
        "Share placed on {cloud} by choice",
        "partner",
        "%",
        {2025: 0.6},
        "Share the lab places on the partner cloud when no exclusivity or right of first "
        "refusal binds it.",
        SHARE,
    ),
    _spec(
        "partner_model_revenue",
        "{partner} revenue from {lab} models",
        "partner",
        "$B",
        {2025: 6.0, 2026: 9.0, 2027: 12.0, 2028: 15.0, 2030: 20.0},
        "The partner's own revenue from selling the lab's models.",
        (0.0, 1e6),
    ),
    _spec(
        "partner_cloud_margin",
        "{partner} margin on {cloud} revenue from {lab}",
        "partner",
        "%",
        {2025: 0.35},
        "The partner's gross margin on the cloud revenue it earns from the lab.",
        SHARE,
    ),
    _spec(
        "price_partner",
        "Price of {cloud} compute",
        "prices",
        "$B/GW-yr",
        {2025: 11.0, 2027: 9.0, 2029: 7.5, 2031: 6.5},
        "All-in cost of a GW-year on the partner cloud.",
        (0.0, 1e4),
    ),
    _spec(
        "price_other",
        "Price of other clouds' compute",
        "prices",
        "$B/GW-yr",
        {2025: 11.0, 2027: 9.0, 2029: 7.5, 2031: 6.5},
        "All-in cost of a GW-year from other providers.",
        (0.0, 1e4),
    ),
    _spec(
        "price_own",
        "Cost of own compute",
        "prices",
        "$B/GW-yr",
        {2025: 10.0, 2027: 8.0, 2029: 6.5, 2031: 5.5},
        "All-in cost of a GW-year of the lab's own capacity.",
        (0.0, 1e4),
    ),
    _spec(
        "profit_cumulative_at_start",
        "{lab} cumulative profit before the first year",
        "finance",
        "$B",
        -15.0,
        "The lab's cumulative profit before start_year (negative: losses).",
        (-1e6, 1e6),
    ),
    _spec(
        "lab_valuation",
        "{lab} equity value",
        "finance",
        "$B",
        {2025: 500.0, 2026: 852.0, 2027: 1000.0, 2028: 1200.0, 2030: 1500.0, 2033: 2000.0},
        "The lab's equity value in a year (for equity stakes).",
        (0.0, 1e7),
    ),
    _spec(
        "discount_rate",
        "Discount rate",
        "finance",
        "%",
        0.10,
        "Annual rate for present values.",
        SHARE,
    ),
)

SPECS_BY_NAME: dict[str, AssumptionSpec] = {spec.name: spec for spec in SPECS}
NAMES: tuple[str, ...] = tuple(SPECS_BY_NAME)


def value_in_year(path: YearPath, year: int) -> float:
    """Return the path's value in `year`: the entry at the largest listed year <= `year`.

    Before the first listed year the first value holds; a scalar is a one-entry path.
    """
    value = path[0][1]
    for listed_year, listed_value in path:
        if listed_year > year:
            break
        value = listed_value
    return value


def path_on_years(path: YearPath, years: range) -> list[float]:
    """Return the path's value in every year of `years`."""
    return [value_in_year(path, year) for year in years]
