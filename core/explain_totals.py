"""Explain what a click asked about: a total over the horizon, a year's revenue or compute.

`explain_total` answers a card such as "Revenue share paid to Microsoft, 2025–2035": how the
total adds up by contract version and by year, and where a cap cut it. `explain_revenue` and
`explain_compute` answer a click on those curves: the year's value, its inputs and the path
that led there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from core.assumptions import value_in_year
from core.clausetext import version_label
from core.contract import Contract, ProfitShare, RevenueShare
from core.explain import ExplainError, Explanation, Step
from core.keyfigures import KEY_FIGURES_BY_NAME
from core.present.format import gigawatts, money, percent
from core.present.labels import figure_label
from core.projection import Projection

CAP_TOLERANCE = 1e-9


@dataclass(frozen=True, slots=True)
class Total:
    """A key figure that sums a period column over the horizon, discounted or not."""

    column: str
    words: str
    discounted: bool = False


TOTALS: dict[str, Total] = {
    "revenue_share_total": Total("revenue_share", "revenue share paid"),
    "revenue_share_npv": Total("revenue_share", "revenue share paid, discounted", True),
    "profit_share_total": Total("profit_share", "profit share paid"),
    "partner_net_total": Total("partner_net", "partner gross inflows"),
    "partner_net_npv": Total("partner_net", "partner gross inflows, discounted", True),
    "partner_cloud_revenue_total": Total("partner_cloud_revenue", "partner cloud revenue"),
    "partner_royalties_total": Total("partner_royalties", "partner royalties"),
    "partner_cloud_margin_total": Total("partner_cloud_margin", "partner cloud margin"),
    "partner_value_npv": Total("partner_value", "value to the partner, discounted", True),
}
"""The key figures `explain_total` explains, by name."""


def explain_total(projection: Projection, name: str) -> Explanation:
    """Explain key figure `name` (a key of TOTALS) as the sum over the projection's horizon."""
    total = TOTALS.get(name)
    if total is None or total.column not in projection.table:
        raise ExplainError(f"cannot explain {name!r} as a total")
    table = projection.table
    values = table[total.column].to_numpy(dtype=np.float64)
    weights = (
        table["discount_factor"].to_numpy(dtype=np.float64)
        if total.discounted
        else np.ones(len(values))
    )
    value = float((values * weights).sum())
    grid = projection.grid
    span = f"{grid.start_year}–{grid.start_year + len(grid.years) - 1}"
    headline = f"{_label(projection, name, total)}, {span}: {money(value)}"
    steps = [*_by_version(projection, values * weights), *_by_year(projection, values * weights)]
    if total.discounted:
        steps.append(Step(f"undiscounted: {money(float(values.sum()))}"))
        rate = value_in_year(projection.assumptions["discount_rate"], projection.grid.start_year)
        steps.append(Step(f"each period discounted at {percent(rate)} a year to the start"))
    kinds = _KINDS.get(total.column, ())
    if kinds:
        steps.extend(_cap_steps(projection, kinds))
    return Explanation(name, span, value, headline, tuple(steps))


_KINDS: dict[str, tuple[type, ...]] = {
    "revenue_share": (RevenueShare,),
    "profit_share": (ProfitShare,),
    "partner_royalties": (RevenueShare, ProfitShare),
    "partner_value": (RevenueShare, ProfitShare),
}
"""The clauses whose caps and ends shape each total."""


def _label(projection: Projection, name: str, total: Total) -> str:
    figure = KEY_FIGURES_BY_NAME.get(name)
    if figure is None:
        return total.words.capitalize()
    label = figure_label(figure, projection.contract)
    return label.removesuffix(", NPV") + (", NPV" if total.discounted else "")


def _by_version(projection: Projection, values: np.ndarray) -> list[Step]:
    """One step per contract version applied, when more than one was (dated history)."""
    if "contract" not in projection.table:
        return []
    ids = projection.table["contract"].astype(str).to_numpy()
    if len(set(ids)) < 2:
        return []
    labels = projection.grid.labels
    steps: list[Step] = []
    versions = {c.id: c for c in projection.chain.versions}
    start = 0
    for index in range(1, len(ids) + 1):
        if index == len(ids) or ids[index] != ids[start]:
            contract = versions.get(ids[start])
            name = version_label(contract) if contract is not None else ids[start]
            amount = money(float(values[start:index].sum()))
            steps.append(Step(f"under the {name} ({labels[start]}–{labels[index - 1]}): {amount}"))
            start = index
    return steps


def _by_year(projection: Projection, values: np.ndarray) -> list[Step]:
    years = projection.table["year"].to_numpy()
    parts = [
        f"{int(year)} {money(float(values[years == year].sum()))}" for year in np.unique(years)
    ]
    return [Step("by year: " + ", ".join(parts))]


def _cap_steps(projection: Projection, kinds: tuple[type, ...]) -> list[Step]:
    """Where each revenue or profit share of `kinds` reached its cap, or when it stopped."""
    steps: list[Step] = []
    labels = projection.grid.labels
    for contract in _contracts(projection):
        version = version_label(contract)
        for clause in contract.clauses:
            column = f"payment:{clause.id}"
            if not isinstance(clause, kinds) or column not in projection.table:
                continue
            paid = projection.table[column].to_numpy(dtype=np.float64)
            cumulative = np.cumsum(paid)
            cap = _cap_of(clause)
            reached = np.flatnonzero(cumulative >= (cap or 0.0) - CAP_TOLERANCE)
            if cap is not None and len(reached):
                text = (
                    f"{clause.title}: the cap of {money(cap)} ({version}) was reached in "
                    f"{labels[int(reached[0])]}; nothing more was paid after it"
                )
            elif cap is not None:
                so_far = money(float(cumulative[-1]))
                text = f"{clause.title}: {so_far} paid, under its cap of {money(cap)} ({version})"
            else:
                text = f"{clause.title}: no cap in the {version}"
                paying = np.flatnonzero(np.abs(paid) > CAP_TOLERANCE)
                if len(paying) and int(paying[-1]) < len(paid) - 1:
                    end = f" (ends {clause.end})" if clause.end else ""
                    text += f"; last paid in {labels[int(paying[-1])]}{end}"
            steps.append(Step(text, clause.id))
    return steps


def _contracts(projection: Projection) -> list[Contract]:
    if "contract" not in projection.table:
        return [projection.contract]
    used = set(projection.table["contract"].astype(str))
    return [c for c in projection.chain.versions if c.id in used] or [projection.contract]


def _cap_of(clause: object) -> float | None:
    """A revenue share's cap, or the closed last tier of a profit-share ladder."""
    if isinstance(clause, RevenueShare):
        return clause.cap_total
    if isinstance(clause, ProfitShare):
        return clause.tiers[-1].until_total
    return None


def _year_of(projection: Projection, period: str) -> int:
    try:
        t = projection.grid.index_of(period)
    except KeyError:
        first, last = projection.grid.labels[0], projection.grid.labels[-1]
        raise ExplainError(f"no period {period!r}; periods run {first} to {last}") from None
    return int(projection.table["year"].iloc[t])


def _path_steps(projection: Projection, name: str, year: int, words: str) -> Step:
    """The growth path from the first year to `year`, as ``2026 +130 %, 2027 +107 %``."""
    start = projection.grid.start_year
    parts = [
        f"{y} {_signed(value_in_year(projection.assumptions[name], y))}"
        for y in range(start + 1, year + 1)
    ]
    return Step(f"{words}: " + (", ".join(parts) if parts else "none yet (the first year)"))


def _yearly(by_year: pd.Series, last: int, show: Callable[[float], str]) -> str:
    """``2025 $13.1B, 2026 $30.1B`` up to year `last`."""
    years = by_year.index.to_numpy(dtype=np.int64)
    values = by_year.to_numpy(dtype=np.float64)
    return ", ".join(
        f"{y} {show(float(v))}" for y, v in zip(years, values, strict=True) if y <= last
    )


def _signed(fraction: float) -> str:
    return ("+" if fraction > 0 else "") + percent(fraction, 0)


def explain_revenue(projection: Projection, period: str) -> Explanation:
    """The lab's revenue in `period`'s year: the first year's level grown year by year."""
    year = _year_of(projection, period)
    table = projection.table
    by_year = table.groupby("year")["revenue"].sum()
    value = float(by_year.loc[year])
    base = value_in_year(projection.assumptions["revenue_base"], year)
    api = value_in_year(projection.assumptions["api_revenue_share"], year)
    start = projection.grid.start_year
    steps = [
        Step(f"revenue in {start}: {money(base)} (assumption revenue in the first year)"),
        _path_steps(projection, "revenue_growth", year, "growth over the year before"),
        Step("so revenue by year: " + _yearly(by_year, year, money)),
        Step(f"of which from the API: {percent(api)} = {money(value * api)}"),
        Step(f"spread evenly over the year's {projection.grid.n} periods"),
    ]
    headline = f"{year} revenue {money(value)}"
    return Explanation("revenue", period, value, headline, tuple(steps))


def explain_compute(projection: Projection, period: str) -> Explanation:
    """The compute used in `period`: demand grown from the first year, and where it runs."""
    year = _year_of(projection, period)
    t = projection.grid.index_of(period)
    row = projection.table.iloc[t]
    demand = float(row["demand_gw"])
    base = value_in_year(projection.assumptions["compute_base_gw"], year)
    start = projection.grid.start_year
    by_year = projection.table.groupby("year")["demand_gw"].mean()
    cloud = projection.contract.parties.partner_cloud
    steps = [
        Step(f"compute demand in {start}: {gigawatts(base)} (assumption)"),
        _path_steps(projection, "compute_growth", year, "growth over the year before"),
        Step("so demand by year: " + _yearly(by_year, year, gigawatts)),
        Step(
            f"in {period}: {gigawatts(float(row['own_used_gw']))} on own capacity, "
            f"{gigawatts(float(row['partner_gw']))} on {cloud}, "
            f"{gigawatts(float(row['others_gw']))} on other clouds"
        ),
        Step(f"costing {money(float(row['compute_cost']))} in the period"),
    ]
    headline = f"{period} compute {gigawatts(demand)}"
    return Explanation("demand_gw", period, demand, headline, tuple(steps))
