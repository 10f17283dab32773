"""A scenario's stored analysis settings: validated, saved and loaded like the rest."""

from __future__ import annotations

import typing
from pathlib import Path

import pydantic
import pytest

from core.files import load_workspace, save_workspace
from core.keyfigures import KEY_FIGURES
from core.workspace import NumericFigureName, Scenario, Workspace

STORED = {"montecarlo": {"draws": 2000, "seed": 11}, "sensitivity": {"figure": "partner_net_npv"}}


def test_numeric_figure_names_are_the_money_share_and_gw_key_figures():
    numeric = [f.name for f in KEY_FIGURES if f.kind in ("money", "share", "gw")]
    assert list(typing.get_args(NumericFigureName)) == numeric


def test_analysis_settings_are_optional_and_read_back():
    assert Scenario(name="Base").analysis is None
    scenario = Scenario.model_validate({"name": "Base", "analysis": STORED})
    assert scenario.analysis is not None
    assert scenario.analysis.montecarlo is not None
    assert (scenario.analysis.montecarlo.draws, scenario.analysis.montecarlo.seed) == (2000, 11)
    assert scenario.analysis.sensitivity is not None
    assert scenario.analysis.sensitivity.figure == "partner_net_npv"


@pytest.mark.parametrize(
    "analysis",
    [
        {"montecarlo": {"draws": 0, "seed": 1}},
        {"montecarlo": {"draws": 10, "seed": -1}},
        {"montecarlo": {"draws": 10}},
        {"sensitivity": {"figure": "agi_effective_period"}},  # a period, not a number
        {"sensitivity": {"figure": "nope"}},
        {"goalseek": {}},
        {"montecarlo": {"draws": 10, "seed": 1, "chunks": 3}},
    ],
)
def test_bad_analysis_settings_are_rejected(analysis):
    with pytest.raises(pydantic.ValidationError):
        Scenario.model_validate({"name": "Base", "analysis": analysis})


def test_analysis_settings_survive_save_and_load(tmp_path: Path):
    workspace = Workspace.model_validate(
        {
            "contract": "microsoft-openai-2025-01",
            "scenarios": [{"name": "Base", "analysis": STORED}, {"name": "Bull"}],
        }
    )
    path = tmp_path / "w.json"
    save_workspace(workspace, path)
    assert '"analysis"' in path.read_text(encoding="utf-8")
    loaded = load_workspace(path).workspace
    assert loaded.scenario("Base").analysis == workspace.scenario("Base").analysis
    assert loaded.scenario("Bull").analysis is None
    assert path.read_text(encoding="utf-8").count('"analysis"') == 1  # None is not written
