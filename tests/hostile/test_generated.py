"""Generated hostile inputs: each ends as a located error, a usage error or a valid result."""

from __future__ import annotations

import pytest

from core import actuals
from tests.hostile.generate import (
    actuals_cases,
    cli_cases,
    contract_cases,
    uncertainty_cases,
    workspace_cases,
)
from tests.hostile.runner import OUTCOMES, run

CASES = contract_cases(100) + workspace_cases(120) + uncertainty_cases(50) + cli_cases(70)
ACTUALS = actuals_cases(40)


@pytest.mark.parametrize(("build"), [build for _, build in CASES], ids=[i for i, _ in CASES])
def test_generated_case_ends_in_one_outcome(build, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    argv, files = build(tmp_path)
    assert run(argv, files).outcome in OUTCOMES


@pytest.mark.parametrize("text", [text for _, text in ACTUALS], ids=[i for i, _ in ACTUALS])
def test_generated_actuals_file_ends_in_one_outcome(text, tmp_path, monkeypatch):
    path = tmp_path / "actuals.yaml"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setattr(actuals, "actuals_for", lambda contract: actuals.load_actuals(path))
    assert run(["backtest", "--format", "json"], [str(path)]).outcome in OUTCOMES


def test_there_are_at_least_300_generated_cases():
    assert len(CASES) + len(ACTUALS) >= 300
    ids = [case_id for case_id, _ in CASES] + [case_id for case_id, _ in ACTUALS]
    assert len(set(ids)) == len(ids)
