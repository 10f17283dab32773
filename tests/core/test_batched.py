"""Scenarios and versions as the draws of one engine run equal projecting them one by one."""

from __future__ import annotations

import math

import numpy as np
import pytest

import core.batched
from core.batched import project_many, project_scenarios
from core.chain import Chain
from core.files import load_workspace
from core.loading import LoadedWorkspace
from core.projection import Projection, project
from core.resources import default_workspace_path
from core.terms import deal_with_terms
from core.workspace import Scenario

TERMS: dict[str, dict[str, float | str | None]] = {
    "Base": {},
    "Bull": {"revenue-share.rate": 0.1, "reverse-share.rate": 0.05},
    "Bear": {
        "profit-share.tiers[0].rate": 0.5,
        "profit-share.tiers[1].until_total": 40.0,
        "equity-stake.share": 0.3,
        "azure-commitment.amount": 400.0,
    },
}
NEWEST_TERMS = {
    "Bull": {"agi.threshold": 60.0},
    "Bear": {"agi.verification_lag_quarters": 1, "revenue-share.cap_total": 20.0},
}
"""Only the newest version has a capped share and an AGI clause of numbers to set."""


def _loaded() -> LoadedWorkspace:
    return load_workspace(default_workspace_path())


def _with_terms(loaded: LoadedWorkspace, terms: dict[str, dict[str, object]]) -> list[Scenario]:
    scenarios = list(loaded.workspace.scenarios)
    return [
        s.model_copy(update={"terms": terms[s.name]}) if s.name in terms else s for s in scenarios
    ]


def _assert_same(got: Projection, expected: Projection) -> None:
    assert got.chain.ids == expected.chain.ids
    assert got.key_figures.keys() == expected.key_figures.keys()
    for name, value in expected.key_figures.items():
        mine = got.key_figures[name]
        if isinstance(value, float) and isinstance(mine, float):
            assert math.isclose(mine, value, rel_tol=1e-9, abs_tol=1e-9), name
        else:
            assert mine == value, name
    assert list(got.table.columns) == list(expected.table.columns)
    assert list(got.table["contract"]) == list(expected.table["contract"])
    numbers = expected.table.drop(columns="contract").to_numpy(np.float64)
    mine_numbers = got.table.drop(columns="contract").to_numpy(np.float64)
    np.testing.assert_allclose(mine_numbers, numbers, rtol=1e-9, atol=1e-9)
    assert got.in_force.equals(expected.in_force)


@pytest.fixture
def runs(monkeypatch) -> list[int]:
    """The number of draws of each engine run core.batched makes, in order."""
    made: list[int] = []
    counting = core.batched.run

    def counted(*args, **kwargs):
        arrays = counting(*args, **kwargs)
        made.append(len(arrays.agi_effective))
        return arrays

    monkeypatch.setattr(core.batched, "run", counted)
    return made


def test_every_scenario_of_the_default_workspace_equals_its_own_projection():
    loaded = _loaded()
    settings = loaded.workspace.settings
    got = project_scenarios(loaded.deal, settings, loaded.workspace.scenarios)
    assert list(got) == [s.name for s in loaded.workspace.scenarios]
    for scenario in loaded.workspace.scenarios:
        expected = project(loaded.deal_for(scenario), settings, scenario.resolved())
        _assert_same(got[scenario.name], expected)


@pytest.mark.parametrize("versions", ["dated", "selected"])
def test_scenarios_with_different_terms_run_together_and_equal_their_projections(versions, runs):
    loaded = _loaded()
    settings = loaded.workspace.settings.model_copy(update={"versions": versions})
    deal = loaded.deal if versions == "dated" else loaded.contract
    terms = TERMS
    if versions == "selected":
        terms = {name: {**t, **NEWEST_TERMS.get(name, {})} for name, t in TERMS.items()}
    scenarios = _with_terms(loaded, terms)
    assert len({tuple(sorted(s.terms.items())) for s in scenarios}) == 3
    got = project_scenarios(deal, settings, scenarios)
    assert runs == [3]  # one engine run, one draw per scenario
    for scenario in scenarios:
        expected = project(deal_with_terms(deal, scenario.terms), settings, scenario.resolved())
        _assert_same(got[scenario.name], expected)
    figures = {name: p.key_figures for name, p in got.items()}
    base, bull, bear = (figures[name] for name in ("Base", "Bull", "Bear"))
    assert bull["revenue_share_npv"] < base["revenue_share_npv"]  # half the rate, same cap
    plain_bear = project(deal, settings, scenarios[-1].resolved()).key_figures
    stake = bear["partner_equity_value_final"] / plain_bear["partner_equity_value_final"]
    assert stake == pytest.approx(0.3 / 0.27)  # the stake term alone moves this figure


def test_a_date_term_runs_apart_and_still_equals_its_projection(runs):
    loaded = _loaded()
    settings = loaded.workspace.settings
    scenarios = _with_terms(
        loaded, {"Bull": {"revenue-share.end": "2028-12-31"}, "Bear": {"reverse-share.rate": 0.1}}
    )
    got = project_scenarios(loaded.deal, settings, scenarios)
    assert runs == [2, 1]  # Base and Bear share a plan; Bull's dates differ
    for scenario in scenarios:
        expected = project(loaded.deal_for(scenario), settings, scenario.resolved())
        _assert_same(got[scenario.name], expected)


def test_versions_of_a_chain_and_the_dated_history_in_one_call():
    loaded = _loaded()
    scenario = loaded.workspace.scenarios[0]
    plain = loaded.workspace.settings.model_copy(update={"versions": "selected"})
    chain = loaded.versions
    jobs = [(Chain((c,)), scenario.resolved()) for c in chain.versions]
    jobs.append((chain, scenario.resolved()))
    got = project_many(jobs, plain)
    assert len(got) == len(chain.versions) + 1
    for (deal, paths), projection in zip(jobs, got, strict=True):
        _assert_same(projection, project(deal, plain, paths))
