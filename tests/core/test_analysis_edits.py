"""The pure edits behind the analysis commands: uncertainties, stored analyses, scaled paths."""

import pydantic
import pytest

from core.edits.analysis import (
    scaled_path,
    with_montecarlo,
    with_sensitivity,
    with_uncertainty,
)
from core.workspace import Normal, Scenario, Triangular

GROWTH = Triangular(dist="triangular", low=0.6, mode=1.0, high=1.25)


def test_uncertainties_keep_catalogue_order_and_none_removes():
    scenario = with_uncertainty(
        Scenario(name="S"), "lab_valuation", Normal(dist="normal", mean=1, sd=0.1)
    )
    scenario = with_uncertainty(scenario, "revenue_growth", GROWTH)
    assert list(scenario.uncertainty) == ["revenue_growth", "lab_valuation"]
    assert list(with_uncertainty(scenario, "revenue_growth", None).uncertainty) == [
        "lab_valuation"
    ]
    with pytest.raises(KeyError):
        with_uncertainty(scenario, "nope", GROWTH)


def test_stored_analyses_empty_out_to_none():
    scenario = with_montecarlo(Scenario(name="S"), 5000, 3)
    scenario = with_sensitivity(scenario, "partner_net_npv")
    assert scenario.analysis.montecarlo.draws == 5000
    assert scenario.analysis.sensitivity.figure == "partner_net_npv"
    scenario = with_montecarlo(scenario, None)
    assert scenario.analysis.montecarlo is None
    assert with_sensitivity(scenario, None).analysis is None
    with pytest.raises(pydantic.ValidationError):
        with_sensitivity(scenario, "agi_effective_period")


def test_a_scaled_path_multiplies_every_year():
    assert scaled_path(((2025, 1.0), (2027, 0.5)), 1.2) == ((2025, 1.2), (2027, 0.6))
