"""The backtest on a tiny contract whose figures are worked out by hand (model.md section 10).

Lab revenue is $10B a year from 2024 (2.5 a quarter); 1 GW of compute, all on the partner
cloud at $10B per GW-year (2.5 a quarter); a 20 % revenue share (0.5 a quarter) and a 10 %
reverse share on $5B of partner model revenue (0.125 a quarter). Profit is therefore
2.5 - 2.5 - 0.5 + 0.125 = -0.375 a quarter. Compute doubles in 2026 (2 GW).
"""

from __future__ import annotations

import math

import pytest

from core.actuals import FIGURES, Actuals
from core.backtest import FIGURE_LABELS, Backtest, BacktestRow, backtest
from tests.core.builders import clause, contract, run

DEAL = contract(
    clause("revenue_share", rate=0.2),
    clause("reverse_revenue_share", rate=0.1),
)
SETTINGS = {"start": 2024, "end": 2026}
CHANGES = {
    "revenue_base": 10.0,
    "partner_model_revenue": 5.0,
    "compute_growth": {2024: 0.0, 2026: 1.0},
}


def _actuals(*rows: dict[str, object]) -> Actuals:
    return Actuals.model_validate(
        {
            "format": "dealscope-actuals/1",
            "id": "test",
            "parties": {"lab": "Lab", "partner": "Partner", "partner_cloud": "Cloud"},
            "sources": [{"id": "s", "title": "A source", "url": "https://example.org/s"}],
            "actuals": [{"confidence": "reported", "sources": ["s"], **row} for row in rows],
        }
    )


ROWS = _actuals(
    {"figure": "lab_revenue", "from": 2024, "value": 8.0},
    {"figure": "lab_profit", "from": "2025Q1", "to": "2025Q2", "value": -1.0},
    {"figure": "revenue_share_net", "from": "2025Q1", "to": "2025Q3", "value": 1.5},
    {"figure": "revenue_share_gross", "from": 2024, "value": 2.0},
    {"figure": "partner_cloud_revenue", "from": "2025Q4", "value": 5.0},
    {"figure": "compute_gw", "from": "2026Q1", "to": "2026Q2", "value": 2.5},
    {"figure": "lab_revenue", "from": 2023, "value": 1.0},
    {"figure": "lab_revenue", "from": 2026, "to": 2027, "value": 20.0},
)


def _quarterly() -> Backtest:
    return backtest(run(DEAL, frequency="Q", **SETTINGS, **CHANGES), ROWS)


def test_each_figure_sums_the_model_over_the_actuals_periods():
    rows = _quarterly().rows
    # Revenue 2024: four quarters of 2.5.
    assert rows[0].model == pytest.approx(10.0)
    assert rows[0].ratio == pytest.approx(1.25)
    # Profit over two quarters: 2 x -0.375.
    assert rows[1].model == pytest.approx(-0.75)
    assert rows[1].ratio == pytest.approx(0.75)
    # Net revenue share over three quarters: 3 x (0.5 - 0.125).
    assert rows[2].model == pytest.approx(1.125)
    assert rows[2].ratio == pytest.approx(0.75)
    # Gross share 2024: 4 x 0.5.
    assert rows[3].model == pytest.approx(2.0)
    assert rows[3].ratio == pytest.approx(1.0)
    # Cloud revenue in one quarter: 1 GW x 10 / 4.
    assert rows[4].model == pytest.approx(2.5)
    assert rows[4].ratio == pytest.approx(0.5)
    # Compute is a level: demand in the last period of the range, 2 GW in 2026.
    assert rows[5].model == pytest.approx(2.0)
    assert rows[5].ratio == pytest.approx(0.8)


def test_rows_the_horizon_cannot_express_are_kept_with_the_reason():
    rows = _quarterly().rows
    assert len(rows) == 8
    before, past = rows[6], rows[7]
    assert (before.comparable, before.model, before.ratio) == (False, None, None)
    assert before.reason == "outside the horizon (2024Q1-2026Q4)"
    assert past.comparable is False
    assert past.reason == "partly outside the horizon (2024Q1-2026Q4)"
    assert past.reported == 20.0


def test_median_is_taken_over_the_comparable_rows_only():
    result = _quarterly()
    # |ln r| sorted: 0 (1.0), 0.2231 (1.25), 0.2231 (0.8), 0.2877 (0.75) twice, 0.6931 (0.5).
    expected = (math.log(1.25) + abs(math.log(0.75))) / 2
    assert result.median_abs_log_ratio == pytest.approx(expected)
    assert result.worst is result.rows[4]


def test_a_quarter_at_annual_frequency_is_not_comparable():
    result = backtest(run(DEAL, frequency="A", **SETTINGS, **CHANGES), ROWS)
    assert result.rows[0].model == pytest.approx(10.0)
    assert result.rows[0].ratio == pytest.approx(1.25)
    for row in result.rows[1:3]:
        assert row.comparable is False
        assert row.reason == "a quarter cannot be expressed at annual frequency"
    # The year 2024 still compares: gross share 2.0 against 2.0.
    assert result.rows[3].ratio == pytest.approx(1.0)


def test_every_row_carries_confidence_and_source_addresses():
    for row in _quarterly().rows:
        assert row.confidence == "reported"
        assert row.source_urls == ("https://example.org/s",)


def test_a_model_of_the_opposite_sign_counts_as_the_worst_fit():
    profit = _actuals({"figure": "lab_profit", "from": 2025, "value": 2.0})
    result = backtest(run(DEAL, frequency="Q", **SETTINGS, **CHANGES), profit)
    row = result.rows[0]
    assert row.model == pytest.approx(-1.5)
    assert row.ratio == pytest.approx(-0.75)
    assert row.abs_log_ratio == math.inf
    assert result.worst is row


def test_no_comparable_row_gives_no_median():
    early = _actuals({"figure": "compute_gw", "from": 2020, "value": 0.1})
    result = backtest(run(DEAL, frequency="Q", **SETTINGS, **CHANGES), early)
    assert result.median_abs_log_ratio is None
    assert result.worst is None


def test_every_figure_has_a_reader_label():
    assert set(FIGURE_LABELS) == set(FIGURES)


def test_a_reported_zero_has_no_ratio():
    row = BacktestRow("lab_profit", "2025", "2025", 0.0, 0.0, None, True, None, "assumed", ())
    assert row.abs_log_ratio == 0.0
