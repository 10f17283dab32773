"""Properties that hold for any assumptions: caps hold, allocation adds up, zero pays nothing."""

from __future__ import annotations

from typing import Any

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from core.projection import Projection
from tests.core.builders import clause, contract, run

share = st.floats(0.0, 1.0)
growth = st.floats(-0.9, 3.0)
money = st.floats(0.0, 500.0)
capacity = st.floats(0.0, 20.0)

allocation_inputs = st.fixed_dictionaries(
    {
        "compute_base_gw": capacity,
        "compute_growth": growth,
        "training_share": share,
        "own_capacity_gw": capacity,
        "partner_capacity_gw": capacity,
        "rofr_take_rate": share,
        "partner_share_without_rofr": share,
    }
)
"""Assumptions that move the partner-cloud allocation, by name."""


def quarterly(*clauses: dict[str, Any], **inputs: float) -> Projection:
    """A quarterly projection of a contract of `clauses` under `inputs` (to 2027 unless told)."""
    return run(contract(*clauses), "Q", **inputs)


@settings(max_examples=60, deadline=None)
@given(rate=share, cap=money, revenue=money, revenue_growth=growth)
def test_revenue_share_payments_never_exceed_their_cap(rate, cap, revenue, revenue_growth):
    paying = clause("revenue_share", rate=rate, cap_total=cap)
    result = quarterly(paying, end=2035, revenue_base=revenue, revenue_growth=revenue_growth)
    cumulative = result.table["cumulative_revenue_share"].to_numpy()
    assert cumulative.max() <= cap + 1e-9
    assert (result.table["revenue_share"].to_numpy() >= 0).all()


@settings(max_examples=60, deadline=None)
@given(first_rate=share, second_rate=share, first_total=money, extra=money, opex=share)
def test_profit_share_never_exceeds_its_last_closed_tier(
    first_rate, second_rate, first_total, extra, opex
):
    tiers = [
        {"rate": first_rate, "until_total": first_total},
        {"rate": second_rate, "until_total": first_total + extra + 1e-6},
    ]
    result = quarterly(clause("profit_share", tiers=tiers), end=2035, other_opex_share=opex)
    assert result.table["profit_share"].sum() <= first_total + extra + 1e-6 + 1e-9


@settings(max_examples=80, deadline=None)
@given(
    kind=st.sampled_from(["none", "compute", "rofr", "api"]),
    purpose=st.sampled_from([None, "training", "any"]),
    inputs=allocation_inputs,
)
def test_allocation_parts_sum_to_demand(kind, purpose, inputs):
    clauses = []
    if kind == "compute":
        clauses.append(clause("exclusivity", subject="compute"))
    elif kind == "rofr":
        clauses.append(clause("right_of_first_refusal"))
    elif kind == "api":
        clauses.append(clause("exclusivity", subject="api_distribution"))
    if purpose:
        clauses.append(clause("capacity_build_permission", purpose=purpose))
    t = quarterly(*clauses, **inputs).table
    parts = t["own_used_gw"] + t["partner_gw"] + t["others_gw"]
    np.testing.assert_allclose(parts, t["demand_gw"], rtol=1e-12, atol=1e-12)
    assert (t[["own_used_gw", "partner_gw", "others_gw", "shortfall_gw"]] >= -1e-12).all().all()
    assert (t["partner_gw"] <= inputs["partner_capacity_gw"] + 1e-12).all()


@settings(max_examples=40, deadline=None)
@given(revenue=money, model_revenue=money, opex=share)
def test_a_zero_rate_pays_nothing(revenue, model_revenue, opex):
    zero = (
        clause("revenue_share", rate=0.0),
        clause("reverse_revenue_share", rate=0.0),
        clause("profit_share", tiers=[{"rate": 0.0, "until_total": None}]),
    )
    result = quarterly(
        *zero, revenue_base=revenue, partner_model_revenue=model_revenue, other_opex_share=opex
    )
    for column in ("revenue_share", "reverse_revenue_share", "profit_share"):
        assert (result.table[column] == 0.0).all()
