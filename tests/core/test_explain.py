"""Explain a figure: the steps name the clause, the rate, the inputs and the cap."""

from __future__ import annotations

import pytest

from core.explain import ExplainError, explain
from tests.core.builders import agi_clause, clause, contract, run


def capped_share():
    return contract(clause("revenue_share", "share", rate=0.2, cap_total=38.0))


def test_revenue_share_explained_with_rate_revenue_and_cap():
    result = run(capped_share(), frequency="Q")
    explanation = explain(result, "revenue_share", "2025Q2")
    assert explanation.value == pytest.approx(5.0)
    assert explanation.headline == "2025Q2 revenue share $5.0B"
    (step,) = explanation.steps
    # 20 % of $25B; two quarters paid so far, $10B of the cap.
    assert step.text == (
        "$5.0B = 20.0% (clause share, 2025-01 version, assumed) x revenue $25.0B; "
        "cumulative $10.0B of the $38.0B cap"
    )
    assert step.clause_id == "share"


def test_the_payment_cut_by_the_cap_says_so():
    result = run(capped_share(), frequency="Q")
    (step,) = explain(result, "revenue_share", "2026Q4").steps
    assert step.text.startswith("$3.0B, cut from $5.0B by the cap")
    assert step.text.endswith("cumulative $38.0B of the $38.0B cap")


def test_a_share_ended_by_agi_names_the_effective_period():
    the_contract = contract(
        clause("revenue_share", "share", rate=0.2),
        agi_clause("share"),
    )
    result = run(the_contract, frequency="Q")
    (step,) = explain(result, "revenue_share", "2027Q4").steps
    assert "ended by the AGI clause, effective 2027Q4" in step.text
    agi = explain(result, "agi_measure", "2027Q1")
    # 9 quarters of 17.5 profit.
    assert agi.value == pytest.approx(157.5)
    assert "reached in 2027Q1; with the 2-quarter verification lag, effective 2027Q4" in (
        agi.as_text()
    )


def test_allocation_explains_the_rule_in_force():
    the_contract = contract(clause("right_of_first_refusal", "rofr"))
    result = run(the_contract, rofr_take_rate=0.6)
    text = explain(result, "partner_gw", "2025").as_text()
    assert "Cloud: 0.60 GW = 60.0% taken of 1.00 GW offered first" in text
    assert "clause rofr" in text


def test_unknown_figure_or_period_is_a_clear_error():
    result = run(capped_share())
    with pytest.raises(ExplainError, match="cannot explain 'nothing'"):
        explain(result, "nothing", "2025")
    with pytest.raises(ExplainError, match="periods run 2025 to 2027"):
        explain(result, "revenue_share", "2040")
