"""Dated version history (model.md section 9), worked out by hand.

Flat quarterly assumptions (tests/core/builders.py): revenue 100 a year (25 a quarter),
1 GW of compute all on the partner cloud at 10 a GW-year (2.5 a quarter), no other cost.
"""

from __future__ import annotations

from typing import Any

import pytest

from core.chain import Chain
from core.contract import Contract
from core.projection import project
from core.workspace import Settings
from tests.core.builders import assumptions, clause


def version(
    contract_id: str, effective: str, *clauses: dict[str, Any], supersedes: str | None = None
) -> Contract:
    return Contract.model_validate(
        {
            "format": "dealscope-contract/1",
            "id": contract_id,
            "title": f"Version {contract_id}",
            "parties": {"lab": "Lab", "partner": "Partner", "partner_cloud": "Cloud"},
            "effective": effective,
            "supersedes": supersedes,
            "clauses": list(clauses),
        }
    )


def run_chain(*versions: Contract, frequency: str = "Q", start: int = 2024, end: int = 2025):
    settings = Settings(
        start_year=start,
        end_year=end,
        frequency=frequency,  # type: ignore[arg-type]
        versions="dated",
    )
    return project(Chain(versions), settings, assumptions())


def share(rate: float, clause_id: str = "rs", **extra: Any) -> dict[str, Any]:
    return clause("revenue_share", clause_id, rate=rate, **extra)


THREE = (
    version("a", "2024-01-01", share(0.1)),
    version("b", "2024-05-15", share(0.2), supersedes="a"),  # mid-quarter (2024Q2)
    version("c", "2025-07-01", share(0.3), supersedes="b"),  # mid-year (2025)
)


def test_each_quarter_is_projected_under_the_version_in_force_by_its_last_day():
    result = run_chain(*THREE)

    # b takes over in the quarter holding 15 May; c in the quarter holding 1 July 2025.
    assert result.table["contract"].tolist() == ["a"] + ["b"] * 5 + ["c"] * 2
    assert result.table["revenue_share"].tolist() == pytest.approx([2.5] + [5.0] * 5 + [7.5] * 2)
    assert result.key_figures["revenue_share_total"] == pytest.approx(2.5 + 25 + 15)


def test_at_annual_frequency_a_version_taking_effect_mid_year_applies_to_that_year():
    result = run_chain(*THREE, frequency="A")

    assert result.table["contract"].tolist() == ["b", "c"]
    assert result.table["revenue_share"].tolist() == pytest.approx([20.0, 30.0])


def test_periods_before_the_oldest_version_use_the_oldest():
    late = (version("a", "2025-03-01", share(0.1)), version("b", "2025-10-01", share(0.2)))
    result = run_chain(*late)

    assert result.table["contract"].tolist() == ["a"] * 7 + ["b"]


def test_a_cap_counts_payments_made_under_the_same_id_in_an_earlier_version():
    first = version("a", "2024-01-01", share(0.2))
    capped = version("b", "2024-07-01", share(0.2, cap_total=12.0), supersedes="a")
    result = run_chain(first, capped)

    # 5 a quarter: 10 paid under a in 2024Q1-Q2; b may pay 2 more, in 2024Q3.
    assert result.table["revenue_share"].tolist() == pytest.approx([5.0, 5.0, 2.0, 0, 0, 0, 0, 0])
    assert result.key_figures["revenue_share_cap_reached_period"] == "2024Q3"
    assert result.key_figures["revenue_share_total"] == pytest.approx(12.0)


def test_a_new_clause_id_starts_its_count_from_zero():
    first = version("a", "2024-01-01", share(0.2))
    capped = version("b", "2024-07-01", share(0.2, "rs-new", cap_total=12.0), supersedes="a")
    result = run_chain(first, capped)

    assert result.table["revenue_share"].tolist() == pytest.approx(
        [5.0, 5.0, 5.0, 5.0, 2.0, 0, 0, 0]
    )
    assert result.key_figures["revenue_share_cap_reached_period"] == "2025Q1"
    assert result.table["payment:rs"].sum() == pytest.approx(10.0)
    assert result.table["payment:rs-new"].sum() == pytest.approx(12.0)


def agi(threshold: float, ends: list[str], lag: int = 0) -> dict[str, Any]:
    return clause(
        "agi_clause",
        "agi",
        threshold=threshold,
        measure="cumulative",
        verification_lag_quarters=lag,
        ends=ends,
    )


def test_agi_determined_under_one_version_ends_what_a_later_version_names():
    # Profit 25 - 2.5 - 2.5 = 20 a quarter: 40 >= 30 after 2024Q2, effective 2024Q3.
    a = version("a", "2024-01-01", share(0.1), agi(30.0, ends=[]))
    b = version("b", "2024-07-01", share(0.1), supersedes="a")  # no AGI clause: ends nothing
    c = version("c", "2025-01-01", share(0.1), agi(1e6, ends=["rs"]), supersedes="b")
    result = run_chain(a, b, c, end=2026)

    assert result.key_figures["agi_determination_period"] == "2024Q2"
    assert result.key_figures["agi_effective_period"] == "2024Q3"
    assert result.table["revenue_share"].tolist() == pytest.approx([2.5] * 4 + [0.0] * 8)
    assert result.in_force["rs"].tolist() == [True] * 4 + [False] * 8


def test_the_determination_persists_under_a_version_with_a_higher_threshold():
    a = version("a", "2024-01-01", share(0.1), agi(30.0, ends=["rs"], lag=4))
    b = version("b", "2024-07-01", share(0.1), agi(1e6, ends=["rs"]), supersedes="a")
    result = run_chain(a, b)

    # Determined in 2024Q2 under a, effective 4 quarters of lag later (2025Q3), under b.
    assert result.key_figures["agi_effective_period"] == "2025Q3"
    assert result.table["revenue_share"].tolist() == pytest.approx([2.5] * 6 + [0.0] * 2)


def commitment(amount: float, start: str, end: str) -> dict[str, Any]:
    return clause("spend_commitment", f"spend-{start}", amount=amount, start=start, end=end)


def test_the_spend_commitments_reported_are_the_newest_versions_that_has_any():
    a = version("a", "2024-01-01", commitment(100.0, "2024-01-01", "2024-12-31"))
    b = version("b", "2024-06-01", commitment(50.0, "2025-01-01", "2025-12-31"), supersedes="a")
    c = version("c", "2025-03-01", share(0.1), supersedes="b")  # has none
    result = run_chain(a, b, c)

    # Only b's: 50 against 2025's partner cloud spend of 4 x 2.5 = 10.
    assert result.key_figures["partner_commitment_shortfall"] == pytest.approx(40.0)


def test_a_chain_of_one_is_the_single_contract():
    alone = version("a", "2024-01-01", share(0.2))
    settings = Settings(start_year=2024, end_year=2025, frequency="Q")
    single = project(alone, settings, assumptions())
    chained = run_chain(alone)

    assert chained.key_figures == single.key_figures
    assert single.table["contract"].tolist() == ["a"] * 8
