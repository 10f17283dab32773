"""Goal seek: hits its target to 1e-6, solves scalars and path factors, says when it cannot."""

from __future__ import annotations

import json

import pytest

from core.analysis.batch import AnalysisError
from core.analysis.goalseek import NO_SOLUTION, TOLERANCE, NoSolution, Solution, seek_goal
from core.projection import project
from core.workspace import Settings
from tests.core.analysis_helpers import ANNUAL, FIGURE, analyze, count_engine_runs, share_workspace
from tests.core.analysis_helpers import SHARE_DEAL as DEAL
from tests.core.analysis_helpers import SHARE_VALUES as VALUES
from tests.core.builders import assumptions, clause, contract


def _check(result: Solution | NoSolution, target: float) -> Solution:
    assert isinstance(result, Solution)
    assert abs(result.achieved - target) <= TOLERANCE
    return result


def test_a_scalar_is_solved_for_its_value():
    # 2.25 R - 40 = 200  =>  R = 240 / 2.25 = 106.666...
    result = _check(seek_goal(DEAL, ANNUAL, VALUES, FIGURE, "revenue_base", 200.0), 200.0)
    assert (result.assumption, result.solve) == ("revenue_base", "value")
    assert result.value == pytest.approx(240 / 2.25, rel=1e-9)
    # The deterministic projection at that value agrees to the tolerance.
    solved = {**VALUES, "revenue_base": ((0, result.value),)}
    figure = project(DEAL, ANNUAL, solved).key_figures[FIGURE]
    assert isinstance(figure, float)
    assert abs(figure - 200.0) <= TOLERANCE


def test_a_path_is_solved_for_a_factor():
    # Price p: 3 (100 - p - 5 - 20) - 10 = 190  =>  p = 75 - 200 / 3 = 8.333 = 10 x 0.8333
    result = _check(seek_goal(DEAL, ANNUAL, VALUES, FIGURE, "price_partner", 190.0), 190.0)
    assert result.solve == "factor"
    assert result.value == pytest.approx((75 - 200 / 3) / 10, rel=1e-9)


def test_a_nonlinear_figure_is_hit_to_the_tolerance():
    growth = {**VALUES, "revenue_growth": ((2026, 0.3),)}
    result = seek_goal(DEAL, Settings(), growth, "partner_net_npv", "revenue_growth", 100.0)
    _check(result, 100.0)


def test_no_solution_within_bounds_reports_the_figures_range():
    # revenue_base is in [0, 1e5]: the figure runs from -40 to 2.25e5 - 40.
    result = seek_goal(DEAL, ANNUAL, VALUES, FIGURE, "revenue_base", 1e6)
    assert isinstance(result, NoSolution)
    assert result.reason == NO_SOLUTION
    assert result.bounds == (0.0, 1e5)
    assert result.range == pytest.approx((-40.0, 2.25e5 - 40.0))


def test_an_assumption_without_effect_has_no_solution():
    # Growth is 0 in every year: no factor changes it.
    result = seek_goal(DEAL, ANNUAL, VALUES, FIGURE, "revenue_growth", 190.0)
    assert isinstance(result, NoSolution)
    assert result.range == (185.0, 185.0)


def test_a_target_inside_a_jump_has_no_solution():
    # The AGI clause ends the revenue share from the year after cumulative profit reaches
    # 150. Profit is 70 a year, so with S before the start: S >= 80 ends it after year 1
    # (total share 20), 10 <= S < 80 after year 2 (40), else never (60). Nothing gives 30.
    deal = contract(
        clause("revenue_share", "share", rate=0.2),
        clause(
            "agi_clause",
            threshold=150.0,
            measure="cumulative",
            verification_lag_quarters=0,
            ends=["share"],
        ),
    )
    values = assumptions()
    result = seek_goal(
        deal, ANNUAL, values, "revenue_share_total", "profit_cumulative_at_start", 30
    )
    assert isinstance(result, NoSolution)
    assert "jumps" in result.reason
    assert result.range == (20.0, 60.0)
    hit = seek_goal(deal, ANNUAL, values, "revenue_share_total", "profit_cumulative_at_start", 40)
    assert isinstance(hit, Solution)
    assert 10.0 <= hit.value < 80.0


def test_the_scan_runs_as_one_engine_run(monkeypatch):
    calls = count_engine_runs(monkeypatch)
    seek_goal(DEAL, ANNUAL, VALUES, FIGURE, "revenue_base", 200.0)
    assert calls[0] > 30  # every scan point is a draw of the first run
    assert all(draws == 1 for draws in calls[1:])


@pytest.mark.parametrize(
    ("figure", "assumption"),
    [("first_profitable_year", "revenue_base"), (FIGURE, "revenue"), ("nope", "revenue_base")],
)
def test_bad_names_are_rejected(figure, assumption):
    with pytest.raises(AnalysisError):
        seek_goal(DEAL, ANNUAL, VALUES, figure, assumption, 1.0)


def _goalseek_json(tmp_path, capsys, target: str) -> tuple[int, dict]:
    """Goal seek of FIGURE on revenue_base at `target`, by the command line as JSON."""
    workspace = str(share_workspace(tmp_path))
    flags = ["-w", workspace, "--figure", FIGURE, "--assumption", "revenue_base"]
    code = analyze("goalseek", *flags, "--target", target, "--format", "json")
    return code, json.loads(capsys.readouterr().out)


def test_command_line_prints_the_solution_as_json(tmp_path, capsys):
    code, printed = _goalseek_json(tmp_path, capsys, "200")
    assert code == 0
    assert list(printed) == ["assumption", "value", "figure", "achieved"]
    assert printed["value"] == pytest.approx(240 / 2.25)
    assert abs(printed["achieved"] - 200.0) <= TOLERANCE


def test_command_line_reports_no_solution_and_exits_non_zero(tmp_path, capsys):
    code, printed = _goalseek_json(tmp_path, capsys, "1e6")
    assert code == 1
    assert printed == {"error": NO_SOLUTION, "range": [-40.0, pytest.approx(2.25e5 - 40.0)]}
    flags = ["-w", str(tmp_path / "workspace.json"), "--figure", FIGURE]
    assert analyze("goalseek", *flags, "--assumption", "revenue_base", "--target", "1e6") == 1
    assert "no solution within bounds" in capsys.readouterr().err
