"""The sentences of explanations that add up a period's figures, in the current language.

`core.explain` turns each of these lines into a step; they sit here so that it keeps to
tracing figures to clauses.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, TypeAlias

from core.contract import AgiClause
from core.present.format import money, number, percent
from core.present.i18n import _, ngettext
from core.projection import FigureValue

if TYPE_CHECKING:
    import pandas as pd

Row: TypeAlias = "pd.Series[float]"
"""One period's row of the projection table."""


def profit_steps(r: Row, period: str) -> list[str]:
    """Revenue less costs and shares, the cumulative profit and what the profit share takes."""
    return [
        _("revenue {amount}").format(amount=money(r["revenue"])),
        _("- compute cost {amount}").format(amount=money(r["compute_cost"])),
        _("- other operating cost {amount}").format(amount=money(r["opex"])),
        _("- revenue share {amount}").format(amount=money(r["revenue_share"])),
        _("+ reverse revenue share {amount}").format(amount=money(r["reverse_revenue_share"])),
        _("cumulative profit after {period}: {amount}").format(
            period=period, amount=money(r["cumulative_profit"])
        ),
        _(
            "of which the profit share distributes {shared}, leaving {retained} "
            "retained (a distribution, not a cost)"
        ).format(shared=money(r["profit_share"]), retained=money(r["retained"])),
    ]


def _received(r: Row) -> list[str]:
    return [
        _("revenue share received {amount}").format(amount=money(r["revenue_share"])),
        _("+ profit share received {amount}").format(amount=money(r["profit_share"])),
    ]


def _reverse_paid(r: Row) -> str:
    return _("- reverse revenue share paid {amount}").format(
        amount=money(r["reverse_revenue_share"])
    )


def partner_net_steps(r: Row) -> list[str]:
    """What the partner receives, its cloud revenue, less the reverse share it pays."""
    cloud = _("+ cloud revenue {amount}").format(amount=money(r["partner_cloud_revenue"]))
    return [*_received(r), cloud, _reverse_paid(r)]


def partner_value_steps(r: Row, margin: float) -> list[str]:
    """The partner's royalties, its margin on cloud revenue and the discount factor."""
    return [
        *_received(r),
        _reverse_paid(r),
        _("+ margin on cloud revenue: {revenue} x {margin} = {amount}").format(
            revenue=money(r["partner_cloud_revenue"]),
            margin=percent(margin),
            amount=money(r["partner_cloud_margin"]),
        ),
        _("discount factor {factor} for the present value").format(
            factor=number(r["discount_factor"], 4)
        ),
    ]


def agi_outcome(figures: Mapping[str, FigureValue], agi: AgiClause) -> str:
    """When the AGI test is met and takes effect, and what it ends."""
    determined, effective = figures["agi_determination_period"], figures["agi_effective_period"]
    lag = agi.verification_lag_quarters
    ends = ", ".join(agi.ends) or _("nothing")
    if determined is None:
        return _("not reached within the horizon; it would end: {ends}").format(ends=ends)
    if effective is None:
        return ngettext(
            "reached in {period}; the {lag}-quarter verification lag runs past the horizon",
            "reached in {period}; the {lag}-quarter verification lag runs past the horizon",
            lag,
        ).format(period=determined, lag=lag)
    return ngettext(
        "reached in {period}; with the {lag}-quarter verification lag, effective {effective}, "
        "ending {ends}",
        "reached in {period}; with the {lag}-quarter verification lag, effective {effective}, "
        "ending {ends}",
        lag,
    ).format(period=determined, lag=lag, effective=effective, ends=ends)


def no_clause(what: str) -> str:
    """That the contract has no clause of the payment `what` explains."""
    sentences = {
        "revenue share": _("this contract has no revenue share clause"),
        "reverse revenue share": _("this contract has no reverse revenue share clause"),
        "profit share": _("this contract has no profit share clause"),
    }
    return sentences.get(what, what)
