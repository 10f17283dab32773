"""Explain what a click asked about: a total over the horizon, a year's revenue or compute.

`explain_total` answers a card such as "Revenue share paid to Microsoft, 2025–2035": how the
total adds up by contract version and by year, and where a cap cut it. `explain_revenue` and
`explain_compute` answer a click on those curves: the year's value, its inputs and the path
that led there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from core.assumptions import value_in_year
from core.clausetext import version_label
from core.contract import Contract, ProfitShare, RevenueShare
from core.explain import ExplainError, Explanation, Step, period_index
from core.keyfigures import KEY_FIGURES_BY_NAME
from core.present.contract_text import title_of
from core.present.format import gigawatts, money, percent
from core.present.i18n import N_, _, ngettext
from core.present.labels import figure_label

if TYPE_CHECKING:
    import pandas as pd
from core.projection import Projection

CAP_TOLERANCE = 1e-9


@dataclass(frozen=True, slots=True)
class Total:
    """A key figure that sums a period column over the horizon, discounted or not."""

    column: str
    words: str
    discounted: bool = False


TOTALS: dict[str, Total] = {
    "revenue_share_total": Total("revenue_share", N_("revenue share paid")),
    "revenue_share_npv": Total("revenue_share", N_("revenue share paid, discounted"), True),
    "profit_share_total": Total("profit_share", N_("profit share paid")),
    "partner_net_total": Total("partner_net", N_("partner gross inflows")),
    "partner_net_npv": Total("partner_net", N_("partner gross inflows, discounted"), True),
    "partner_cloud_revenue_total": Total("partner_cloud_revenue", N_("partner cloud revenue")),
    "partner_royalties_total": Total("partner_royalties", N_("partner royalties")),
    "partner_cloud_margin_total": Total("partner_cloud_margin", N_("partner cloud margin")),
    "partner_value_npv": Total("partner_value", N_("value to the partner, discounted"), True),
}
"""The key figures `explain_total` explains, by name."""


def explain_total(projection: Projection, name: str) -> Explanation:
    """Explain key figure `name` (a key of TOTALS) as the sum over the projection's horizon."""
    total = TOTALS.get(name)
    if total is None or total.column not in projection.table:
        raise ExplainError(_("cannot explain {name} as a total").format(name=repr(name)))
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
    headline = _("{figure}, {span}: {value}").format(
        figure=_label(projection, name, total), span=span, value=money(value)
    )
    steps = [*_by_version(projection, values * weights), *_by_year(projection, values * weights)]
    if total.discounted:
        steps.append(Step(_("undiscounted: {value}").format(value=money(float(values.sum())))))
        rate = value_in_year(projection.assumptions["discount_rate"], projection.grid.start_year)
        text = _("each period discounted at {rate} a year to the start")
        steps.append(Step(text.format(rate=percent(rate))))
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
        words = _(total.words)
        return words[:1].upper() + words[1:]
    label = figure_label(figure, projection.contract)
    npv = _(", NPV")
    return label.removesuffix(npv) + (npv if total.discounted else "")


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
            text = _("under the {version} ({first}–{last}): {amount}").format(
                version=name, first=labels[start], last=labels[index - 1], amount=amount
            )
            steps.append(Step(text))
            start = index
    return steps


def _by_year(projection: Projection, values: np.ndarray) -> list[Step]:
    years = projection.table["year"].to_numpy()
    parts = [
        f"{int(year)} {money(float(values[years == year].sum()))}" for year in np.unique(years)
    ]
    return [Step(_("by year: {values}").format(values=", ".join(parts)))]


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
                text = _(
                    "{clause}: the cap of {cap} ({version}) was reached in {period}; nothing "
                    "more was paid after it"
                ).format(
                    clause=title_of(clause),
                    cap=money(cap),
                    version=version,
                    period=labels[int(reached[0])],
                )
            elif cap is not None:
                so_far = money(float(cumulative[-1]))
                text = _("{clause}: {paid} paid, under its cap of {cap} ({version})").format(
                    clause=title_of(clause), paid=so_far, cap=money(cap), version=version
                )
            else:
                text = _("{clause}: no cap in the {version}").format(
                    clause=title_of(clause), version=version
                )
                paying = np.flatnonzero(np.abs(paid) > CAP_TOLERANCE)
                if len(paying) and int(paying[-1]) < len(paid) - 1:
                    last = labels[int(paying[-1])]
                    if clause.end:
                        text += _("; last paid in {period} (ends {end})").format(
                            period=last, end=clause.end
                        )
                    else:
                        text += _("; last paid in {period}").format(period=last)
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
    return int(projection.table["year"].iloc[period_index(projection, period)])


def _path_steps(projection: Projection, name: str, year: int, words: str) -> Step:
    """The growth path from the first year to `year`, as ``2026 +130 %, 2027 +107 %``."""
    start = projection.grid.start_year
    parts = [
        f"{y} {_signed(value_in_year(projection.assumptions[name], y))}"
        for y in range(start + 1, year + 1)
    ]
    shown = ", ".join(parts) if parts else _("none yet (the first year)")
    return Step(_("{what}: {values}").format(what=words, values=shown))


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
        Step(
            _("revenue in {year}: {amount} (assumption revenue in the first year)").format(
                year=start, amount=money(base)
            )
        ),
        _path_steps(projection, "revenue_growth", year, _("growth over the year before")),
        Step(_("so revenue by year: {values}").format(values=_yearly(by_year, year, money))),
        Step(
            _("of which from the API: {share} = {amount}").format(
                share=percent(api), amount=money(value * api)
            )
        ),
        Step(
            ngettext(
                "spread evenly over the year's {n} period",
                "spread evenly over the year's {n} periods",
                projection.grid.n,
            ).format(n=projection.grid.n)
        ),
    ]
    headline = _("{year} revenue {amount}").format(year=year, amount=money(value))
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
        Step(
            _("compute demand in {year}: {gw} (assumption)").format(year=start, gw=gigawatts(base))
        ),
        _path_steps(projection, "compute_growth", year, _("growth over the year before")),
        Step(_("so demand by year: {values}").format(values=_yearly(by_year, year, gigawatts))),
        Step(
            _(
                "in {period}: {own} on own capacity, {partner} on {cloud}, {others} on other "
                "clouds"
            ).format(
                period=period,
                own=gigawatts(float(row["own_used_gw"])),
                partner=gigawatts(float(row["partner_gw"])),
                cloud=cloud,
                others=gigawatts(float(row["others_gw"])),
            )
        ),
        Step(_("costing {amount} in the period").format(amount=money(float(row["compute_cost"])))),
    ]
    headline = _("{period} compute {gw}").format(period=period, gw=gigawatts(demand))
    return Explanation("demand_gw", period, demand, headline, tuple(steps))
