"""Small contracts and flat assumptions whose figures are easy to work out by hand."""

from __future__ import annotations

from typing import Any

from core.assumptions import SPECS, YearPath
from core.contract import Contract
from core.projection import Projection, project
from core.workspace import Settings

FLAT: dict[str, float] = {
    "revenue_base": 100.0,
    "revenue_growth": 0.0,
    "api_revenue_share": 0.5,
    "other_opex_share": 0.0,
    "compute_base_gw": 1.0,
    "compute_growth": 0.0,
    "training_share": 0.5,
    "own_capacity_gw": 0.0,
    "partner_capacity_gw": 10.0,
    "rofr_take_rate": 1.0,
    "partner_share_without_rofr": 1.0,
    "partner_model_revenue": 0.0,
    "partner_cloud_margin": 0.5,
    "price_partner": 10.0,
    "price_other": 20.0,
    "price_own": 5.0,
    "profit_cumulative_at_start": 0.0,
    "lab_valuation": 1000.0,
    "discount_rate": 0.1,
}
assert set(FLAT) == {spec.name for spec in SPECS}


def clause(kind: str, clause_id: str | None = None, **params: Any) -> dict[str, Any]:
    """A clause dictionary with the common fields filled in."""
    return {
        "id": clause_id or kind.replace("_", "-"),
        "kind": kind,
        "title": kind.replace("_", " ").capitalize(),
        "summary": "Test clause.",
        "confidence": "assumed",
        **params,
    }


def agi_clause(*ends: str, threshold: float = 150.0, lag: int = 2) -> dict[str, Any]:
    """The AGI clause on the cumulative measure, `lag` quarters to verify, ending `ends`."""
    terms = {"measure": "cumulative", "verification_lag_quarters": lag}
    return clause("agi_clause", "agi", threshold=threshold, ends=list(ends), **terms)


def contract(
    *clauses: dict[str, Any], events: list[dict[str, Any]] | None = None, **fields: Any
) -> Contract:
    """A contract between Lab and Partner (cloud Cloud) with `clauses`; `fields` override."""
    return Contract.model_validate(
        {
            "format": "dealscope-contract/1",
            "id": "test-contract",
            "title": "Test contract",
            "parties": {"lab": "Lab", "partner": "Partner", "partner_cloud": "Cloud"},
            "effective": "2025-01-01",
            **fields,
            "clauses": list(clauses),
            "events": events or [],
        }
    )


def assumptions(**changes: float | dict[int, float]) -> dict[str, YearPath]:
    """Flat assumptions with `changes`; a dict value is a year path."""
    values: dict[str, float | dict[int, float]] = {**FLAT, **changes}
    return {
        name: tuple(sorted(v.items())) if isinstance(v, dict) else ((0, float(v)),)
        for name, v in values.items()
    }


def run(
    the_contract: Contract,
    frequency: str = "A",
    start: int = 2025,
    end: int = 2027,
    **changes: float | dict[int, float],
) -> Projection:
    """Project `the_contract` on flat assumptions with `changes`."""
    settings = Settings(start_year=start, end_year=end, frequency=frequency)  # type: ignore[arg-type]
    return project(the_contract, settings, assumptions(**changes))
