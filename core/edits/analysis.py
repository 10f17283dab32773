"""Pure functions for the analysis edits: a scenario's uncertainties and stored analyses."""

from __future__ import annotations

from core.analysis import Distribution
from core.assumptions import SPECS_BY_NAME, YearPath
from core.terms import TermKey
from core.workspace import AnalysisSettings, MonteCarloSettings, Scenario, SensitivitySettings


def with_uncertainty(scenario: Scenario, name: str, uncertainty: Distribution | None) -> Scenario:
    """Return `scenario` with `name` uncertain as `uncertainty`, or certain (None).

    `name` is an assumption or a numeric deal term (``revenue-share.cap_total``); the
    scenario's other uncertainties are kept, assumptions in catalogue order, terms after.
    Raises KeyError for a name that is neither.
    """
    if name not in SPECS_BY_NAME and TermKey.parse(name) is None:
        raise KeyError(name)
    changed = {key: value for key, value in scenario.uncertainty.items() if key != name}
    if uncertainty is not None:
        changed[name] = uncertainty
    ordered = {key: changed[key] for key in SPECS_BY_NAME if key in changed}
    ordered |= {key: value for key, value in changed.items() if key not in SPECS_BY_NAME}
    return scenario.model_copy(update={"uncertainty": ordered})


def with_analysis(scenario: Scenario, analysis: AnalysisSettings | None) -> Scenario:
    """Return `scenario` storing `analysis`; settings with nothing in them are stored as None."""
    if analysis is not None and analysis.montecarlo is None and analysis.sensitivity is None:
        analysis = None
    return scenario.model_copy(update={"analysis": analysis})


def with_montecarlo(scenario: Scenario, draws: int | None, seed: int = 0) -> Scenario:
    """Return `scenario` storing a Monte Carlo run of `draws` from `seed`, or none (None)."""
    stored = scenario.analysis or AnalysisSettings()
    run = None if draws is None else MonteCarloSettings(draws=draws, seed=seed)
    return with_analysis(scenario, stored.model_copy(update={"montecarlo": run}))


def with_sensitivity(
    scenario: Scenario, figure: str | None, include_terms: bool = False
) -> Scenario:
    """Return `scenario` storing a tornado of key figure `figure`, or none (None).

    `include_terms` stores whether the tornado has a bar per deal term.
    Raises pydantic.ValidationError when `figure` is not a numeric key figure.
    """
    stored = scenario.analysis or AnalysisSettings()
    tornado = None
    if figure is not None:
        data = {"figure": figure, "include_terms": include_terms}
        tornado = SensitivitySettings.model_validate(data)
    return with_analysis(scenario, stored.model_copy(update={"sensitivity": tornado}))


def scaled_path(path: YearPath, factor: float) -> YearPath:
    """Return `path` with every value times `factor` (goal seek's factor on a path)."""
    return tuple((year, value * factor) for year, value in path)
