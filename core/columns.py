"""Human headers for the period table's columns, for CSV and Excel (JSON keeps the names)."""

from __future__ import annotations

from core.chain import Chain
from core.contract import Contract
from core.present.labels import fill

COLUMN_LABELS: dict[str, str] = {
    "period": "Period",
    "year": "Year",
    "contract": "Contract version",
    "revenue": "{lab} revenue ($B)",
    "opex": "{lab} operating costs ($B)",
    "demand_gw": "Compute demand (GW)",
    "own_used_gw": "Own compute used (GW)",
    "partner_gw": "{cloud} compute (GW)",
    "others_gw": "Other clouds' compute (GW)",
    "api_gw": "API compute on {cloud} (GW)",
    "shortfall_gw": "API capacity shortfall (GW)",
    "compute_cost": "Compute cost ($B)",
    "revenue_share": "Revenue share to {partner} ($B)",
    "cumulative_revenue_share": "Revenue share to {partner}, cumulative ($B)",
    "reverse_revenue_share": "Revenue share from {partner} ($B)",
    "pre_profit": "{lab} profit before profit share ($B)",
    "profit_share": "Profit share to {partner} ($B)",
    "profit": "{lab} profit before distributions ($B)",
    "retained": "{lab} profit retained ($B)",
    "cumulative_profit": "{lab} cumulative profit before distributions ($B)",
    "agi_measure": "AGI measure ($B)",
    "partner_received": "{partner} receipts from {lab} ($B)",
    "partner_cloud_revenue": "{cloud} revenue from {lab} ($B)",
    "partner_cloud_margin": "{partner} margin on {cloud} revenue ($B)",
    "partner_royalties": "{partner} royalties ($B)",
    "partner_value": "Value of the deal to {partner} ($B)",
    "partner_net": "{partner} gross inflows ($B)",
    "partner_equity_value": "{partner} equity value ($B)",
    "discount_factor": "Discount factor",
}
"""Labels by machine name; ``{lab}``, ``{partner}`` and ``{cloud}`` are the contract's parties."""


def column_label(name: str, contract: Contract | Chain) -> str:
    """The human header of period-table column `name` under `contract` (or a chain).

    ``payment:<clause id>`` columns are named after the clause, in the newest version that
    has it; a column not listed reads as its name in words, so a new engine column still
    gets a readable header.
    """
    versions = contract.versions if isinstance(contract, Chain) else (contract,)
    parties = versions[-1].parties
    if name.startswith("payment:"):
        clause_id = name.split(":", 1)[1]
        titles = {clause.id: clause.title for v in versions for clause in v.clauses}
        return f"Payment: {titles.get(clause_id, clause_id)} ($B)"
    template = COLUMN_LABELS.get(name, name.replace("_", " ").capitalize())
    return fill(template, parties)


def human_headers(names: list[str], contract: Contract | Chain) -> dict[str, str]:
    """Machine name -> human header for `names`; two columns never share a header."""
    headers: dict[str, str] = {}
    used: set[str] = set()
    for name in names:
        label = column_label(name, contract)
        if label in used:
            label = f"{label} [{name}]"
        used.add(label)
        headers[name] = label
    return headers
