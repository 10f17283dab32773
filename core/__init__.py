"""Dealscope's calculation core: contracts, workspaces, the engine, comparisons, briefs.

Pure Python (numpy, pandas, pydantic, ReportLab); never imports Qt. The desktop app,
the command line and the PDF briefs are its clients.

The names below are the public API a client uses: load a workspace or a deal, run the
engine, project a scenario, compare, explain, backtest, run the analyses, write a brief or
a workbook, and present numbers. Each is imported on first use (module ``__getattr__``),
so ``import core`` loads neither numpy, pandas nor ReportLab. The functions named like their
module are reached through it: ``core.explain.explain``, ``core.backtest.backtest``::

    import core

    loaded = core.load_workspace(core.default_workspace_path())
    scenario = loaded.workspace.scenarios[0]
    projection = core.project(loaded.deal_for(scenario), loaded.workspace.settings,
                              scenario.resolved())
    print(core.money(projection.key_figures["partner_value_npv"]))
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import TYPE_CHECKING, Any

from core.lazy import first_use_names

MODEL_VERSION = "2"
"""Version of the calculation contract (docs/model.md) the engine implements."""

if TYPE_CHECKING:  # the same names for type checkers; at run time they load on first use
    from core.actuals import Actuals, actuals_for
    from core.analysis import (
        Simulation,
        compute_sensitivity,
        run_monte_carlo,
        seek_goal,
    )
    from core.backtest import Backtest
    from core.chain import Chain, Deal
    from core.compare import compare_figures, compare_versions
    from core.contract import Contract
    from core.engine import Arrays, run
    from core.errors import DealscopeError, FileError, ValidationError
    from core.excel import write_workbook
    from core.excel_import import import_assumptions
    from core.explain import Explanation
    from core.files import (
        LoadedWorkspace,
        bundled_contracts,
        load_contract,
        load_contract_by_id_or_path,
        load_workspace,
        save_workspace,
    )
    from core.present.format import date, gigawatts, money, number, percent, period, points
    from core.present.i18n import language, set_language
    from core.projection import Projection, project
    from core.report import brief_bytes, render_brief
    from core.resources import default_workspace_path
    from core.timegrid import TimeGrid
    from core.workspace import Scenario, Settings, Workspace

_MODULE_OF: dict[str, str] = {
    # load a workspace, a contract, a deal
    "LoadedWorkspace": "core.files",
    "bundled_contracts": "core.files",
    "load_contract": "core.files",
    "load_contract_by_id_or_path": "core.files",
    "load_workspace": "core.files",
    "save_workspace": "core.files",
    "default_workspace_path": "core.resources",
    "Workspace": "core.workspace",
    "Scenario": "core.workspace",
    "Settings": "core.workspace",
    "Contract": "core.contract",
    "Chain": "core.chain",
    "Deal": "core.chain",
    # run the engine, project a scenario
    "TimeGrid": "core.timegrid",
    "Arrays": "core.engine",
    "run": "core.engine",
    "Projection": "core.projection",
    "project": "core.projection",
    # compare, explain, backtest
    "compare_figures": "core.compare",
    "compare_versions": "core.compare",
    "Explanation": "core.explain",
    "Actuals": "core.actuals",
    "actuals_for": "core.actuals",
    "Backtest": "core.backtest",
    # analyses
    "compute_sensitivity": "core.analysis",
    "run_monte_carlo": "core.analysis",
    "Simulation": "core.analysis",
    "seek_goal": "core.analysis",
    # the brief and the workbook
    "brief_bytes": "core.report",
    "render_brief": "core.report",
    "write_workbook": "core.excel",
    "import_assumptions": "core.excel_import",
    # present: the one style for numbers, money, dates; the language
    "number": "core.present.format",
    "money": "core.present.format",
    "percent": "core.present.format",
    "points": "core.present.format",
    "gigawatts": "core.present.format",
    "date": "core.present.format",
    "period": "core.present.format",
    "language": "core.present.i18n",
    "set_language": "core.present.i18n",
    # errors every client catches
    "DealscopeError": "core.errors",
    "FileError": "core.errors",
    "ValidationError": "core.errors",
}
"""Public name -> the module that defines it."""

__all__ = [
    "MODEL_VERSION",
    "Actuals",
    "Arrays",
    "Backtest",
    "Chain",
    "Contract",
    "Deal",
    "DealscopeError",
    "Explanation",
    "FileError",
    "LoadedWorkspace",
    "Projection",
    "Scenario",
    "Settings",
    "Simulation",
    "TimeGrid",
    "ValidationError",
    "Workspace",
    "actuals_for",
    "brief_bytes",
    "bundled_contracts",
    "compare_figures",
    "compare_versions",
    "compute_sensitivity",
    "date",
    "default_workspace_path",
    "gigawatts",
    "import_assumptions",
    "language",
    "load_contract",
    "load_contract_by_id_or_path",
    "load_workspace",
    "money",
    "number",
    "percent",
    "period",
    "points",
    "project",
    "render_brief",
    "run",
    "run_monte_carlo",
    "save_workspace",
    "seek_goal",
    "set_language",
    "write_workbook",
]


_public_name, __dir__ = first_use_names("core", _MODULE_OF, globals())


def __getattr__(name: str) -> Any:
    """Import a public name's module (or the submodule `name`) on first use."""
    if name not in _MODULE_OF and importlib.util.find_spec(f"core.{name}") is not None:
        return importlib.import_module(f"core.{name}")
    return _public_name(name)
