"""Tornado: order and values worked out by hand, P10/P90 settings, one engine run, clipping."""

from __future__ import annotations

import json

import numpy as np
import pytest

from core.analysis.batch import AnalysisError, Baseline, clip_to_bounds
from core.analysis.sensitivity import compute_sensitivity
from core.assumptions import NAMES
from core.workspace import Normal, Uniform
from tests.core.analysis_helpers import ANNUAL, FIGURE, analyze, count_engine_runs, share_workspace
from tests.core.analysis_helpers import SHARE_DEAL as DEAL
from tests.core.analysis_helpers import SHARE_VALUES as VALUES
from tests.core.builders import assumptions


def _cumulative(revenue: float = 100.0, compute: float = 10.0, opex: float = 0.05) -> float:
    """Final cumulative profit: 3 years of revenue - compute - opex - 20 % share, from -10."""
    return 3 * (revenue - compute - opex * revenue - 0.2 * revenue) - 10.0


def test_tornado_rows_are_sorted_by_swing_with_hand_checked_values():
    result = compute_sensitivity(DEAL, ANNUAL, VALUES, FIGURE)

    assert result.base == pytest.approx(185.0, abs=1e-12)
    expected = [
        # revenue 80 / 120: 3 * (80 - 10 - 4 - 16) - 10 = 140; 3 * (120 - 10 - 6 - 24) - 10 = 230
        ("revenue_base", _cumulative(revenue=80.0), _cumulative(revenue=120.0), 90.0),
        # 0.8 / 1.2 GW at 10 $B/GW-yr: compute 8 or 12 -> 191 and 179
        ("compute_base_gw", _cumulative(compute=8.0), _cumulative(compute=12.0), 12.0),
        # price 8 / 12 with 1 GW: the same numbers; equal swings keep the catalogue order
        ("price_partner", _cumulative(compute=8.0), _cumulative(compute=12.0), 12.0),
        # opex 4 % / 6 %: 188 and 182
        ("other_opex_share", _cumulative(opex=0.04), _cumulative(opex=0.06), 6.0),
        # start -8 / -12: 187 and 183
        ("profit_cumulative_at_start", 187.0, 183.0, 4.0),
        # 0.8 of the GW on the partner cloud, 0.2 elsewhere at 15: compute 8 + 3 = 11 -> 182;
        # 1.2 is clipped to a share of 1.0, which is the base: 185
        ("partner_share_without_rofr", _cumulative(compute=11.0), 185.0, 3.0),
    ]
    for row, (name, low, high, swing) in zip(result.rows, expected, strict=False):
        assert (row.assumption, row.low.label, row.high.label) == (name, "×0.8", "×1.2")
        assert row.figure_low == pytest.approx(low, abs=1e-9)
        assert row.figure_high == pytest.approx(high, abs=1e-9)
        assert row.swing == pytest.approx(swing, abs=1e-9)
    rest = result.rows[len(expected) :]
    assert all(row.swing == 0.0 for row in rest)
    assert [row.assumption for row in rest] == [
        name for name in NAMES if name not in {e[0] for e in expected}
    ]


def test_an_uncertainty_sets_the_p10_and_p90():
    uncertainty = {
        "revenue_base": Uniform(dist="uniform", low=0.5, high=1.5),
        "price_partner": Normal(dist="normal", mean=0.0, sd=1.0, apply="shift"),
    }
    result = compute_sensitivity(DEAL, ANNUAL, VALUES, FIGURE, uncertainty)

    rows = {row.assumption: row for row in result.rows}
    revenue = rows["revenue_base"]
    # P10 and P90 of uniform(0.5, 1.5) are 0.6 and 1.4: revenue 60 and 140.
    assert revenue.low.value == pytest.approx(0.6)
    assert revenue.high.value == pytest.approx(1.4)
    assert revenue.low.label == "P10 ×0.6"
    assert revenue.figure_low == pytest.approx(_cumulative(revenue=60.0))  # 95
    assert revenue.figure_high == pytest.approx(_cumulative(revenue=140.0))  # 275
    # P10 of a standard normal is -1.2816: the price is 10 - 1.2816 $B/GW-yr.
    price = rows["price_partner"]
    z = 1.2815515655446004
    assert price.low.label == "P10 -1.282"
    assert price.figure_low == pytest.approx(_cumulative(compute=10.0 - z))
    assert price.figure_high == pytest.approx(_cumulative(compute=10.0 + z))
    assert result.rows[0].assumption == "revenue_base"


def test_all_variants_run_as_the_draws_of_one_engine_run(monkeypatch):
    calls = count_engine_runs(monkeypatch)
    compute_sensitivity(DEAL, ANNUAL, VALUES, FIGURE)
    assert calls == [1 + 2 * len(NAMES)]


def test_order_is_deterministic():
    first = compute_sensitivity(DEAL, ANNUAL, VALUES, "partner_net_npv")
    second = compute_sensitivity(DEAL, ANNUAL, VALUES, "partner_net_npv")
    assert first == second


@pytest.mark.parametrize("figure", ["agi_effective_period", "first_profitable_year", "nope"])
def test_periods_years_and_unknown_names_are_rejected(figure):
    with pytest.raises(AnalysisError, match="numeric key figure"):
        compute_sensitivity(DEAL, ANNUAL, VALUES, figure)


def test_values_are_clipped_to_bounds():
    baseline = Baseline.build(DEAL, ANNUAL, assumptions(revenue_growth={2026: 0.5}))
    growth = baseline.varied("revenue_growth", "factor", np.array([-5.0, 1.0, 100.0]))
    assert growth[0, 1] == np.nextafter(-1.0, 0.0)  # growth must stay above -1
    assert growth[1].tolist() == [0.5, 0.5, 0.5]
    assert growth[2, 1] == 10.0  # the upper bound of a growth rate
    shares = clip_to_bounds("training_share", np.array([-0.5, 0.3, 1.7]))
    assert shares.tolist() == [0.0, 0.3, 1.0]


def test_command_line_prints_the_rows_by_swing_as_json(tmp_path, capsys):
    path = share_workspace(tmp_path)
    assert analyze("sensitivity", "-w", str(path), "--figure", FIGURE, "--format", "json") == 0
    printed = json.loads(capsys.readouterr().out)
    assert list(printed) == ["figure", "base", "rows"]
    assert printed["base"] == pytest.approx(185.0)
    first = printed["rows"][0]
    assert first == {
        "assumption": "revenue_base",
        "term": False,
        "low": "×0.8",
        "high": "×1.2",
        "figure_low": pytest.approx(140.0),
        "figure_high": pytest.approx(230.0),
    }
    swings = [abs(r["figure_high"] - r["figure_low"]) for r in printed["rows"]]
    assert swings == sorted(swings, reverse=True)
