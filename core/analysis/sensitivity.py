"""Sensitivity (tornado) of model.md section 8: one key figure, each assumption low and high.

Every assumption is set low and high in turn, the others staying at their value: by
default its whole path times `LOW_FACTOR` and `HIGH_FACTOR`; when the scenario sets an
uncertainty on it, the P10 and P90 of that distribution (a factor or a shift), so the
bars show the ranges the analyst believes in. Values are clipped to the assumption's
bounds. No sampling is involved, so the order of the rows never depends on a seed.

The base case and all ``2 x 18`` variants run as the draws of one engine run.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from core.analysis.batch import Apply, Baseline, check_numeric_figure
from core.analysis.distributions import (
    Distribution,
    Uncertainties,
    by_name,
    on_terms,
    quantile,
)
from core.analysis.terms import term_swings
from core.assumptions import NAMES, YearPath
from core.chain import Deal
from core.workspace import Settings

LOW_FACTOR = 0.8
HIGH_FACTOR = 1.2


@dataclass(frozen=True, slots=True)
class Setting:
    """How an assumption is set at one end of a bar.

    Parameters
    ----------
    apply : {"factor", "shift"}
        Multiply the whole path by `value`, or add `value` to it (in the assumption's unit).
    value : float
        The factor or the shift.
    source : {"default", "p10", "p90"}
        The default factor, or a percentile of the assumption's uncertainty.
    """

    apply: Apply
    value: float
    source: str

    @property
    def label(self) -> str:
        """Describe the setting: ``×0.8``, ``P10 ×0.912``, ``P90 +0.05``."""
        text = f"×{self.value:.4g}" if self.apply == "factor" else f"{self.value:+.4g}"
        return text if self.source == "default" else f"{self.source.upper()} {text}"


@dataclass(frozen=True, slots=True)
class SensitivityRow:
    """One bar of the tornado.

    Parameters
    ----------
    assumption : str
        Assumption name.
    low, high : Setting
        The low and the high setting.
    figure_low, figure_high : float or None
        The key figure at each setting, in the figure's unit; None when it has no value.
    swing : float
        ``abs(figure_high - figure_low)``; 0 when either is None.
    term : bool
        True when `assumption` is a deal term (``clause-id.parameter``, model.md 11),
        varied in every version of the deal that has the clause.
    """

    assumption: str
    low: Setting
    high: Setting
    figure_low: float | None
    figure_high: float | None
    swing: float
    term: bool = False


@dataclass(frozen=True, slots=True)
class Sensitivity:
    """A tornado: the base value of `figure` and one row per assumption, largest swing first.

    Rows with equal swings keep the catalogue order of `core.assumptions.NAMES`.
    """

    figure: str
    base: float | None
    rows: tuple[SensitivityRow, ...]


def compute_sensitivity(
    contract: Deal,
    settings: Settings,
    assumptions: Mapping[str, YearPath],
    figure: str,
    uncertainty: Uncertainties | None = None,
    include_terms: bool = False,
) -> Sensitivity:
    """Swing of key figure `figure` when each assumption goes from its low to its high setting.

    Parameters
    ----------
    contract, settings : Contract, Settings
        The contract version and the time grid.
    assumptions : mapping of str to YearPath
        Every assumption, resolved (e.g. ``Scenario.resolved()``).
    figure : str
        A numeric key figure (money, share or GW; not a period or a year).
    uncertainty : mapping of str to Distribution, optional
        Where an assumption has one, its P10 and P90 are the low and high settings.
    include_terms : bool
        Add a bar for every numeric term of the deal (0.8 and 1.2 times its value).

    Raises
    ------
    AnalysisError
        When `figure` is not a numeric key figure, or `uncertainty` names an unknown assumption.
    """
    check_numeric_figure(figure)
    distributions = by_name(uncertainty)
    baseline = Baseline.build(contract, settings, assumptions)
    ends = {name: _settings(distributions.get(name)) for name in NAMES}
    draws = 1 + 2 * len(NAMES)
    varied = {}
    for i, (name, (low, high)) in enumerate(ends.items()):
        block = np.repeat(baseline.rows[name][None, :], draws, axis=0)
        block[1 + 2 * i] = baseline.varied(name, low.apply, np.array([low.value]))[0]
        block[2 + 2 * i] = baseline.varied(name, high.apply, np.array([high.value]))[0]
        varied[name] = block
    _, figures = baseline.evaluate(varied, draws)
    values = [_number(v) for v in figures[figure]]
    rows = [
        _row(name, low, high, values[1 + 2 * i], values[2 + 2 * i])
        for i, (name, (low, high)) in enumerate(ends.items())
    ]
    if include_terms:
        term_ends = {key: _settings(dist) for key, dist in on_terms(uncertainty).items()}
        plain = {
            key: ((low.apply, low.value), (high.apply, high.value))
            for key, (low, high) in term_ends.items()
        }
        for swing in term_swings(baseline, figure, plain):
            low, high = term_ends.get(swing.term.key, _settings(None))
            row = _row(swing.term.key, low, high, swing.figure_low, swing.figure_high)
            rows.append(dataclasses.replace(row, term=True))
    rows.sort(key=lambda row: -row.swing)  # stable: ties keep the catalogue order
    return Sensitivity(figure=figure, base=values[0], rows=tuple(rows))


def _settings(dist: Distribution | None) -> tuple[Setting, Setting]:
    if dist is None:
        return Setting("factor", LOW_FACTOR, "default"), Setting("factor", HIGH_FACTOR, "default")
    low, high = quantile(dist, 0.1), quantile(dist, 0.9)
    return Setting(dist.apply, low, "p10"), Setting(dist.apply, high, "p90")


def _row(
    name: str, low: Setting, high: Setting, at_low: float | None, at_high: float | None
) -> SensitivityRow:
    swing = 0.0 if at_low is None or at_high is None else abs(at_high - at_low)
    return SensitivityRow(name, low, high, at_low, at_high, swing)


def _number(value: float) -> float | None:
    return None if math.isnan(value) else float(value)
