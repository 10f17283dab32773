"""The bundled contracts and the default workspace load and hold what the app relies on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from core.assumptions import NAMES
from core.contract import Contract
from core.workspace import Workspace

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
CONTRACT_FILES = sorted(path for path in (RESOURCES / "contracts").iterdir() if path.is_file())
DEFAULT_WORKSPACE = RESOURCES / "workspaces" / "default.json"


def _load_contract(path: Path) -> Contract:
    return Contract.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def _load_workspace() -> Workspace:
    return Workspace.model_validate(json.loads(DEFAULT_WORKSPACE.read_text(encoding="utf-8")))


def test_contracts_are_bundled():
    assert CONTRACT_FILES, "resources/contracts holds no file"


@pytest.mark.parametrize("path", CONTRACT_FILES, ids=lambda path: path.name)
def test_bundled_contract_is_valid_and_named_after_its_file(path):
    contract = _load_contract(path)

    assert contract.id == path.stem


@pytest.mark.parametrize("path", CONTRACT_FILES, ids=lambda path: path.name)
def test_every_bundled_clause_has_a_source_and_a_summary(path):
    contract = _load_contract(path)

    for clause in contract.clauses:
        assert clause.sources, f"{path.name}: clause {clause.id} cites no source"
        assert clause.summary.strip(), f"{path.name}: clause {clause.id} has no summary"


@pytest.mark.parametrize("path", CONTRACT_FILES, ids=lambda path: path.name)
def test_every_bundled_event_has_a_source(path):
    contract = _load_contract(path)

    for event in contract.events:
        assert event.sources, f"{path.name}: event {event.date} {event.title!r} cites no source"


def test_superseded_contracts_are_bundled():
    contracts = {path.stem: _load_contract(path) for path in CONTRACT_FILES}

    for contract in contracts.values():
        if contract.supersedes is not None:
            assert contract.supersedes in contracts
            assert contracts[contract.supersedes].effective < contract.effective


def test_default_workspace_has_base_bull_and_bear():
    workspace = _load_workspace()

    assert [scenario.name for scenario in workspace.scenarios] == ["Base", "Bull", "Bear"]


def test_base_scenario_sets_every_assumption_from_audited_revenue():
    base = _load_workspace().scenario("Base")

    assert set(base.overrides()) == set(NAMES)
    assert base.overrides()["revenue_base"] == ((0, 3.7),)  # 2024, the horizon's first year


def test_default_workspace_contract_is_bundled():
    workspace = _load_workspace()

    assert workspace.contract in {path.stem for path in CONTRACT_FILES}


def test_bundled_default_workspace_loads_with_its_contract():
    from core.files import bundled_contracts, load_workspace
    from core.resources import default_workspace_path

    loaded = load_workspace(default_workspace_path())
    assert loaded.contract.id in bundled_contracts()
    assert [s.name for s in loaded.workspace.scenarios] == ["Base", "Bull", "Bear"]
