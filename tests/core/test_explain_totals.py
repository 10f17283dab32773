"""Explain a total over the horizon, and a year's revenue or compute, from hand-worked values."""

from __future__ import annotations

import pytest

from core.explain import ExplainError, explain
from core.explain_totals import explain_total
from tests.core.builders import clause, contract, run


def capped_share():
    return contract(clause("revenue_share", "share", rate=0.2, cap_total=38.0))


def test_a_capped_total_adds_up_by_year_and_names_where_the_cap_cut():
    # $100B a year, quarterly: 20 % of $25B = $5B a quarter until $38B is paid: seven full
    # quarters ($35B) and $3B in 2026Q4; nothing in 2027.
    result = run(capped_share(), frequency="Q")
    explanation = explain_total(result, "revenue_share_total")
    assert explanation.value == pytest.approx(38.0)
    assert explanation.headline == "Revenue share paid to Partner, 2025–2027: $38.0B"
    texts = [step.text for step in explanation.steps]
    assert texts[0] == "by year: 2025 $20.0B, 2026 $18.0B, 2027 $0.0B"
    assert texts[1] == (
        "Revenue share: the cap of $38.0B (2025-01 version) was reached in 2026Q4; "
        "nothing more was paid after it"
    )
    assert explanation.steps[1].clause_id == "share"


def test_a_discounted_total_gives_the_undiscounted_one_too():
    # Annual, $20B a year for three years, 10 % discount: the key figure is the NPV.
    result = run(contract(clause("revenue_share", "share", rate=0.2)))
    explanation = explain_total(result, "revenue_share_npv")
    assert explanation.value == pytest.approx(result.key_figures["revenue_share_npv"])
    texts = [step.text for step in explanation.steps]
    assert "undiscounted: $60.0B" in texts
    assert "Revenue share: no cap in the 2025-01 version" in texts


def test_an_unknown_total_is_refused():
    with pytest.raises(ExplainError, match="as a total"):
        explain_total(run(capped_share()), "first_profitable_year")


def test_revenue_is_explained_from_its_base_and_growth_path():
    # $100B in 2025, +50 % in 2026, +10 % in 2027: 100, 150, 165.
    result = run(capped_share(), revenue_growth={2026: 0.5, 2027: 0.1})
    explanation = explain(result, "revenue", "2027")
    assert explanation.value == pytest.approx(165.0)
    assert explanation.headline == "2027 revenue $165.0B"
    texts = [step.text for step in explanation.steps]
    assert texts[1] == "growth over the year before: 2026 +50%, 2027 +10%"
    assert texts[2] == "so revenue by year: 2025 $100.0B, 2026 $150.0B, 2027 $165.0B"
    assert texts[3] == "of which from the API: 50.0% = $82.5B"


def test_compute_is_explained_from_demand_and_where_it_runs():
    # 1 GW growing 100 % in 2026: 2 GW in 2026, all on the partner cloud (capacity 10 GW).
    result = run(capped_share(), compute_growth={2026: 1.0, 2027: 0.0})
    explanation = explain(result, "demand_gw", "2026")
    assert explanation.value == pytest.approx(2.0)
    texts = [step.text for step in explanation.steps]
    assert texts[2] == "so demand by year: 2025 1.00 GW, 2026 2.00 GW"
    assert texts[3].startswith("in 2026: 0.00 GW on own capacity, 2.00 GW on Cloud")
