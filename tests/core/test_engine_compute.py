"""Compute allocation (model.md section 4) and the spend commitment, by hand.

Flat assumptions: demand 1 GW, half of it training, API half of revenue, prices
$10B (partner cloud), $20B (others), $5B (own) per GW-year.
"""

from __future__ import annotations

import pytest

from tests.core.builders import clause, contract, run


def first(result, column):
    return result.table[column].iloc[0]


def test_without_clauses_the_lab_places_its_chosen_share_on_the_partner_cloud():
    result = run(contract(), partner_share_without_rofr=0.3)
    assert first(result, "partner_gw") == pytest.approx(0.3)
    assert first(result, "others_gw") == pytest.approx(0.7)
    assert first(result, "own_used_gw") == 0.0
    # 0.3 x 10 + 0.7 x 20 = 17 a year.
    assert first(result, "compute_cost") == pytest.approx(17.0)
    assert first(result, "shortfall_gw") == 0.0


def test_compute_exclusivity_puts_all_on_the_partner_cloud_up_to_its_capacity():
    exclusive = clause("exclusivity", subject="compute")
    result = run(contract(exclusive), partner_capacity_gw=0.6, partner_share_without_rofr=0.0)
    assert first(result, "partner_gw") == pytest.approx(0.6)
    assert first(result, "others_gw") == pytest.approx(0.4)
    assert first(result, "shortfall_gw") == pytest.approx(0.4)
    assert result.key_figures["api_shortfall_max_gw"] == pytest.approx(0.4)


def test_right_of_first_refusal_gives_the_partner_its_take_rate():
    result = run(contract(clause("right_of_first_refusal")), rofr_take_rate=0.6)
    assert first(result, "partner_gw") == pytest.approx(0.6)
    assert first(result, "others_gw") == pytest.approx(0.4)
    assert result.key_figures["partner_share_of_compute_final"] == pytest.approx(0.6)


def test_api_exclusivity_reports_the_api_inference_the_partner_cloud_cannot_hold():
    api = clause("exclusivity", subject="api_distribution")
    covered = run(contract(api), partner_share_without_rofr=0.3)
    # API inference = 1 GW x (1 - 0.5) x 0.5 = 0.25 GW <= 0.3 GW on the partner cloud.
    assert first(covered, "api_gw") == pytest.approx(0.25)
    assert first(covered, "shortfall_gw") == 0.0
    short = run(contract(api), partner_share_without_rofr=0.3, api_revenue_share=1.0)
    # 0.5 GW of API inference, 0.3 GW on the partner cloud: 0.2 GW short.
    assert first(short, "shortfall_gw") == pytest.approx(0.2)


def test_training_permission_uses_own_capacity_for_training_only():
    permission = clause("capacity_build_permission", purpose="training")
    small = run(contract(permission), own_capacity_gw=0.3)
    assert first(small, "own_used_gw") == pytest.approx(0.3)
    large = run(contract(permission), own_capacity_gw=0.8)
    # Training needs 0.5 GW, so only 0.5 of the 0.8 GW built is used.
    assert first(large, "own_used_gw") == pytest.approx(0.5)
    assert first(large, "partner_gw") == pytest.approx(0.5)
    # 0.5 x 5 + 0.5 x 10 = 7.5 a year.
    assert first(large, "compute_cost") == pytest.approx(7.5)


def test_any_purpose_permission_lets_own_capacity_serve_all_demand():
    permission = clause("capacity_build_permission", purpose="any")
    result = run(contract(permission), own_capacity_gw=0.8)
    assert first(result, "own_used_gw") == pytest.approx(0.8)
    assert first(result, "partner_gw") == pytest.approx(0.2)


def test_without_permission_own_capacity_is_not_used():
    result = run(contract(), own_capacity_gw=0.8)
    assert first(result, "own_used_gw") == 0.0


def test_quarterly_compute_cost_is_a_quarter_of_the_year():
    result = run(contract(), frequency="Q")
    assert first(result, "compute_cost") == pytest.approx(2.5)
    assert first(result, "demand_gw") == pytest.approx(1.0)


def test_compute_demand_compounds_with_growth():
    result = run(contract(), compute_growth={2026: 1.0, 2027: 0.5})
    assert result.table["demand_gw"].tolist() == pytest.approx([1.0, 2.0, 3.0])


def test_spend_commitment_shortfall_prorates_the_window_inside_the_horizon():
    commitment = clause("spend_commitment", amount=100.0, start="2025-01-01", end="2028-12-31")
    result = run(contract(commitment))
    # 1,095 of the window's 1,461 days fall in 2025-2027; partner cloud spend is 3 x $10B.
    required = 100.0 * 1095 / 1461
    assert result.key_figures["partner_commitment_shortfall"] == pytest.approx(required - 30.0)


def test_spend_commitment_met_has_no_shortfall_and_none_without_commitment():
    commitment = clause("spend_commitment", amount=20.0, start="2025-01-01", end="2027-12-31")
    assert run(contract(commitment)).key_figures["partner_commitment_shortfall"] == 0.0
    assert run(contract()).key_figures["partner_commitment_shortfall"] is None
