"""The hook for sensitivity and Monte Carlo results: what `render_brief` accepts and prints.

The analyses code (issue 6) passes, per scenario name, a `ScenarioAnalyses` holding any
objects that have the attributes of `Sensitivity` and `MonteCarlo` below (frozen
dataclasses do). The brief prints a section for each scenario that has one; with no
analyses it prints nothing, not even the heading.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol


class SensitivityBar(Protocol):
    """One assumption's effect on the key figure, at its low and high setting."""

    @property
    def assumption(self) -> str:
        """Name of the assumption (a key of `core.assumptions.SPECS_BY_NAME`)."""

    @property
    def low(self) -> float:
        """The key figure with the assumption at its low setting, in the figure's unit."""

    @property
    def high(self) -> float:
        """The key figure with the assumption at its high setting, in the figure's unit."""


class Sensitivity(Protocol):
    """A tornado: how far each assumption moves one key figure."""

    @property
    def figure(self) -> str:
        """Name of the key figure (a key of `core.keyfigures.KEY_FIGURES_BY_NAME`)."""

    @property
    def base(self) -> float:
        """The key figure with every assumption at its scenario value."""

    @property
    def bars(self) -> Sequence[SensitivityBar]:
        """One bar per assumption, largest swing first."""


class MonteCarlo(Protocol):
    """Distribution of the key figures over random draws of the uncertain assumptions."""

    @property
    def draws(self) -> int:
        """Number of draws."""

    @property
    def seed(self) -> int:
        """Seed that reproduces the draws."""

    @property
    def percentiles(self) -> Mapping[str, tuple[float, float, float]]:
        """Key figure name -> (P10, P50, P90), in the figure's unit (money, share or GW)."""

    @property
    def agi_probability(self) -> Mapping[int, float]:
        """Calendar year -> probability (0 to 1) that the AGI clause is effective by its end."""


@dataclass(frozen=True, slots=True)
class ScenarioAnalyses:
    """The analyses of one scenario; either may be missing.

    Parameters
    ----------
    sensitivity : Sensitivity or None
        The tornado of one key figure.
    monte_carlo : MonteCarlo or None
        The Monte Carlo summary.
    """

    sensitivity: Sensitivity | None = None
    monte_carlo: MonteCarlo | None = None

    def is_empty(self) -> bool:
        """True when there is nothing to print."""
        return self.sensitivity is None and self.monte_carlo is None
