"""Every bundled deal: sourced clauses, chained versions, a workspace that projects, and one
figure per deal worked out by hand on the bundled contract."""

from __future__ import annotations

import math
import re

import pytest

from core.deals import group_by_deal
from core.files import bundled_contracts, load_workspace
from core.resources import RESOURCES_DIR
from tests.core.builders import run

WORKSPACES = {
    "amazon-anthropic": ("Anthropic", "Amazon"),
    "microsoft-anthropic": ("Anthropic", "Microsoft"),
    "oracle-openai": ("OpenAI", "Oracle"),
}
URL = re.compile(r"^https?://\S+$")


def _workspace(name: str):
    return load_workspace(RESOURCES_DIR / "workspaces" / f"{name}.json")


def test_at_least_four_deals_are_bundled():
    names = [deal.name for deal in group_by_deal(bundled_contracts().values())]

    assert names[0] == "Microsoft and OpenAI"
    assert {"Amazon and Anthropic", "Microsoft and Anthropic", "Oracle and OpenAI"} <= set(names)


@pytest.mark.parametrize("contract_id", sorted(bundled_contracts()))
def test_every_clause_and_event_cites_a_known_source_with_a_url(contract_id):
    contract = bundled_contracts()[contract_id]
    sources = {source.id: source for source in contract.sources}

    cited = [(f"clause {c.id}", c.sources) for c in contract.clauses]
    cited += [(f"event {e.date} {e.title!r}", e.sources) for e in contract.events]
    for what, ids in cited:
        assert ids, f"{contract_id}: {what} cites no source"
        for source_id in ids:
            assert source_id in sources, f"{contract_id}: {what} cites unknown {source_id!r}"
            assert URL.match(sources[source_id].url), f"{contract_id}: {source_id} has no URL"


@pytest.mark.parametrize("contract_id", sorted(bundled_contracts()))
def test_every_clause_carries_a_confidence_and_a_summary(contract_id):
    for clause in bundled_contracts()[contract_id].clauses:
        assert clause.confidence in {"official", "reported", "assumed"}
        assert len(clause.summary.split()) >= 8, f"{contract_id}: {clause.id} summary too short"


def test_each_deal_is_one_chain_of_versions_linked_by_supersedes():
    for deal in group_by_deal(bundled_contracts().values()):
        first, *later = deal.versions
        assert first.supersedes is None, deal.name
        for older, newer in zip(deal.versions, later, strict=False):
            assert newer.supersedes == older.id, f"{newer.id} should supersede {older.id}"
            assert newer.effective > older.effective


@pytest.mark.parametrize("name", sorted(WORKSPACES))
def test_deal_workspace_uses_the_newest_version_of_its_own_deal(name):
    loaded = _workspace(name)
    lab, partner = WORKSPACES[name]

    assert (loaded.contract.parties.lab, loaded.contract.parties.partner) == (lab, partner)
    deal = next(d for d in group_by_deal(bundled_contracts().values()) if d.key == (lab, partner))
    assert loaded.contract == deal.versions[-1]
    assert [s.name for s in loaded.workspace.scenarios] == ["Base", "Bull", "Bear"]


@pytest.mark.parametrize("name", sorted(WORKSPACES))
def test_every_assumption_a_scenario_sets_is_sourced_in_its_notes(name):
    for scenario in _workspace(name).workspace.scenarios:
        lines = scenario.notes.splitlines()
        assert "Sources, one line per assumption" in scenario.notes
        for assumption in scenario.overrides():
            line = next((ln for ln in lines if assumption in ln.split(":", 1)[0]), None)
            assert line is not None, f"{name} {scenario.name}: {assumption} has no note"
            grounded = ("http", "assumption", "derived", "unused")
            assert any(word in line for word in grounded), f"{name}: {line!r}"


@pytest.mark.parametrize("name", sorted(WORKSPACES))
def test_every_scenario_of_a_deal_workspace_projects_with_finite_figures(name):
    from core.projection import project

    loaded = _workspace(name)
    for scenario in loaded.workspace.scenarios:
        deal = loaded.deal_for(scenario)
        projection = project(deal, loaded.workspace.settings, scenario.resolved())
        # The AGI measure is empty by design in a contract without an AGI clause.
        table = projection.table.drop(columns="agi_measure")
        numbers = table.select_dtypes("number").to_numpy()
        assert numbers.size
        assert all(math.isfinite(v) for v in numbers.ravel())
        for figure, value in projection.key_figures.items():
            if isinstance(value, float):
                assert math.isfinite(value), f"{name} {scenario.name}: {figure} = {value}"
        assert projection.key_figures["lab_revenue_final_year"] > 0


def test_amazon_anthropic_aws_commitment_shortfall_by_hand():
    # $100B over 2026-04-20 to 2036-04-19: 3,653 days (ten years and three 29 Februaries).
    # The 2025-2035 horizon holds 2026-04-20 to 2035-12-31: 256 days of 2026, then nine
    # years with two leap days, 9 x 365 + 2 = 3,287; 3,543 days in all.
    required = 100 * 3543 / 3653  # = 96.9888
    # Annual grid: the partner cloud supplies 0.5 GW at $10B per GW-year in 2026-2035,
    # every year overlapping the window: 10 x 0.5 x 10 = $50B spent.
    contract = bundled_contracts()["amazon-anthropic-2026-04"]
    projection = run(contract, start=2025, end=2035, partner_capacity_gw=0.5)

    assert projection.key_figures["partner_commitment_shortfall"] == pytest.approx(required - 50)
    assert required - 50 == pytest.approx(46.9888, abs=1e-4)
    # The assumed 15 % stake at a $1,000B valuation.
    assert projection.key_figures["partner_equity_value_final"] == pytest.approx(150.0)


def test_microsoft_anthropic_azure_commitment_shortfall_by_hand():
    # $30B over 2025-11-18 to 2030-12-31, all inside 2025-2035: $30B required. Quarterly,
    # 2025Q4 to 2030Q4 overlap the window: 1 + 5 x 4 = 21 quarters, each 0.1 GW at $10B per
    # GW-year, a quarter of a year: 0.25 a quarter, $5.25B spent.
    contract = bundled_contracts()["microsoft-anthropic-2025-11"]
    projection = run(contract, "Q", 2025, 2035, partner_capacity_gw=0.1)

    assert projection.key_figures["partner_commitment_shortfall"] == pytest.approx(30 - 5.25)
    # The assumed 1.4 % stake (5 / 350) at a $1,000B valuation.
    assert projection.key_figures["partner_equity_value_final"] == pytest.approx(14.0)


def test_oracle_openai_commitment_shortfall_by_hand_in_both_versions():
    # Demand 5 GW, all placed on OCI by choice up to its 4.5 GW, at $10B per GW-year: a
    # quarter spends 4.5 x 10 / 4 = $11.25B.
    changes = {"compute_base_gw": 5.0, "partner_capacity_gw": 4.5}
    # September 2025: $300B over 2027-06-01 to 2032-05-31, inside 2025-2035. 2027Q2 to
    # 2032Q2 overlap it: 3 + 4 x 4 + 2 = 21 quarters, 21 x 11.25 = $236.25B spent.
    september = run(bundled_contracts()["oracle-openai-2025-09"], "Q", 2025, 2035, **changes)
    assert september.key_figures["partner_commitment_shortfall"] == pytest.approx(63.75)
    # July 2025: $30B over Oracle's fiscal 2028 (2027-06-01 to 2028-05-31), 2027Q2 to
    # 2028Q2: 5 quarters, $56.25B spent, more than required.
    july = run(bundled_contracts()["oracle-openai-2025-07"], "Q", 2025, 2035, **changes)
    assert july.key_figures["partner_commitment_shortfall"] == 0.0
    # Oracle holds no stake in OpenAI.
    assert september.key_figures["partner_equity_value_final"] == 0.0


def test_amended_deals_project_each_period_under_the_version_then_in_force():
    from core.projection import project

    loaded = _workspace("amazon-anthropic")
    base = loaded.workspace.scenario("Base")
    table = project(loaded.deal_for(base), loaded.workspace.settings, base.resolved()).table

    # The April 2026 expansion took effect on 2026-04-20, inside 2026Q2.
    assert table.loc["2026Q1", "contract"] == "amazon-anthropic-2024-11"
    assert table.loc["2026Q2", "contract"] == "amazon-anthropic-2026-04"
    assert table.loc["2025Q1", "contract"] == "amazon-anthropic-2024-11"
