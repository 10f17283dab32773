"""Model version 2 changes to a single contract, worked out by hand.

Flat assumptions (tests/core/builders.py): revenue 100 a year, 1 GW on the partner cloud
at 10 a GW-year, no other cost, a partner cloud margin of 50 %, a 10 % discount rate.
"""

from __future__ import annotations

import numpy as np
import pytest

from tests.core.builders import clause, contract, run


def test_the_profit_share_is_a_distribution_that_does_not_delay_the_agi_test():
    deal = contract(
        clause("profit_share", tiers=[{"rate": 0.5}]),
        clause(
            "agi_clause",
            "agi",
            threshold=40.0,
            measure="cumulative",
            verification_lag_quarters=0,
            ends=[],
        ),
    )
    result = run(deal, frequency="Q")

    # Profit 25 - 2.5 = 22.5 a quarter before the share: 45 >= 40 after 2025Q2. Counting
    # the share as a cost (version 1) would leave 11.25 a quarter and wait until 2025Q4.
    assert result.key_figures["agi_determination_period"] == "2025Q2"
    assert result.table["profit"].iloc[0] == pytest.approx(22.5)
    assert result.table["profit_share"].iloc[0] == pytest.approx(11.25)
    assert result.table["retained"].iloc[0] == pytest.approx(11.25)
    assert result.key_figures["lab_cumulative_profit_final"] == pytest.approx(22.5 * 12)
    assert result.key_figures["first_profitable_year"] == 2025


def test_the_partners_value_is_royalties_plus_its_cloud_margin_not_gross_revenue():
    deal = contract(
        clause("revenue_share", rate=0.2),
        clause("reverse_revenue_share", rate=0.1),
    )
    result = run(deal, partner_model_revenue=30.0)

    # A year: share 20, reverse 0.1 x 30 = 3, cloud revenue 1 GW x 10 = 10, margin 5.
    assert result.key_figures["partner_royalties_total"] == pytest.approx(3 * 17.0)
    assert result.key_figures["partner_cloud_margin_total"] == pytest.approx(3 * 5.0)
    assert result.key_figures["partner_net_total"] == pytest.approx(3 * 27.0)
    npv = sum(22.0 / 1.1**year for year in (1, 2, 3))
    assert result.key_figures["partner_value_npv"] == pytest.approx(npv)
    assert result.table["partner_value"].tolist() == pytest.approx([22.0] * 3)


def test_a_cap_met_exactly_by_decimal_payments_is_reached_in_that_period():
    # 0.1 a quarter: ten payments add up to 0.9999999999999999 in binary, 1.0 in decimal.
    deal = contract(clause("revenue_share", rate=0.1, cap_total=1.0))
    result = run(deal, frequency="Q", start=2024, end=2026, revenue_base=4.0)

    assert result.key_figures["revenue_share_cap_reached_period"] == "2026Q2"
    assert result.table["revenue_share"].iloc[10:].tolist() == pytest.approx([0.0] * 2)
    assert result.key_figures["revenue_share_total"] == pytest.approx(1.0, abs=1e-15)


def test_a_cap_of_zero_is_reached_in_the_first_period_in_force():
    deal = contract(clause("revenue_share", rate=0.2, cap_total=0.0, start="2026-01-01"))
    result = run(deal)

    assert result.key_figures["revenue_share_cap_reached_period"] == "2026"
    assert result.key_figures["revenue_share_total"] == 0.0


def test_the_agi_threshold_met_exactly_by_decimal_profit_is_reached():
    # 0.1 of profit a quarter (revenue 0.4 a year, nothing else): 1.0 after ten quarters.
    deal = contract(
        clause(
            "agi_clause",
            "agi",
            threshold=1.0,
            measure="cumulative",
            verification_lag_quarters=0,
            ends=[],
        )
    )
    result = run(deal, frequency="Q", start=2024, end=2026, revenue_base=0.4, price_partner=0.0)

    assert result.key_figures["agi_determination_period"] == "2026Q2"


def test_a_tiny_rate_tier_fills_and_passes_the_rest_on_exactly():
    deal = contract(
        clause("profit_share", tiers=[{"rate": 1e-13, "until_total": 2e-12}, {"rate": 0.5}])
    )
    result = run(deal, end=2025, revenue_base=270.0, price_partner=0.0)

    # The first tier uses 2e-12 / 1e-13 = 20 of the 270 of profit; the second takes half
    # of the remaining 250.
    assert result.table["profit_share"].iloc[0] == pytest.approx(125.0 + 2e-12, rel=1e-12)


def test_a_full_tier_with_a_zero_rate_passes_the_profit_to_the_next_tier():
    deal = contract(
        clause("profit_share", tiers=[{"rate": 0.0, "until_total": 0.0}, {"rate": 0.5}])
    )
    result = run(deal, end=2025, revenue_base=270.0, price_partner=0.0)

    assert result.table["profit_share"].iloc[0] == pytest.approx(135.0)


def test_an_open_zero_rate_tier_holds_the_later_tiers_back():
    deal = contract(
        clause("profit_share", tiers=[{"rate": 0.0, "until_total": 5.0}, {"rate": 0.5}])
    )
    result = run(deal, end=2025, revenue_base=270.0, price_partner=0.0)

    assert result.table["profit_share"].iloc[0] == 0.0


def test_a_column_read_from_the_arrays_equals_the_tables_and_cannot_be_changed():
    deal = contract(clause("revenue_share", "share", rate=0.2))
    result = run(deal)

    # Revenue 100 a year (the builder's default), 20 % of it paid.
    share = result.column("payment:share")
    assert share.tolist() == pytest.approx([20.0] * 3)
    floats = [name for name in result.table.columns if name not in ("year", "contract")]
    for name in floats:  # every quantity and clause payment the table has
        expected = result.table[name].to_numpy(dtype=np.float64)
        assert np.array_equal(result.column(name), expected, equal_nan=True), name
    with pytest.raises(ValueError, match="read-only"):
        share[0] = 0.0
