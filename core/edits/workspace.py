"""Pure functions that return a changed copy of a workspace, scenario or year path."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from core.assumptions import SPECS_BY_NAME, YearPath, value_in_year
from core.workspace import Scenario, Workspace


@dataclass(frozen=True, slots=True)
class CellChange:
    """A new value for one assumption in one year (`year` None for scalars)."""

    name: str
    year: int | None
    value: float


def set_year_value(path: YearPath, year: int, value: float, years: range) -> YearPath:
    """Return `path` with `value` in `year` only; the other years of `years` keep theirs."""
    series = {y: value_in_year(path, y) for y in years}
    series[year] = value
    return compress(series, [(y, v) for y, v in path if y > years[-1]])


def compress(series: Mapping[int, float], after: Iterable[tuple[int, float]] = ()) -> YearPath:
    """Return the shortest path that holds `series` (one value per year, in order)."""
    entries: list[tuple[int, float]] = []
    for year in sorted(series):
        if not entries or entries[-1][1] != series[year]:
            entries.append((year, series[year]))
    entries.extend(after)
    return tuple(entries)


def with_assumption(scenario: Scenario, name: str, path: YearPath | None) -> Scenario:
    """Return `scenario` with `name` set to `path`, or back to its default when None.

    Raises pydantic.ValidationError when a value is out of bounds.
    """
    raw: dict[str, Any] = {
        key: _path_json(value) for key, value in scenario.overrides().items() if key != name
    }
    if path is not None:
        raw[name] = _path_json(path)
    data = {**scenario.model_dump(exclude_none=True), "assumptions": raw}
    return Scenario.model_validate(data)


def _path_json(path: YearPath) -> float | dict[int, float]:
    if len(path) == 1 and path[0][0] == 0:
        return path[0][1]
    return dict(path)


def with_changes(scenario: Scenario, changes: Iterable[CellChange], years: range) -> Scenario:
    """Return `scenario` with every cell change applied (validated once at the end)."""
    paths = scenario.resolved()
    changed: dict[str, YearPath] = {}
    for change in changes:
        spec = SPECS_BY_NAME[change.name]
        current = changed.get(change.name, paths[change.name])
        if spec.is_path and change.year is not None:
            changed[change.name] = set_year_value(current, change.year, change.value, years)
        else:
            changed[change.name] = ((0, change.value),)
    result = scenario
    for name, path in changed.items():
        default = SPECS_BY_NAME[name].default
        same_as_default = _on_years(path, years) == _on_years(default, years)
        result = with_assumption(result, name, None if same_as_default else path)
    return result


def _on_years(path: YearPath, years: range) -> list[float]:
    if len(path) == 1 and path[0][0] == 0:
        return [path[0][1]]
    return [value_in_year(path, y) for y in years]


def replace_scenario(workspace: Workspace, old_name: str, scenario: Scenario) -> Workspace:
    """Return `workspace` with the scenario called `old_name` replaced by `scenario`."""
    scenarios = tuple(scenario if s.name == old_name else s for s in workspace.scenarios)
    return workspace.model_copy(update={"scenarios": scenarios})


def insert_scenario(workspace: Workspace, index: int, scenario: Scenario) -> Workspace:
    """Return `workspace` with `scenario` inserted at `index`."""
    scenarios = list(workspace.scenarios)
    scenarios.insert(index, scenario)
    return workspace.model_copy(update={"scenarios": tuple(scenarios)})


def remove_scenario(workspace: Workspace, name: str) -> Workspace:
    """Return `workspace` without the scenario called `name`."""
    scenarios = tuple(s for s in workspace.scenarios if s.name != name)
    return workspace.model_copy(update={"scenarios": scenarios})


def move_scenario(workspace: Workspace, name: str, offset: int) -> Workspace:
    """Return `workspace` with `name` moved by `offset` places (clamped to the ends)."""
    scenarios = list(workspace.scenarios)
    index = scenario_index(workspace, name)
    target = max(0, min(len(scenarios) - 1, index + offset))
    scenarios.insert(target, scenarios.pop(index))
    return workspace.model_copy(update={"scenarios": tuple(scenarios)})


def scenario_index(workspace: Workspace, name: str) -> int:
    """Return the position of the scenario called `name`, or raise KeyError."""
    for index, scenario in enumerate(workspace.scenarios):
        if scenario.name == name:
            return index
    raise KeyError(name)


def unique_name(workspace: Workspace, base: str) -> str:
    """Return `base`, or `base 2`, `base 3`... whichever no scenario uses yet."""
    names = {s.name for s in workspace.scenarios}
    if base not in names:
        return base
    number = 2
    while f"{base} {number}" in names:
        number += 1
    return f"{base} {number}"


def renamed(scenario: Scenario, name: str) -> Scenario:
    """Return `scenario` called `name` (validated)."""
    return Scenario.model_validate({**scenario.model_dump(exclude_none=True), "name": name})


def with_notes(scenario: Scenario, notes: str) -> Scenario:
    """Return `scenario` with `notes`."""
    return scenario.model_copy(update={"notes": notes})
