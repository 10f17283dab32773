"""Monte Carlo: analytic percentiles, seeds, chunks, zero width equals the projection, clipping."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from core.analysis.batch import CancelledError
from core.analysis.montecarlo import run_monte_carlo
from core.assumptions import YearPath
from core.projection import project
from core.workspace import LogNormal, Normal, Scenario, Settings, Triangular, Uniform
from tests.core.analysis_helpers import ANNUAL, analyze, workspace_file
from tests.core.builders import assumptions, clause, contract

DRAWS = 20_000
Z90 = 1.2815515655446004  # the standard normal's P90

# A 20 % revenue share on flat revenue of 100 a year for 3 years: the total is 60 times the
# revenue factor, so its percentiles are 60 times the factor's.
SHARE = contract(clause("revenue_share", rate=0.2))
FLAT = assumptions()


def _tolerance(p: float, density: float, draws: int = DRAWS) -> float:
    """Five standard errors of a sample quantile: sqrt(p (1 - p) / n) / density."""
    return 5 * math.sqrt(p * (1 - p) / draws) / density


CASES = [
    # (distribution of the factor, its P10, P50, P90, mean, density at P10, P50, P90)
    (Uniform(dist="uniform", low=0.5, high=1.5), 0.6, 1.0, 1.4, 1.0, (1.0, 1.0, 1.0)),
    (
        # Below the mode (F(mode) = 0.4 / 0.7 > 0.5) P = low + sqrt(p * width * (mode - low))
        # and the density is 2 (x - low) / (width (mode - low)); above it, P90 =
        # high - sqrt(0.1 * width * (high - mode)), density 2 (high - x) / (width (high - mode)).
        Triangular(dist="triangular", low=0.6, mode=1.0, high=1.3),
        0.6 + math.sqrt(0.1 * 0.7 * 0.4),
        0.6 + math.sqrt(0.5 * 0.7 * 0.4),
        1.3 - math.sqrt(0.1 * 0.7 * 0.3),
        (0.6 + 1.0 + 1.3) / 3,
        (
            2 * math.sqrt(0.028) / (0.7 * 0.4),
            2 * math.sqrt(0.14) / (0.7 * 0.4),
            2 * math.sqrt(0.021) / (0.7 * 0.3),
        ),
    ),
    (
        Normal(dist="normal", mean=1.0, sd=0.1),
        1.0 - 0.1 * Z90,
        1.0,
        1.0 + 0.1 * Z90,
        1.0,
        tuple(math.exp(-z * z / 2) / (0.1 * math.sqrt(2 * math.pi)) for z in (Z90, 0.0, Z90)),
    ),
    (
        LogNormal(dist="lognormal", median=1.0, sigma=0.2),
        math.exp(-0.2 * Z90),
        1.0,
        math.exp(0.2 * Z90),
        math.exp(0.2**2 / 2),
        tuple(
            math.exp(-z * z / 2) / (math.exp(0.2 * s) * 0.2 * math.sqrt(2 * math.pi))
            for z, s in ((Z90, -Z90), (0.0, 0.0), (Z90, Z90))
        ),
    ),
]


@pytest.mark.parametrize(("dist", "p10", "p50", "p90", "mean", "density"), CASES)
def test_one_uncertain_assumption_matches_its_analytic_distribution(
    dist, p10, p50, p90, mean, density
):
    result = run_monte_carlo(SHARE, ANNUAL, FLAT, {"revenue_base": dist}, DRAWS, seed=3)

    total = result.key_figures["revenue_share_total"]
    # The total is 60 x factor, so its density is the factor's divided by 60.
    for p, got, want, dens in zip(
        (0.1, 0.5, 0.9), (total.p10, total.p50, total.p90), (p10, p50, p90), density, strict=True
    ):
        assert got == pytest.approx(60 * want, abs=_tolerance(p, dens / 60))
    spread = 60 * (p90 - p10)
    assert total.mean == pytest.approx(60 * mean, abs=5 * spread / math.sqrt(DRAWS))
    revenue = result.bands["revenue"]  # 100 x factor in every year
    assert revenue.p10 == pytest.approx(
        np.full(3, 100 * p10), abs=_tolerance(0.1, density[0] / 100)
    )
    assert revenue.p90 == pytest.approx(
        np.full(3, 100 * p90), abs=_tolerance(0.9, density[2] / 100)
    )


def test_probability_of_the_agi_clause_by_year():
    # Profit a year is 100 f - 10 (1 GW at 10); the clause is determined in the first year
    # whose cumulative profit k (100 f - 10) reaches 150 and is effective the year after.
    # Year 1 needs f >= 1.6 (never), year 2 f >= 0.85 (P = 0.65 for f ~ U(0.5, 1.5)).
    deal = contract(
        clause("agi_clause", threshold=150.0, measure="cumulative", verification_lag_quarters=0)
    )
    factor = Uniform(dist="uniform", low=0.5, high=1.5)
    result = run_monte_carlo(deal, ANNUAL, FLAT, {"revenue_base": factor}, DRAWS, seed=5)

    by_year = result.p_agi_effective_by_year
    assert list(by_year) == [2025, 2026, 2027]
    assert by_year[2025] == 0.0
    assert by_year[2026] == 0.0
    assert by_year[2027] == pytest.approx(0.65, abs=5 * math.sqrt(0.65 * 0.35 / DRAWS))
    effective = result.key_figures["agi_effective_period"]
    assert (effective.p10, effective.p90) == ("2027", None)  # 35 % never within the horizon
    assert effective.mean is None
    assert result.key_figures["agi_effective_period"].none_share == pytest.approx(
        1 - by_year[2027]
    )


def test_no_agi_clause_gives_no_curve():
    result = run_monte_carlo(SHARE, ANNUAL, FLAT, {}, 10)
    assert result.p_agi_effective_by_year == {}


UNCERTAINTY = {
    "revenue_growth": Triangular(dist="triangular", low=0.6, mode=1.0, high=1.3),
    "compute_growth": Normal(dist="normal", mean=1.0, sd=0.1),
    "price_partner": LogNormal(dist="lognormal", median=1.0, sigma=0.2),
    "other_opex_share": Uniform(dist="uniform", low=-0.05, high=0.05, apply="shift"),
}


def _rich_deal(agi: bool = True):
    """Every clause kind with economics, and (optionally) an AGI clause that ends some."""
    clauses = [
        clause("revenue_share", "share", rate=0.2, cap_total=150.0, end="2030-12-31"),
        clause("reverse_revenue_share", "reverse", rate=0.2),
        clause(
            "profit_share", "profits", tiers=[{"rate": 0.75, "until_total": 13.0}, {"rate": 0.49}]
        ),
        clause("right_of_first_refusal", "rofr"),
        clause("capacity_build_permission", "build", purpose="training"),
        clause("exclusivity", "api", subject="api_distribution"),
        clause("equity_stake", "stake", share=0.27),
        clause("spend_commitment", "commit", amount=250.0, start="2025-01-01", end="2032-12-31"),
    ]
    ended = ["share", "profits", "api"]
    rule = {"threshold": 100.0, "measure": "cumulative", "verification_lag_quarters": 2}
    return contract(*clauses, *([clause("agi_clause", "agi", **rule, ends=ended)] if agi else []))


def test_same_seed_same_result_in_any_chunk_size_and_another_seed_differs():
    deal, paths = _rich_deal(), Scenario(name="Base").resolved()
    settings = Settings()
    first = run_monte_carlo(deal, settings, paths, UNCERTAINTY, 1000, seed=11)
    again = run_monte_carlo(deal, settings, paths, UNCERTAINTY, 1000, seed=11, chunk_size=7)
    other = run_monte_carlo(deal, settings, paths, UNCERTAINTY, 1000, seed=12)

    assert first.key_figures == again.key_figures
    assert first.p_agi_effective_by_year == again.p_agi_effective_by_year
    for name, band in first.bands.items():
        assert np.array_equal(band.p50, again.bands[name].p50)
        assert np.array_equal(band.p90, again.bands[name].p90)
    assert first.key_figures != other.key_figures


def test_draws_of_one_assumption_do_not_depend_on_the_others():
    deal, paths = _rich_deal(), Scenario(name="Base").resolved()
    alone = {"revenue_growth": UNCERTAINTY["revenue_growth"]}
    one = run_monte_carlo(deal, Settings(), paths, alone, 500, seed=2)
    fixed_others = {**alone, "price_own": Uniform(dist="uniform", low=1.0, high=1.0)}
    both = run_monte_carlo(deal, Settings(), paths, fixed_others, 500, seed=2)
    assert one.key_figures == both.key_figures


def _zero_width(point: float) -> dict[str, Uniform | Triangular | Normal | LogNormal]:
    return {
        "revenue_growth": Triangular(dist="triangular", low=point, mode=point, high=point),
        "compute_growth": Normal(dist="normal", mean=point, sd=0.0),
        "price_partner": LogNormal(dist="lognormal", median=point, sigma=0.0),
        "lab_valuation": Uniform(dist="uniform", low=point, high=point),
        "other_opex_share": Normal(dist="normal", mean=0.0, sd=0.0, apply="shift"),
    }


def _scaled(paths: dict[str, YearPath], names: list[str], factor: float) -> dict[str, YearPath]:
    return {
        name: tuple((year, value * factor) for year, value in path) if name in names else path
        for name, path in paths.items()
    }


@pytest.mark.parametrize("agi", [True, False])
@pytest.mark.parametrize("point", [1.0, 1.1])
@pytest.mark.parametrize("frequency", ["Q", "A"])
def test_zero_width_distributions_equal_the_deterministic_projection_exactly(
    point, frequency, agi
):
    deal = _rich_deal(agi)
    settings = Settings(frequency=frequency)
    paths = Scenario(name="Base").resolved()
    uncertainty = _zero_width(point)
    result = run_monte_carlo(deal, settings, paths, uncertainty, 300, seed=9, chunk_size=128)
    expected = project(deal, settings, _scaled(paths, list(uncertainty)[:4], point))

    effective = expected.key_figures["agi_effective_period"]
    assert (effective is not None) == agi  # the clause triggers within the horizon
    for name, value in expected.key_figures.items():
        got = result.key_figures[name]
        assert (got.p10, got.p50, got.p90) == (value, value, value), name
        if got.kind not in ("period", "year"):
            assert got.mean == value, name
    table = expected.table
    columns = {
        "revenue": table["revenue"],
        "cumulative_profit": table["cumulative_profit"],
        "partner_payments": table["partner_received"],
        "cumulative_partner_payments": table["partner_received"].cumsum(),
    }
    for name, column in columns.items():
        band = result.bands[name]
        for values in (band.p10, band.p50, band.p90):
            assert np.array_equal(values, column.to_numpy()), name
    if agi:
        effective_year = int(str(effective)[:4])
        expected_curve = {year: float(year >= effective_year) for year in range(2025, 2036)}
        assert result.p_agi_effective_by_year == expected_curve
        assert result.agi_probability == expected_curve
    numeric = {k: v for k, v in expected.key_figures.items() if isinstance(v, float)}
    assert result.percentiles == {k: (v, v, v) for k, v in numeric.items()}


def test_no_uncertainty_equals_the_projection():
    deal, paths = _rich_deal(), Scenario(name="Base").resolved()
    result = run_monte_carlo(deal, Settings(), paths, {}, 50)
    expected = project(deal, Settings(), paths)
    for name, value in expected.key_figures.items():
        assert result.key_figures[name].p50 == value


def test_draws_are_clipped_to_the_bounds():
    # A factor of -5 on growth of 0.5 would be -2.5; it is clipped to just above -1, so
    # revenue collapses to nearly nothing but stays positive.
    paths = assumptions(revenue_growth={2026: 0.5})
    crash = {"revenue_growth": Uniform(dist="uniform", low=-5.0, high=-5.0)}
    result = run_monte_carlo(SHARE, ANNUAL, paths, crash, 10)
    revenue = result.bands["revenue"].p50
    assert revenue[0] == 100.0
    assert 0.0 < revenue[1] < 1e-12
    # A shift of up to +/-3 on a share in [0, 1] never leaves [0, 1].
    wide = {"other_opex_share": Normal(dist="normal", mean=0.0, sd=3.0, apply="shift")}
    result = run_monte_carlo(SHARE, ANNUAL, FLAT, wide, 2000, seed=1)
    profit = result.key_figures["lab_cumulative_profit_final"]
    # Profit is 3 x (100 - 10 - 20 - 100 x opex): between -90 (opex 1) and 210 (opex 0).
    assert profit.histogram.edges[0] == pytest.approx(-90.0)
    assert profit.histogram.edges[-1] == pytest.approx(210.0)
    assert profit.histogram.counts[0] > 500  # about half the draws sit at each bound


def test_progress_is_reported_and_can_cancel():
    seen: list[tuple[int, int]] = []
    run_monte_carlo(SHARE, ANNUAL, FLAT, {}, 25, chunk_size=10, progress=lambda *a: seen.append(a))
    assert seen == [(10, 25), (20, 25), (25, 25)]
    with pytest.raises(CancelledError):
        run_monte_carlo(SHARE, ANNUAL, FLAT, {}, 25, chunk_size=10, progress=lambda *a: False)


def test_histograms_count_every_draw():
    factor = {"revenue_base": Uniform(dist="uniform", low=0.5, high=1.5)}
    result = run_monte_carlo(SHARE, ANNUAL, FLAT, factor, 1000)
    for distribution in result.key_figures.values():
        histogram = distribution.histogram
        assert sum(histogram.counts) + histogram.none == 1000
        if histogram.counts:
            assert len(histogram.edges) == len(histogram.counts) + 1


def test_command_line_prints_the_json_of_the_issue(tmp_path, capsys):
    deal = _rich_deal()
    growth = {"dist": "triangular", "low": 0.6, "mode": 1.0, "high": 1.3}
    scenario = {"name": "Base", "uncertainty": {"revenue_growth": growth}}
    path = workspace_file(tmp_path, deal, scenario, annual=False)
    argv = ["montecarlo", "-w", str(path), "--draws", "500", "--seed", "7"]
    assert analyze(*argv, "--format", "json") == 0
    printed = json.loads(capsys.readouterr().out)
    assert list(printed) == ["draws", "seed", "key_figures", "p_agi_effective_by_year"]
    assert (printed["draws"], printed["seed"]) == (500, 7)
    assert all(list(v) == ["p10", "p50", "p90", "mean"] for v in printed["key_figures"].values())
    by_year = printed["p_agi_effective_by_year"]
    assert list(by_year) == [str(year) for year in range(2025, 2036)]
    assert by_year["2025"] <= by_year["2035"]
    assert analyze(*argv) == 0
    assert "P(AGI clause effective" in capsys.readouterr().out
