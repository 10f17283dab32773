"""Generated hostile inputs: each ends as a located error, a usage error or a valid result."""

from __future__ import annotations

import pytest

from tests.hostile.generate import cli_cases, contract_cases, uncertainty_cases, workspace_cases
from tests.hostile.runner import OUTCOMES, run

CASES = contract_cases(110) + workspace_cases(120) + uncertainty_cases(50) + cli_cases(70)


@pytest.mark.parametrize(("build"), [build for _, build in CASES], ids=[i for i, _ in CASES])
def test_generated_case_ends_in_one_outcome(build, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    argv, files = build(tmp_path)
    assert run(argv, files).outcome in OUTCOMES


def test_there_are_at_least_300_generated_cases():
    assert len(CASES) >= 300
    assert len({case_id for case_id, _ in CASES}) == len(CASES)
