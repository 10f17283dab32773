"""Clauses in plain words: kind names, parameters with units, and what each one drives."""

from __future__ import annotations

import datetime as dt
from typing import Any

from core.contract import Clause, Contract, Parties
from core.present.format import money, percent

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
    return f"{contract.effective:%Y-%m} version"


def describe_dates(start: dt.date | None, end: dt.date | None) -> str:
    """Dates in words: ``2019-07-22 to 2030-12-31``, ``from 2025-10-28``, ``open-ended``."""
    if start and end:
        return f"{start} to {end}"
    if start:
        return f"from {start}, open-ended"
    if end:
        return f"until {end}"
    return "open-ended"


def describe_parameters(clause: Clause, parties: Parties) -> list[tuple[str, str]]:
    """The clause's own parameters as (label, plain words with units)."""
    lab, partner, cloud = parties.lab, parties.partner, parties.partner_cloud
    kind = clause.kind
    p: dict[str, Any] = clause.model_dump()
    if kind == "revenue_share":
        cap = "no cap" if p["cap_total"] is None else f"{money(p['cap_total'])} in total"
        return [
            ("Rate", f"{percent(p['rate'])} of {lab}'s revenue, paid to {partner}"),
            ("Cap", cap),
        ]
    if kind == "reverse_revenue_share":
        return [("Rate", f"{percent(p['rate'])} of {partner}'s revenue from {lab} models")]
    if kind == "profit_share":
        return [(f"Tier {i}", _tier(t)) for i, t in enumerate(p["tiers"], start=1)]
    if kind == "equity_stake":
        return [("Share", f"{percent(p['share'])} of {lab}'s equity held by {partner}")]
    if kind == "exclusivity":
        subjects = {
            "compute": f"all compute outside {lab}'s own capacity runs on {cloud}",
            "api_distribution": f"{lab}'s API runs on {cloud} only",
            "product_integration": f"only {partner} may build {lab}'s models into its products",
        }
        return [("Subject", subjects[p["subject"]])]
    if kind == "right_of_first_refusal":
        return [("Effect", f"new compute is offered to {cloud} first")]
    if kind == "capacity_build_permission":
        purpose = "research and training only" if p["purpose"] == "training" else "any purpose"
        return [("Own capacity", f"{lab} may use capacity it builds for {purpose}")]
    if kind == "ip_license":
        exclusive = "exclusive" if p["exclusive"] else "non-exclusive"
        return [("Licence", f"{exclusive} licence to {lab}'s {p['subject']}")]
    if kind == "spend_commitment":
        return [("Amount", f"{money(p['amount'])} of {cloud} spend over the window")]
    if kind == "agi_clause":
        return _agi_parameters(p)
    return []


def _tier(tier: dict[str, Any]) -> str:
    until = (
        "with no limit"
        if tier["until_total"] is None
        else f"until {money(tier['until_total'])} taken"
    )
    return f"{percent(tier['rate'])} of positive profit {until}"


def _agi_parameters(p: dict[str, Any]) -> list[tuple[str, str]]:
    measures = {
        "annual": "one calendar year's profit",
        "ttm": "profit over the trailing twelve months",
        "cumulative": "cumulative profit since inception",
    }
    lag = p["verification_lag_quarters"]
    ends = ", ".join(p["ends"]) or "nothing"
    return [
        ("Test", f"{measures[p['measure']]} reaches {money(p['threshold'])}"),
        ("Verification lag", f"{lag} quarter{'s' if lag != 1 else ''}"),
        ("Ends", ends),
    ]
