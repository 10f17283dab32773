"""What the analysis tests share: a small deal, a workspace file, the analyze command."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import pytest

from core.analysis import batch
from core.assumptions import YearPath
from core.cli import analyze as analyze_command
from core.contract import Contract
from core.workspace import Settings
from tests.core.builders import assumptions, clause, contract

ANNUAL = Settings(start_year=2025, end_year=2027, frequency="A")
"""Three annual periods, 2025 to 2027: few enough to work the figures out by hand."""

FIGURE = "lab_cumulative_profit_final"
# A 20 % revenue share, nothing else. Flat assumptions (builders.FLAT) with these changes:
# opex 5 % of revenue, 1 GW all on the partner cloud at 10 $B/GW-yr, -10 before the start.
# Final cumulative profit for revenue R a year: 3 (R - 10 - 0.05 R - 0.2 R) - 10
# = 2.25 R - 40; at R = 100, 3 x 65 - 10 = 185.
SHARE_DEAL = contract(clause("revenue_share", rate=0.2))
SHARE_VALUES = assumptions(
    other_opex_share=0.05, price_other=15.0, profit_cumulative_at_start=-10.0
)


def flat_scenario(name: str, values: dict[str, YearPath]) -> dict[str, Any]:
    """A workspace scenario holding the flat `values` (one number per assumption)."""
    return {"name": name, "assumptions": {key: path[0][1] for key, path in values.items()}}


def workspace_file(
    folder: Path, deal: Contract, scenario: dict[str, Any], annual: bool = True
) -> Path:
    """A workspace file in `folder` embedding `deal`, with one `scenario`, on `ANNUAL`."""
    document: dict[str, Any] = {
        "format": "dealscope-workspace/1",
        "contract": deal.model_dump(mode="json", exclude_defaults=True),
        "scenarios": [scenario],
    }
    if annual:
        document["settings"] = {"start_year": 2025, "end_year": 2027, "frequency": "A"}
    path = folder / "workspace.json"
    path.write_text(json.dumps(document))
    return path


def share_workspace(folder: Path) -> Path:
    """A workspace file of `SHARE_DEAL` with one scenario, "Flat", of `SHARE_VALUES`."""
    return workspace_file(folder, SHARE_DEAL, flat_scenario("Flat", SHARE_VALUES))


def analyze(*argv: str) -> int:
    """Run ``dealscope analyze ARGV`` in process; its exit status."""
    parser = argparse.ArgumentParser()
    analyze_command.add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["analyze", *argv])
    return int(args.handler(args))


def count_engine_runs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The draws of every engine run an analysis makes from now on, in order."""
    draws: list[int] = []
    engine_run = batch.run

    def counting_run(*args: Any, **kwargs: Any) -> Any:
        draws.append(len(args[2]["revenue_base"]))
        return engine_run(*args, **kwargs)

    monkeypatch.setattr(batch, "run", counting_run)
    return draws
