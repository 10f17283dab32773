"""Uncertainty on deal terms (model.md section 11): Monte Carlo draws and tornado ends.

Flat assumptions (tests/core/builders.py): revenue 100 a year, so a 20 % revenue share pays
20 a year; 1 GW on the partner cloud at 10 a GW-year, no other cost.
"""

from __future__ import annotations

import json

import pytest

from core.analysis.montecarlo import run_monte_carlo
from core.analysis.sensitivity import compute_sensitivity
from core.chain import Chain
from core.errors import ValidationError
from core.files import workspace_from_text
from core.workspace import Settings, Triangular, Uniform
from tests.core.builders import FLAT, agi_clause, assumptions, clause, contract
from tests.core.test_engine_chain import version

ANNUAL = Settings(start_year=2025, end_year=2027, frequency="A")
SHARE = contract(clause("revenue_share", "rs", rate=0.2))


def test_a_zero_width_factor_on_a_rate_gives_that_rate_in_every_draw():
    halved = {"rs.rate": Uniform(dist="uniform", low=0.5, high=0.5)}
    result = run_monte_carlo(SHARE, ANNUAL, assumptions(), halved, draws=50, seed=1)

    # 10 % of 100 a year for three years.
    total = result.key_figures["revenue_share_total"]
    assert (total.p10, total.p50, total.p90) == (pytest.approx(30.0),) * 3
    assert "rs.rate" in result.uncertainty


def test_draws_of_a_term_spread_the_figure_between_its_ends():
    spread = {"rs.rate": Uniform(dist="uniform", low=0.5, high=1.5)}
    result = run_monte_carlo(SHARE, ANNUAL, assumptions(), spread, draws=4000, seed=3)

    total = result.key_figures["revenue_share_total"]
    # The total is 60 times the factor: uniform on [30, 90], median 60, P10 36, P90 84.
    assert total.p50 == pytest.approx(60.0, abs=1.5)
    assert total.p10 == pytest.approx(36.0, abs=1.5)
    assert total.p90 == pytest.approx(84.0, abs=1.5)


def test_a_factor_scales_the_term_in_every_version_of_the_chain():
    a = version("a", "2025-01-01", clause("revenue_share", "rs", rate=0.1))
    b = version("b", "2026-01-01", clause("revenue_share", "rs", rate=0.2), supersedes="a")
    doubled = {"rs.rate": Uniform(dist="uniform", low=2.0, high=2.0)}
    dated = Settings(start_year=2025, end_year=2026, frequency="A", versions="dated")
    result = run_monte_carlo(Chain((a, b)), dated, assumptions(), doubled, draws=10, seed=0)

    # 2025 under a: 0.2 x 100; 2026 under b: 0.4 x 100.
    assert result.key_figures["revenue_share_total"].p50 == pytest.approx(60.0)


def test_a_shift_on_the_verification_lag_moves_the_effective_period_by_whole_quarters():
    deal = contract(
        clause("revenue_share", "rs", rate=0.2),
        agi_clause("rs", threshold=100.0, lag=0),
    )
    quarters = Settings(start_year=2025, end_year=2030, frequency="Q")
    later = {
        "agi.verification_lag_quarters": Uniform(dist="uniform", low=4.0, high=4.0, apply="shift")
    }
    plain = run_monte_carlo(deal, quarters, assumptions(), {}, draws=5, seed=0)
    shifted = run_monte_carlo(deal, quarters, assumptions(), later, draws=5, seed=0)

    # Profit 17.5 a quarter: 105 >= 100 after six quarters (2026Q2), effective 2026Q3;
    # four quarters of lag make it 2027Q3.
    assert plain.key_figures["agi_effective_period"].p50 == "2026Q3"
    assert shifted.key_figures["agi_effective_period"].p50 == "2027Q3"


def test_the_tornado_sets_an_uncertain_term_at_its_p10_and_p90():
    triangle = {"rs.rate": Triangular(dist="triangular", low=0.5, mode=1.0, high=1.5)}
    result = compute_sensitivity(
        SHARE, ANNUAL, assumptions(), "revenue_share_total", triangle, include_terms=True
    )
    row = next(r for r in result.rows if r.assumption == "rs.rate")

    # P10 of triangular(0.5, 1, 1.5): (x - 0.5)^2 / 0.5 = 0.1, x = 0.5 + sqrt(0.05) = 0.7236;
    # P90 by symmetry 1.5 - sqrt(0.05) = 1.2764.
    assert (row.low.source, row.high.source) == ("p10", "p90")
    assert row.figure_low == pytest.approx(60.0 * 0.723607, rel=1e-5)
    assert row.figure_high == pytest.approx(60.0 * 1.276393, rel=1e-5)


def _workspace(uncertainty: dict[str, object]) -> str:
    return json.dumps(
        {
            "contract": json.loads(SHARE.model_dump_json()),
            "settings": {"start_year": 2025, "end_year": 2027, "frequency": "A"},
            "scenarios": [{"name": "Base", "assumptions": FLAT, "uncertainty": uncertainty}],
        },
        indent=2,
    )


def test_a_workspace_may_make_a_numeric_term_uncertain():
    text = _workspace({"rs.rate": {"dist": "uniform", "low": 0.5, "high": 1.5}})
    scenario = workspace_from_text(text, file="ws.json").workspace.scenarios[0]

    assert set(scenario.uncertainty) == {"rs.rate"}


def test_an_uncertain_term_the_deal_does_not_have_is_a_located_error():
    text = _workspace({"rs.cap_total": {"dist": "uniform", "low": 0.5, "high": 1.5}})
    with pytest.raises(ValidationError) as excinfo:
        workspace_from_text(text, file="ws.json")

    problem = excinfo.value.problems[0]
    assert problem.path == "scenarios[0].uncertainty['rs.cap_total']"
    assert "no numeric term 'rs.cap_total'" in problem.found
    assert "rs.rate" in problem.allowed
    assert problem.line is not None
