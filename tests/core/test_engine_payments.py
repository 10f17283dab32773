"""Revenue share, reverse share, profit share and equity, checked against hand arithmetic.

Flat assumptions (tests/core/builders.py): revenue $100B a year, no growth, no other
opex, 1 GW of demand all on the partner cloud at $10B/GW-yr, so compute costs $10B a year.
"""

from __future__ import annotations

import pytest

from tests.core.builders import clause, contract, run


def test_revenue_share_pays_rate_times_revenue_each_year():
    result = run(contract(clause("revenue_share", rate=0.2)))
    # 0.2 x $100B = $20B a year, three years.
    assert result.table["revenue_share"].tolist() == pytest.approx([20.0, 20.0, 20.0])
    assert result.key_figures["revenue_share_total"] == pytest.approx(60.0)
    # Profit = 100 - 10 (compute) - 20 (share) = 70 a year.
    assert result.table["profit"].tolist() == pytest.approx([70.0, 70.0, 70.0])
    assert result.key_figures["revenue_share_cap_reached_period"] is None


def test_revenue_share_npv_discounts_each_period_at_its_end():
    result = run(contract(clause("revenue_share", rate=0.2)))
    expected = 20 / 1.1 + 20 / 1.1**2 + 20 / 1.1**3
    assert result.key_figures["revenue_share_npv"] == pytest.approx(expected)


def test_cap_reached_mid_period_cuts_the_last_payment():
    result = run(contract(clause("revenue_share", rate=0.2, cap_total=38.0)), frequency="Q")
    # $25B a quarter x 0.2 = $5B a quarter; 7 quarters pay $35B, the 8th pays the $3B left.
    payments = result.table["revenue_share"].tolist()
    assert payments[:7] == pytest.approx([5.0] * 7)
    assert payments[7] == pytest.approx(3.0)
    assert payments[8:] == pytest.approx([0.0] * 4)
    assert result.key_figures["revenue_share_total"] == 38.0
    assert result.key_figures["revenue_share_cap_reached_period"] == "2026Q4"


def test_cap_reached_exactly_at_a_period_end():
    result = run(contract(clause("revenue_share", rate=0.2, cap_total=40.0)))
    assert result.table["revenue_share"].tolist() == pytest.approx([20.0, 20.0, 0.0])
    assert result.key_figures["revenue_share_cap_reached_period"] == "2026"


def test_reverse_revenue_share_is_paid_per_quarter():
    result = run(
        contract(clause("reverse_revenue_share", rate=0.2)),
        frequency="Q",
        partner_model_revenue=40.0,
    )
    # 0.2 x $40B / 4 quarters = $2B a quarter, received by the lab.
    assert result.table["reverse_revenue_share"].tolist() == pytest.approx([2.0] * 12)
    # Partner net = cloud revenue 10/4 + 0 received - 2 paid back = 0.5 a quarter.
    assert result.table["partner_net"].tolist() == pytest.approx([0.5] * 12)
    assert result.table["profit"].iloc[0] == pytest.approx(25 - 2.5 + 2)


def test_profit_share_tier_crossed_mid_period_is_split_exactly():
    tiers = [
        {"rate": 0.75, "until_total": 13.0},
        {"rate": 0.5, "until_total": 40.0},
        {"rate": 0.1, "until_total": None},
    ]
    result = run(contract(clause("profit_share", tiers=tiers)), other_opex_share=0.1)
    # Profit before the share: 100 - 10 compute - 10 opex = 80 a year.
    # Year 1: tier 1 takes 13 (uses 13 / 0.75 of profit); tier 2 takes 27 of the rest
    # (uses 27 / 0.5 = 54); tier 3 takes 10 % of what is left.
    left = 80 - 13 / 0.75 - 54
    year_one = 13 + 27 + 0.1 * left
    assert result.table["profit_share"].tolist() == pytest.approx([year_one, 8.0, 8.0])
    assert result.table["profit"].iloc[0] == pytest.approx(80.0)  # before the distribution
    assert result.table["retained"].iloc[0] == pytest.approx(80 - year_one)


def test_profit_share_stops_after_a_closed_last_tier():
    tiers = [{"rate": 0.5, "until_total": 50.0}]
    result = run(contract(clause("profit_share", tiers=tiers)), other_opex_share=0.1)
    # 0.5 x 80 = 40 in year 1, then the 10 left to 50, then nothing.
    assert result.table["profit_share"].tolist() == pytest.approx([40.0, 10.0, 0.0])


def test_profit_share_takes_nothing_in_loss_periods():
    tiers = [{"rate": 0.75, "until_total": None}]
    result = run(contract(clause("profit_share", tiers=tiers)), other_opex_share=0.95)
    # 100 - 10 - 95 = -5: a loss, so no share.
    assert result.table["profit_share"].tolist() == pytest.approx([0.0, 0.0, 0.0])
    assert result.table["profit"].tolist() == pytest.approx([-5.0, -5.0, -5.0])
    assert result.key_figures["first_profitable_year"] is None


def test_equity_stake_is_worth_share_times_valuation_in_the_last_year():
    result = run(
        contract(clause("equity_stake", share=0.27)), lab_valuation={2025: 500.0, 2027: 852.0}
    )
    assert result.table["partner_equity_value"].tolist() == pytest.approx(
        [135.0, 135.0, 0.27 * 852]
    )
    assert result.key_figures["partner_equity_value_final"] == pytest.approx(230.04)


def test_equity_stake_ending_before_the_last_year_is_worth_nothing_then():
    stake = clause("equity_stake", share=0.27, end="2026-06-30")
    result = run(contract(stake), frequency="Q")
    # In force in 2025Q4 but not in 2026Q4 (it ends mid-2026): held at the end of 2025 only.
    values = result.table["partner_equity_value"].tolist()
    assert values == pytest.approx([270.0] * 4 + [0.0] * 8)


def test_clause_starting_mid_year_counts_from_the_period_it_overlaps():
    share = clause("revenue_share", rate=0.2, start="2026-07-01")
    annual = run(contract(share))
    assert annual.table["revenue_share"].tolist() == pytest.approx([0.0, 20.0, 20.0])
    quarterly = run(contract(share), frequency="Q")
    assert quarterly.table["revenue_share"].tolist() == pytest.approx([0.0] * 6 + [5.0] * 6)


def test_clause_ending_mid_year_stops_after_the_period_it_overlaps():
    share = clause("revenue_share", rate=0.2, end="2026-02-15")
    quarterly = run(contract(share), frequency="Q")
    assert quarterly.table["revenue_share"].tolist() == pytest.approx([5.0] * 5 + [0.0] * 7)


def test_annual_and_quarterly_frequency_agree_on_totals():
    the_contract = contract(clause("revenue_share", rate=0.2))
    annual = run(the_contract, frequency="A", revenue_growth=0.5)
    quarterly = run(the_contract, frequency="Q", revenue_growth=0.5)
    # Revenue 100, 150, 225: share 20 + 30 + 45 = 95 either way.
    assert annual.key_figures["revenue_share_total"] == pytest.approx(95.0)
    assert quarterly.key_figures["revenue_share_total"] == pytest.approx(95.0)
    assert quarterly.table["revenue"].iloc[4] == pytest.approx(150 / 4)
    assert annual.key_figures["lab_revenue_final_year"] == pytest.approx(225.0)


def test_cumulative_profit_and_first_profitable_year():
    result = run(
        contract(), profit_cumulative_at_start=-50.0, other_opex_share={2025: 0.95, 2026: 0.5}
    )
    # 2025: 100 - 10 - 95 = -5; 2026 and 2027: 100 - 10 - 50 = 40.
    assert result.table["cumulative_profit"].tolist() == pytest.approx([-55.0, -15.0, 25.0])
    assert result.key_figures["lab_cumulative_profit_final"] == pytest.approx(25.0)
    assert result.key_figures["first_profitable_year"] == 2026


def test_partner_net_adds_payments_and_cloud_revenue():
    result = run(contract(clause("revenue_share", rate=0.2)))
    # Received 20 + cloud revenue 1 GW x $10B = 30 a year.
    assert result.key_figures["partner_net_total"] == pytest.approx(90.0)
    assert result.key_figures["partner_cloud_revenue_total"] == pytest.approx(30.0)
    npv = sum(30 / 1.1**k for k in (1, 2, 3))
    assert result.key_figures["partner_net_npv"] == pytest.approx(npv)


def test_assumption_names_in_the_uncertainty_literal_match_the_catalogue():
    from typing import get_args

    from core.assumptions import NAMES
    from core.workspace import AssumptionName

    assert get_args(AssumptionName) == NAMES
