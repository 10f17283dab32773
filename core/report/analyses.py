"""The brief's analyses: a tornado and a Monte Carlo run per scenario, and how to repeat them.

`render_brief` prints a section for each scenario that has a `ScenarioAnalyses`: the
results of `core.analysis.compute_sensitivity` and `core.analysis.run_monte_carlo` as they
are. `stored_analyses` repeats the analyses a workspace records with its scenarios
(``Scenario.analysis``: the tornado's figure and whether it has the deal terms, the Monte
Carlo draws and seed), so a brief made from a saved workspace prints the same numbers the
app showed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from core.analysis import Sensitivity, Simulation, compute_sensitivity, run_monte_carlo
from core.chain import Deal
from core.workspace import Scenario, Settings, Workspace


@dataclass(frozen=True, eq=False)
class ScenarioAnalyses:
    """The analyses of one scenario; either may be missing.

    Parameters
    ----------
    sensitivity : Sensitivity or None
        The tornado of one numeric key figure.
    monte_carlo : Simulation or None
        A Monte Carlo run of the scenario's uncertainties.
    """

    sensitivity: Sensitivity | None = None
    monte_carlo: Simulation | None = None

    def is_empty(self) -> bool:
        """True when there is nothing to print."""
        return self.sensitivity is None and self.monte_carlo is None


def scenario_analyses(deal: Deal, settings: Settings, scenario: Scenario) -> ScenarioAnalyses:
    """Repeat the analyses `scenario` records; empty when it records none.

    Parameters
    ----------
    deal, settings : Deal, Settings
        The contract (or dated chain of versions) and the time grid the scenario is
        projected on.
    scenario : Scenario
        Its ``analysis`` says which figure the tornado shows and how many draws, from
        which seed, the Monte Carlo run takes; its ``uncertainty`` what is sampled.
    """
    stored = scenario.analysis
    if stored is None:
        return ScenarioAnalyses()
    assumptions = scenario.resolved()
    sensitivity = None
    if stored.sensitivity is not None:
        sensitivity = compute_sensitivity(
            deal,
            settings,
            assumptions,
            stored.sensitivity.figure,
            scenario.uncertainty,
            include_terms=stored.sensitivity.include_terms,
        )
    monte_carlo = None
    if stored.montecarlo is not None:
        monte_carlo = run_monte_carlo(
            deal,
            settings,
            assumptions,
            scenario.uncertainty,
            stored.montecarlo.draws,
            stored.montecarlo.seed,
        )
    return ScenarioAnalyses(sensitivity, monte_carlo)


def stored_analyses(
    workspace: Workspace, contract: Deal, names: Sequence[str] | None = None
) -> dict[str, ScenarioAnalyses]:
    """The analyses recorded with the scenarios called `names` (default all), repeated.

    Scenarios that record none are left out.
    """
    chosen = [s.name for s in workspace.scenarios] if names is None else list(names)
    found: dict[str, ScenarioAnalyses] = {}
    for name in chosen:
        analyses = scenario_analyses(contract, workspace.settings, workspace.scenario(name))
        if not analyses.is_empty():
            found[name] = analyses
    return found
