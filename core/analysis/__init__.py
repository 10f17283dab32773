"""Analyses of model.md section 8 built on the engine: sensitivity, Monte Carlo, goal seek.

Pure Python and numpy, Qt-free. Each analysis runs its variants as the draws of engine
runs (`core.engine.run` is vectorised over draws) instead of one projection per variant.
"""

from __future__ import annotations

from core.analysis.batch import AnalysisError, CancelledError
from core.analysis.distributions import Distribution, Uncertainties
from core.analysis.figurestats import FigureDistribution, Histogram
from core.analysis.goalseek import NoSolution, Solution, seek_goal
from core.analysis.heap import keep_freed_memory
from core.analysis.montecarlo import Band, Progress, Simulation, run_monte_carlo
from core.analysis.sensitivity import Sensitivity, SensitivityRow, Setting, compute_sensitivity

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
