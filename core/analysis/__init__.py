"""Analyses of model.md section 8 built on the engine: sensitivity, Monte Carlo, goal seek.

Pure Python and numpy, Qt-free. Each analysis runs its variants as the draws of engine
runs (`core.engine.run` is vectorised over draws) instead of one projection per variant.

The names below load their module on first use (module ``__getattr__``), so importing a
submodule such as `core.analysis.heap` does not load the analyses.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the same names for type checkers; at run time they load on first use
    from core.analysis.batch import AnalysisError, CancelledError
    from core.analysis.distributions import Distribution, Uncertainties
    from core.analysis.figurestats import FigureDistribution, Histogram
    from core.analysis.goalseek import NoSolution, Solution, seek_goal
    from core.analysis.heap import keep_freed_memory
    from core.analysis.montecarlo import Band, Progress, Simulation, run_monte_carlo
    from core.analysis.sensitivity import (
        Sensitivity,
        SensitivityRow,
        Setting,
        compute_sensitivity,
    )

_MODULE_OF = {
    "AnalysisError": "batch",
    "CancelledError": "batch",
    "Distribution": "distributions",
    "Uncertainties": "distributions",
    "FigureDistribution": "figurestats",
    "Histogram": "figurestats",
    "NoSolution": "goalseek",
    "Solution": "goalseek",
    "seek_goal": "goalseek",
    "keep_freed_memory": "heap",
    "Band": "montecarlo",
    "Progress": "montecarlo",
    "Simulation": "montecarlo",
    "run_monte_carlo": "montecarlo",
    "Sensitivity": "sensitivity",
    "SensitivityRow": "sensitivity",
    "Setting": "sensitivity",
    "compute_sensitivity": "sensitivity",
}

__all__ = [
    "AnalysisError",
    "Band",
    "CancelledError",
    "Distribution",
    "FigureDistribution",
    "Histogram",
    "NoSolution",
    "Progress",
    "Sensitivity",
    "SensitivityRow",
    "Setting",
    "Simulation",
    "Solution",
    "Uncertainties",
    "compute_sensitivity",
    "keep_freed_memory",
    "run_monte_carlo",
    "seek_goal",
]


def __getattr__(name: str) -> Any:
    """Import a public name's module on first use."""
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'core.analysis' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"core.analysis.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULE_OF])
