"""Fixtures: a small contract with every economic clause, and a two-scenario workspace."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from core.contract import Contract
from core.files import load_workspace
from core.resources import default_workspace_path
from core.workspace import Workspace
from tests.core.builders import agi_clause, clause
from tests.core.builders import contract as contract_of

GENERATED = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)


def _clause(kind: str, clause_id: str, **params: Any) -> dict[str, Any]:
    params.setdefault("confidence", "reported")
    title = clause_id.replace("-", " ").capitalize()
    return clause(kind, clause_id, title=title, sources=["press"], **params)


def small_contract() -> Contract:
    """Lab and Partner (cloud Cloud), with accents in the names to test the font."""
    return contract_of(
        _clause(
            "revenue_share",
            "revenue-share",
            rate=0.2,
            cap_total=30.0,
            start="2019-01-01",
            end="2030-12-31",
        ),
        _clause(
            "profit_share",
            "profit-share",
            tiers=[{"rate": 0.5, "until_total": 20}, {"rate": 0.2, "until_total": None}],
            confidence="assumed",
        ),
        _clause("equity_stake", "equity", share=0.27, start="2025-10-28", confidence="official"),
        _clause("exclusivity", "api-exclusivity", subject="api_distribution", end="2032-12-31"),
        agi_clause("profit-share", threshold=100.0) | {"title": "Agi", "sources": ["press"]},
        events=[
            {"date": "2024-06-11", "title": "Extra capacity ≥ 1 GW", "sources": ["blog"]},
            {"date": "2025-01-21", "title": "Revision", "sources": ["press"]},
        ],
        id="small-deal",
        title="Small deal, test version",
        parties={"lab": "Labé", "partner": "Partnér", "partner_cloud": "Cloüd"},
        sources=[
            {
                "id": "press",
                "title": "Press & report",
                "publisher": "Daily",
                "url": "https://example.org/a",
                "date": "2025-01-02",
            },
            {"id": "blog", "title": "Official blog", "url": "https://example.org/b"},
        ],
    )


def small_workspace(contract: Contract, first: str = "Base", second: str = "Bull") -> Workspace:
    """Two scenarios; the second grows faster so that its AGI test is met."""
    return Workspace.model_validate(
        {
            "contract": contract.model_dump(mode="json"),
            "scenarios": [
                {"name": first, "notes": "Line one\nLine <two> & more"},
                {
                    "name": second,
                    "assumptions": {
                        "revenue_growth": {"2026": 1.6, "2029": 0.6},
                        "discount_rate": 0.08,
                    },
                },
            ],
        }
    )


@pytest.fixture(scope="session")
def contract() -> Contract:
    return small_contract()


@pytest.fixture(scope="session")
def workspace(contract: Contract) -> Workspace:
    return small_workspace(contract)


@pytest.fixture(scope="session")
def default_loaded() -> Any:
    return load_workspace(default_workspace_path())
