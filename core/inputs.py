"""Assumptions laid out as arrays over (draws, years), the engine's input."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import numpy.typing as npt

from core.assumptions import NAMES, YearPath, path_on_years
from core.timegrid import TimeGrid

FloatArray = npt.NDArray[np.float64]
Inputs = dict[str, FloatArray]
"""Assumption name -> array of shape (draws, years)."""


def inputs_from_paths(paths: Mapping[str, YearPath], grid: TimeGrid) -> Inputs:
    """Lay every assumption's year path over the grid's years, as one draw."""
    return {
        name: np.array([path_on_years(paths[name], grid.years)], dtype=np.float64)
        for name in NAMES
    }


def draw_count(inputs: Inputs) -> int:
    """Number of draws the inputs hold; an input with one row applies to every draw."""
    return max(int(values.shape[0]) for values in inputs.values())
