"""Deal terms as analysis inputs (model.md section 11), worked out by hand.

Flat annual assumptions 2025-2027 (tests/core/builders.py): revenue 100 a year, so a 20 %
revenue share pays 20 a year, 60 in all, unless a cap stops it sooner.
"""

from __future__ import annotations

import json

import pytest

from core.analysis.batch import AnalysisError, Baseline
from core.analysis.goalseek import NO_SOLUTION, TOLERANCE, NoSolution, Solution
from core.analysis.sensitivity import compute_sensitivity
from core.analysis.terms import seek_term
from core.chain import Chain
from core.terms import numeric_terms, term_label
from tests.core.analysis_helpers import ANNUAL, analyze, workspace_file
from tests.core.builders import FLAT, assumptions, clause, contract

DEAL = contract(clause("revenue_share", "rs", title="Revenue share", rate=0.2, cap_total=30.0))


def baseline() -> Baseline:
    return Baseline.build(DEAL, ANNUAL, assumptions())


def test_the_deals_numeric_terms_are_listed_with_their_bounds():
    terms = {t.key: t for t in numeric_terms(Chain((DEAL,)))}

    assert set(terms) == {"rs.rate", "rs.cap_total"}
    assert (terms["rs.rate"].value, terms["rs.rate"].upper) == (0.2, 1.0)
    assert terms["rs.cap_total"].value == 30.0
    assert term_label(Chain((DEAL,)), "rs.cap_total") == "Cap of Revenue share"


def test_goal_seek_finds_the_cap_that_gives_a_total():
    result = seek_term(baseline(), "revenue_share_total", "rs.cap_total", 45.0)

    # The total is min(cap, 60): a cap of 45 pays 20, 20 and 5.
    assert isinstance(result, Solution)
    assert result.value == pytest.approx(45.0, abs=1e-5)
    assert abs(result.achieved - 45.0) <= TOLERANCE


def test_goal_seek_on_a_term_says_when_no_value_within_bounds_reaches_the_target():
    result = seek_term(baseline(), "revenue_share_total", "rs.cap_total", 70.0)

    assert isinstance(result, NoSolution)
    assert result.reason == NO_SOLUTION
    assert result.range == (pytest.approx(0.0), pytest.approx(60.0))


def test_goal_seek_refuses_an_unknown_term_and_a_non_finite_target():
    with pytest.raises(AnalysisError, match=r"no numeric term 'rs\.threshold'"):
        seek_term(baseline(), "revenue_share_total", "rs.threshold", 10.0)
    with pytest.raises(AnalysisError, match="finite"):
        seek_term(baseline(), "revenue_share_total", "rs.rate", float("inf"))


def test_the_tornado_includes_deal_terms_when_asked():
    result = compute_sensitivity(
        DEAL, ANNUAL, assumptions(), "revenue_share_total", include_terms=True
    )
    rows = {row.assumption: row for row in result.rows}

    # Cap 24 or 36 moves the capped total by 12; a rate of 16 % or 24 % still reaches 30.
    assert rows["rs.cap_total"].term
    assert (rows["rs.cap_total"].figure_low, rows["rs.cap_total"].figure_high) == (
        pytest.approx(24.0),
        pytest.approx(36.0),
    )
    assert rows["rs.rate"].swing == pytest.approx(0.0)
    assert "rs.cap_total" not in {
        row.assumption
        for row in compute_sensitivity(DEAL, ANNUAL, assumptions(), "revenue_share_total").rows
    }


def test_command_line_solves_for_a_term(tmp_path, capsys):
    path = workspace_file(tmp_path, DEAL, {"name": "Flat", "assumptions": FLAT})
    flags = ["-w", str(path), "--figure", "revenue_share_total", "--term", "rs.cap_total"]

    assert analyze("goalseek", *flags, "--target", "45", "--format", "json") == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["assumption"] == "rs.cap_total"
    assert printed["value"] == pytest.approx(45.0, abs=1e-5)
    assert analyze("goalseek", *flags, "--target", "70") == 1
    assert "no solution within bounds" in capsys.readouterr().err
