"""The AGI clause: measures, determination and effective periods, lag, what it ends.

Quarterly flat assumptions with a 20 % revenue share: revenue 25 a quarter, compute
2.5, share 5, so profit is 17.5 a quarter (70 a year) before the AGI clause acts.
"""

from __future__ import annotations

import pytest

from tests.core.builders import clause, contract, run


def agi_contract(threshold, measure="cumulative", lag=0, ends=("revenue-share",), **extra):
    return contract(
        clause("revenue_share", rate=0.2),
        clause(
            "agi_clause",
            "agi",
            threshold=threshold,
            measure=measure,
            verification_lag_quarters=lag,
            ends=list(ends),
            **extra,
        ),
    )


def test_cumulative_measure_determines_then_ends_the_share_after_the_lag():
    result = run(agi_contract(150.0, lag=2), frequency="Q")
    # 17.5 x (t + 1) >= 150 first at t = 8 (2027Q1); effective at 8 + 1 + 2 = 11 (2027Q4).
    assert result.key_figures["agi_determination_period"] == "2027Q1"
    assert result.key_figures["agi_effective_period"] == "2027Q4"
    assert result.table["revenue_share"].tolist() == pytest.approx([5.0] * 11 + [0.0])
    assert result.in_force["revenue-share"].tolist() == [True] * 11 + [False]
    # Without the share the last quarter's profit is 22.5.
    assert result.table["profit"].iloc[-1] == pytest.approx(22.5)


def test_cumulative_measure_starts_from_the_profit_before_the_horizon():
    result = run(agi_contract(150.0), frequency="Q", profit_cumulative_at_start=-35.0)
    # -35 + 17.5 (t + 1) >= 150 first at t + 1 = 10.57..., so t = 10 (2027Q3).
    assert result.key_figures["agi_determination_period"] == "2027Q3"
    assert result.key_figures["agi_effective_period"] == "2027Q4"


def test_agi_in_the_first_period():
    result = run(agi_contract(0.0), frequency="Q")
    assert result.key_figures["agi_determination_period"] == "2025Q1"
    assert result.key_figures["agi_effective_period"] == "2025Q2"
    assert result.table["revenue_share"].tolist() == pytest.approx([5.0] + [0.0] * 11)


def test_agi_in_the_last_period_has_no_effective_period():
    # 12 quarters x 17.5 = 210 reached only after the last quarter.
    result = run(agi_contract(210.0), frequency="Q")
    assert result.key_figures["agi_determination_period"] == "2027Q4"
    assert result.key_figures["agi_effective_period"] is None
    assert result.key_figures["revenue_share_total"] == pytest.approx(60.0)


def test_lag_past_the_horizon_reports_determination_only():
    result = run(agi_contract(150.0, lag=8), frequency="Q")
    assert result.key_figures["agi_determination_period"] == "2027Q1"
    assert result.key_figures["agi_effective_period"] is None


def test_threshold_never_reached_reports_neither():
    result = run(agi_contract(1000.0), frequency="Q")
    assert result.key_figures["agi_determination_period"] is None
    assert result.key_figures["agi_effective_period"] is None


def test_annual_measure_is_tested_at_year_end_only():
    result = run(agi_contract(60.0, measure="annual"), frequency="Q")
    # A year's profit, 70, is first seen at 2025Q4.
    assert result.key_figures["agi_determination_period"] == "2025Q4"
    measures = result.table["agi_measure"].tolist()
    assert measures[3] == pytest.approx(70.0)
    assert all(m != m for m in measures[:3])  # NaN before the year's end


def test_trailing_twelve_months_sums_fewer_periods_at_the_start():
    result = run(agi_contract(50.0, measure="ttm"), frequency="Q")
    # 17.5, 35, 52.5: reached at t = 2.
    assert result.key_figures["agi_determination_period"] == "2025Q3"


def test_agi_clause_is_tested_only_while_in_force():
    result = run(agi_contract(0.0, start="2026-01-01"), frequency="Q")
    assert result.key_figures["agi_determination_period"] == "2026Q1"


def test_annual_frequency_rounds_the_lag_up_to_whole_years():
    # 70 a year: cumulative 140 >= 100 first in 2026 (index 1). A lag of 5 quarters is
    # 2 whole years, so the clause is effective at index 1 + 1 + 2 = 4, that is 2029.
    result = run(agi_contract(100.0, lag=5), frequency="A", end=2029)
    assert result.key_figures["agi_determination_period"] == "2026"
    assert result.key_figures["agi_effective_period"] == "2029"


def test_agi_can_end_a_compute_exclusivity():
    the_contract = contract(
        clause("exclusivity", "excl", subject="compute"),
        clause(
            "agi_clause",
            "agi",
            threshold=0.0,
            measure="cumulative",
            verification_lag_quarters=0,
            ends=["excl"],
        ),
    )
    result = run(the_contract, frequency="Q", partner_share_without_rofr=0.25)
    # Exclusive in 2025Q1 (all 1 GW on the partner cloud), then the lab's own choice.
    assert result.table["partner_gw"].tolist() == pytest.approx([1.0] + [0.25] * 11)
