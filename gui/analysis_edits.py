"""Pure functions for the analysis edits: a scenario's uncertainties and stored analyses."""

from __future__ import annotations

from core.analysis import Distribution
from core.assumptions import SPECS_BY_NAME, YearPath
from core.workspace import AnalysisSettings, MonteCarloSettings, Scenario, SensitivitySettings


def with_uncertainty(scenario: Scenario, name: str, uncertainty: Distribution | None) -> Scenario:
    """Return `scenario` with assumption `name` uncertain as `uncertainty`, or certain (None).

    Raises KeyError for an unknown assumption.
    """
    if name not in SPECS_BY_NAME:
        raise KeyError(name)
    changed = {key: value for key, value in scenario.uncertainty.items() if key != name}
    if uncertainty is not None:
        changed[name] = uncertainty  # type: ignore[index]  # name is an AssumptionName
    ordered = {key: changed[key] for key in SPECS_BY_NAME if key in changed}
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
