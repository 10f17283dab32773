"""Clauses in plain words: kind names, parameters with units, and what each one drives."""

from __future__ import annotations

import datetime as dt
from typing import Any

from core.contract import Clause, Contract, Parties
from core.present.format import money, percent
from core.present.i18n import _, ngettext

KIND_LABELS: dict[str, str] = {
    "revenue_share": "Revenue share",
    "reverse_revenue_share": "Reverse revenue share",
    "profit_share": "Profit share",
    "equity_stake": "Equity stake",
    "exclusivity": "Exclusivity",
    "right_of_first_refusal": "Right of first refusal",
    "capacity_build_permission": "Capacity build permission",
    "ip_license": "IP licence",
    "spend_commitment": "Spend commitment",
    "agi_clause": "AGI clause",
    "informational": "Informational",
}

KIND_GROUPS: dict[str, str] = {
    "revenue_share": "Payments",
    "reverse_revenue_share": "Payments",
    "profit_share": "Payments",
    "equity_stake": "Payments",
    "exclusivity": "Exclusivity and IP",
    "right_of_first_refusal": "Compute",
    "capacity_build_permission": "Compute",
    "ip_license": "Exclusivity and IP",
    "spend_commitment": "Commitments",
    "agi_clause": "AGI",
    "informational": "Other terms",
}
"""Timeline lane group of each clause kind, in display order of first appearance."""

GROUP_ORDER = ("Payments", "Compute", "Exclusivity and IP", "AGI", "Commitments", "Other terms")

DRIVES: dict[str, tuple[str, ...]] = {
    "revenue_share": (
        "revenue_share_total",
        "revenue_share_npv",
        "revenue_share_cap_reached_period",
        "partner_value_npv",
        "lab_cumulative_profit_final",
    ),
    "reverse_revenue_share": ("partner_value_npv", "lab_cumulative_profit_final"),
    "profit_share": ("profit_share_total", "partner_value_npv"),
    "equity_stake": ("partner_equity_value_final",),
    "exclusivity": (
        "partner_cloud_revenue_total",
        "partner_share_of_compute_final",
        "api_shortfall_max_gw",
        "partner_value_npv",
    ),
    "right_of_first_refusal": (
        "partner_cloud_revenue_total",
        "partner_share_of_compute_final",
        "partner_value_npv",
    ),
    "capacity_build_permission": (
        "partner_cloud_revenue_total",
        "partner_share_of_compute_final",
        "lab_cumulative_profit_final",
    ),
    "ip_license": (),
    "spend_commitment": ("partner_commitment_shortfall",),
    "agi_clause": ("agi_determination_period", "agi_effective_period"),
    "informational": (),
}
"""Key figures each clause kind can change (product_integration exclusivity changes none)."""


def version_label(contract: Contract) -> str:
    """Short name of a contract version, e.g. ``2025-01 version``."""
    return _("{month} version").format(month=f"{contract.effective:%Y-%m}")


def describe_dates(start: dt.date | None, end: dt.date | None) -> str:
    """Dates in words: ``2019-07-22 to 2030-12-31``, ``from 2025-10-28``, ``open-ended``."""
    if start and end:
        return _("{start} to {end}").format(start=start, end=end)
    if start:
        return _("from {start}, open-ended").format(start=start)
    if end:
        return _("until {end}").format(end=end)
    return _("open-ended")


def describe_parameters(clause: Clause, parties: Parties) -> list[tuple[str, str]]:
    """The clause's own parameters as (label, plain words with units), in the current language.

    The messages are those of the clause-kind registry, so that their translations carry over.
    """
    names = {"lab": parties.lab, "partner": parties.partner, "cloud": parties.partner_cloud}
    kind = clause.kind
    p: dict[str, Any] = clause.model_dump()
    if kind == "revenue_share":
        cap = (
            _("no cap")
            if p["cap_total"] is None
            else _("{cap_total} in total").format(cap_total=money(p["cap_total"]))
        )
        rate = _("{rate} of {lab}'s revenue, paid to {partner}")
        return [(_("Rate"), rate.format(rate=percent(p["rate"]), **names)), (_("Cap"), cap)]
    if kind == "reverse_revenue_share":
        rate = _("{rate} of {partner}'s revenue from {lab} models")
        return [(_("Rate"), rate.format(rate=percent(p["rate"]), **names))]
    if kind == "profit_share":
        return [(_("Tier {n}").format(n=i), _tier(t)) for i, t in enumerate(p["tiers"], start=1)]
    if kind == "equity_stake":
        share = _("{share} of {lab}'s equity held by {partner}")
        return [(_("Share"), share.format(share=percent(p["share"]), **names))]
    if kind == "exclusivity":
        subjects = {
            "compute": _("all compute outside {lab}'s own capacity runs on {cloud}"),
            "api_distribution": _("{lab}'s API runs on {cloud} only"),
            "product_integration": _("only {partner} may build {lab}'s models into its products"),
        }
        return [(_("Subject"), subjects[p["subject"]].format(**names))]
    if kind == "right_of_first_refusal":
        return [(_("Effect"), _("new compute is offered to {cloud} first").format(**names))]
    if kind == "capacity_build_permission":
        purpose = (
            _("research and training only") if p["purpose"] == "training" else _("any purpose")
        )
        own = _("{lab} may use capacity it builds for {purpose}")
        return [(_("Own capacity"), own.format(purpose=purpose, **names))]
    if kind == "ip_license":
        exclusive = _("exclusive") if p["exclusive"] else _("non-exclusive")
        subject = {"models": _("models"), "research": _("research")}.get(
            p["subject"], p["subject"]
        )
        licence = _("{exclusive} licence to {lab}'s {subject}")
        return [(_("Licence"), licence.format(exclusive=exclusive, subject=subject, **names))]
    if kind == "spend_commitment":
        amount = _("{amount} of {cloud} spend over the window")
        return [(_("Amount"), amount.format(amount=money(p["amount"]), **names))]
    if kind == "agi_clause":
        return _agi_parameters(p)
    return []


def _tier(tier: dict[str, Any]) -> str:
    if tier["until_total"] is None:
        return _("{rate} of positive profit with no limit").format(rate=percent(tier["rate"]))
    return _("{rate} of positive profit until {until_total} taken").format(
        rate=percent(tier["rate"]), until_total=money(tier["until_total"])
    )


def _agi_parameters(p: dict[str, Any]) -> list[tuple[str, str]]:
    measures = {
        "annual": _("one calendar year's profit"),
        "ttm": _("profit over the trailing twelve months"),
        "cumulative": _("cumulative profit since inception"),
    }
    lag = p["verification_lag_quarters"]
    ends = ", ".join(p["ends"]) or _("nothing")
    test = _("{measure} reaches {threshold}")
    return [
        (_("Test"), test.format(measure=measures[p["measure"]], threshold=money(p["threshold"]))),
        (_("Verification lag"), ngettext("{n} quarter", "{n} quarters", lag).format(n=lag)),
        (_("Ends"), ends),
    ]
