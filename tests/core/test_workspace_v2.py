"""Workspaces of model version 2: the version chain, history and scenario terms.

Contracts are embedded in the workspace (history), so nothing depends on the bundle but
the bundled-chain test. Flat quarterly numbers as in tests/core/builders.py: revenue 25 a
quarter, partner cloud 2.5 a quarter.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from core.errors import Problem, ValidationError
from core.files import workspace_from_text
from core.problems import format_path
from core.projection import project
from tests.core.builders import FLAT, clause


def version(contract_id: str, effective: str, *clauses: dict[str, Any], **extra: Any):
    return {
        "format": "dealscope-contract/1",
        "id": contract_id,
        "title": f"Version {contract_id}",
        "parties": {"lab": "Lab", "partner": "Partner", "partner_cloud": "Cloud"},
        "effective": effective,
        "clauses": list(clauses),
        **extra,
    }


LADDER = clause("profit_share", "ps", tiers=[{"rate": 0.5, "until_total": 10.0}, {"rate": 0.1}])
A = version("a", "2024-01-01", clause("revenue_share", "rs", rate=0.1), LADDER)
B = version("b", "2024-07-01", clause("revenue_share", "rs", rate=0.2), LADDER, supersedes="a")
C = version("c", "2025-01-01", clause("revenue_share", "rs", rate=0.3), supersedes="b")


def workspace(
    contract: Any = C,
    history: list[Any] | None = None,
    versions: str | None = "dated",
    terms: dict[str, Any] | None = None,
) -> str:
    settings: dict[str, Any] = {"start_year": 2024, "end_year": 2025, "frequency": "Q"}
    if versions is not None:
        settings["versions"] = versions
    scenario: dict[str, Any] = {"name": "Base", "assumptions": dict(FLAT)}
    if terms is not None:
        scenario["terms"] = terms
    data: dict[str, Any] = {
        "format": "dealscope-workspace/1",
        "contract": contract,
        "settings": settings,
        "scenarios": [scenario],
    }
    if history is not None:
        data["history"] = history
    return json.dumps(data, indent=2)


def projected(text: str):
    loaded = workspace_from_text(text, file="ws.json")
    scenario = loaded.workspace.scenarios[0]
    return project(loaded.deal_for(scenario), loaded.workspace.settings, scenario.resolved())


def only_problem(text: str) -> Problem:
    with pytest.raises(ValidationError) as excinfo:
        workspace_from_text(text, file="ws.json")
    assert len(excinfo.value.problems) == 1
    return excinfo.value.problems[0]


def test_the_chain_is_followed_back_through_the_history():
    result = projected(workspace(history=[A, B]))

    assert result.table["contract"].tolist() == ["a", "a", "b", "b"] + ["c"] * 4
    assert result.table["revenue_share"].tolist() == pytest.approx(
        [2.5, 2.5, 5.0, 5.0] + [7.5] * 4
    )


def test_selected_mode_projects_the_contract_alone_but_knows_its_history():
    loaded = workspace_from_text(workspace(history=[A, B], versions="selected"))

    assert loaded.versions.ids == ("a", "b", "c")
    assert loaded.deal is loaded.contract


def test_a_workspace_without_versions_is_selected_mode():
    loaded = workspace_from_text(workspace(history=[A, B], versions=None))

    assert loaded.workspace.settings.versions == "selected"


def test_a_supersedes_id_found_nowhere_is_a_located_error():
    text = workspace(history=[B])
    problem = only_problem(text)

    assert problem.path == "settings.versions"
    assert problem.line is not None
    assert '"versions"' in text.splitlines()[problem.line - 1]
    assert "'a'" in problem.found
    assert "found nowhere" in problem.found


def test_a_supersedes_id_found_nowhere_is_no_error_in_selected_mode():
    loaded = workspace_from_text(workspace(history=[B], versions="selected"))

    assert loaded.versions.ids == ("b", "c")


def test_a_loop_in_the_chain_is_a_located_error():
    looping = {**A, "supersedes": "c"}
    problem = only_problem(workspace(history=[looping, B]))

    assert "loop" in problem.found
    assert problem.path == "settings.versions"


def test_a_broken_history_entry_is_reported_at_its_path():
    broken = {**A, "effective": "not a date"}
    problem = only_problem(workspace(history=[broken, B]))

    assert problem.path.startswith("history[0].effective")


def test_a_term_applies_to_the_clause_in_every_version_of_the_chain():
    result = projected(workspace(history=[A, B], terms={"rs.rate": 0.15}))

    assert result.table["revenue_share"].tolist() == pytest.approx([3.75] * 8)


def test_a_tier_bound_term_moves_where_the_ladder_steps_down():
    # Profit 25 - 2.5 - 2.5 = 20 in 2024Q1 (share 10 %): half is 10, which fills the first
    # tier at 10; raising the bound to 15 lets 2024Q2 take 5 more at 50 % (10 of profit)
    # and 10 % of the other 10.
    plain = projected(workspace(history=[A, B]))
    raised = projected(workspace(history=[A, B], terms={"ps.tiers[0].until_total": 15.0}))

    assert plain.table["profit_share"].iloc[:2].tolist() == pytest.approx([10.0, 2.0])
    assert raised.table["profit_share"].iloc[:2].tolist() == pytest.approx([10.0, 6.0])


def test_a_date_term_ends_a_clause_early():
    result = projected(workspace(history=[A, B], terms={"rs.end": "2024-12-31"}))

    assert result.table["revenue_share"].tolist() == pytest.approx([2.5, 2.5, 5.0, 5.0] + [0] * 4)


@pytest.mark.parametrize(
    ("terms", "found", "allowed"),
    [
        ({"nope.rate": 0.1}, "no clause 'nope'", "the id of a clause of the deal"),
        ({"rs.threshold": 5.0}, "revenue_share", "a parameter of revenue_share"),
        ({"rs.rate": 1.5}, "1.5", "less than or equal to 1"),
        ({"rs.rate": "2024-01-01"}, "2024-01-01", "a number"),
        ({"rs.end": 3.0}, "3.0", "an ISO date"),
        ({"ps.tiers[4].rate": 0.1}, "profit_share", "a tier index from 0 to 1"),
        ({"rs": 0.1}, "'rs'", "'clause-id.parameter'"),
    ],
)
def test_a_term_that_does_not_fit_is_a_located_error(terms, found, allowed):
    problem = only_problem(workspace(history=[A, B], terms=terms))

    assert problem.path == format_path(("scenarios", 0, "terms", next(iter(terms))))
    assert problem.line is not None
    assert found in problem.found
    assert allowed in problem.allowed


def test_a_boolean_term_is_refused():
    problem = only_problem(workspace(history=[A, B], terms={"rs.rate": True}))

    assert "True" in problem.found


def test_the_bundled_deal_as_dated_runs_each_version_where_it_was_in_force():
    text = workspace(contract="microsoft-openai-2026-04")
    loaded = workspace_from_text(text)
    scenario = loaded.workspace.scenarios[0]
    result = project(loaded.deal, loaded.workspace.settings, scenario.resolved())

    assert loaded.versions.ids[-4:] == (
        "microsoft-openai-2023-01",
        "microsoft-openai-2025-01",
        "microsoft-openai-2025-10",
        "microsoft-openai-2026-04",
    )
    periods = dict(zip(result.table.index, result.table["contract"], strict=True))
    assert periods["2024Q4"] == "microsoft-openai-2023-01"
    assert periods["2025Q1"] == "microsoft-openai-2025-01"
    assert periods["2025Q4"] == "microsoft-openai-2025-10"
    assert loaded.contract.id == "microsoft-openai-2026-04"
