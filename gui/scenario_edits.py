"""The Session's undoable edits of scenarios: each makes a new workspace and pushes it.

The pure work is in `core.edits`; here a refused edit becomes the Session's error message.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

import pydantic

from core.analysis import Distribution
from core.assumptions import SPECS_BY_NAME, YearPath, value_in_year
from core.chain import Chain, Deal, as_chain
from core.contract import Contract
from core.edits import analysis as analysis_edits
from core.edits import terms as term_edits
from core.edits import workspace as edits
from core.edits.workspace import CellChange
from core.present.labels import fill_names
from core.terms import term_label
from core.workspace import Scenario, TermValue, Workspace

Push = Callable[[Workspace, str, str | None, str | None], None]


class ScenarioEdits:
    """Edits of the workspace's scenarios, mixed into `Session` (which provides the state).

    `_push(workspace, text, current, merge_key)` makes one undo step; `report_problem`
    tells the user why an edit was refused.
    """

    _workspace: Workspace
    _current: str
    _contract: Contract
    _chain: Chain
    _deal: Deal
    _push: Push
    report_problem: Callable[[str], None]

    def _scenario(self) -> Scenario:
        return self._workspace.scenario(self._current)

    def _years(self) -> range:
        settings = self._workspace.settings
        return range(settings.start_year, settings.end_year + 1)

    def set_scenarios(self, workspace: Workspace, text: str) -> None:
        """Take `workspace`'s scenarios, e.g. assumptions imported from Excel (one undo step)."""
        changed = self._workspace.model_copy(update={"scenarios": workspace.scenarios})
        if changed != self._workspace:
            self._push(changed, text, None, None)

    def set_values(self, changes: Sequence[CellChange], text: str = "Edit assumption") -> bool:
        """Apply cell changes to the current scenario; invalid values are reported."""
        scenario = self._scenario()
        try:
            changed = edits.with_changes(scenario, changes, self._years())
        except pydantic.ValidationError as exc:
            self.report_problem(first_error(exc))
            return False
        self._push_current(changed, text)
        return True

    def reset_values(self, cells: Sequence[tuple[str, int | None]]) -> None:
        """Set each (assumption, year) cell back to the app default."""
        changes = [
            CellChange(name, year, value_in_year(SPECS_BY_NAME[name].default, year or 0))
            for name, year in cells
        ]
        self.set_values(changes, "Reset to default")

    def reset_assumptions(self, names: Sequence[str]) -> None:
        """Remove the current scenario's values for `names` (one undo step)."""
        changed = self._scenario()
        for name in names:
            changed = edits.with_assumption(changed, name, None)
        self._push_current(changed, "Reset to default")

    def add_scenario(self) -> None:
        """Add a scenario on the app defaults after the current one and make it current."""
        scenario = Scenario(name=edits.unique_name(self._workspace, "Scenario"))
        self._insert_after_current(scenario, "Add scenario")

    def duplicate_scenario(self, name: str) -> None:
        """Copy scenario `name` under a new name after it and make the copy current."""
        source = self._workspace.scenario(name)
        copy = edits.renamed(source, edits.unique_name(self._workspace, f"{name} copy"))
        self._insert_after_current(copy, f"Duplicate {name}")

    def rename_scenario(self, old: str, new: str) -> bool:
        """Rename a scenario; an empty, taken or too long name is reported, returns False."""
        new = new.strip()
        if new == old:
            return True
        if not new or new in {s.name for s in self._workspace.scenarios}:
            reason = "is already used" if new else "is empty"
            self.report_problem(f"Cannot rename {old!r}: the name {new!r} {reason}")
            return False
        try:
            scenario = edits.renamed(self._workspace.scenario(old), new)
        except pydantic.ValidationError as exc:  # too long: nothing changes, the list reverts
            error = exc.errors()[0]
            limit = error.get("ctx", {}).get("max_length")
            reason = (
                f"a name has at most {limit} characters, this one has {len(new)}"
                if error["type"] == "string_too_long"
                else first_error(exc)
            )
            self.report_problem(f"Cannot rename {old!r}: {reason}")
            return False
        workspace = edits.replace_scenario(self._workspace, old, scenario)
        current = new if old == self._current else None
        self._push(workspace, f"Rename {old} to {new}", current, None)
        return True

    def delete_scenario(self, name: str) -> None:
        """Delete scenario `name`; the last one stays (reported)."""
        scenarios = self._workspace.scenarios
        if len(scenarios) == 1:
            self.report_problem("A workspace keeps at least one scenario")
            return
        index = edits.scenario_index(self._workspace, name)
        neighbour = scenarios[index + 1 if index + 1 < len(scenarios) else index - 1].name
        current = neighbour if name == self._current else self._current
        self._push(edits.remove_scenario(self._workspace, name), f"Delete {name}", current, None)

    def move_scenario(self, name: str, offset: int) -> None:
        """Move scenario `name` up (negative `offset`) or down the list."""
        workspace = edits.move_scenario(self._workspace, name, offset)
        if workspace.scenarios != self._workspace.scenarios:
            self._push(workspace, f"Move {name}", None, None)

    def set_notes(self, name: str, notes: str) -> None:
        """Set scenario `name`'s notes; consecutive typing merges into one undo step."""
        scenario = self._workspace.scenario(name)
        if scenario.notes != notes:
            workspace = edits.replace_scenario(
                self._workspace, name, edits.with_notes(scenario, notes)
            )
            self._push(workspace, f"Edit notes of {name}", None, f"notes:{name}")

    def set_uncertainty(self, name: str, uncertainty: Distribution | None) -> None:
        """Make assumption or deal term `name` of the current scenario uncertain, or not (None)."""
        changed = analysis_edits.with_uncertainty(self._scenario(), name, uncertainty)
        spec = SPECS_BY_NAME.get(name)
        if spec is not None:
            label = fill_names(spec.label, self._contract)
        else:
            label = term_label(self._chain, name)
        verb = "Remove uncertainty of" if uncertainty is None else "Set uncertainty of"
        self._push_current(changed, f"{verb} {label}")

    def set_montecarlo_settings(self, draws: int | None, seed: int = 0) -> None:
        """Store a Monte Carlo run of `draws` from `seed` for the brief, or none (None)."""
        changed = analysis_edits.with_montecarlo(self._scenario(), draws, seed)
        text = "Leave Monte Carlo out of the brief"
        if draws is not None:
            text = f"Monte Carlo for the brief ({draws:,} draws, seed {seed})"
        self._push_current(changed, text)

    def set_sensitivity_figure(self, figure: str | None, include_terms: bool = False) -> None:
        """Store the tornado's key figure (and deal terms or not) for the brief, or none (None).

        Edits merge into one undo step.
        """
        changed = analysis_edits.with_sensitivity(self._scenario(), figure, include_terms)
        text = "Tornado in the brief" if figure else "Leave the tornado out of the brief"
        self._push_current(changed, text, f"tornado:{self._current}")

    def set_assumption_path(self, name: str, path: YearPath, text: str) -> bool:
        """Set assumption `name` of the current scenario to `path`; invalid is reported."""
        try:
            changed = edits.with_assumption(self._scenario(), name, path)
        except pydantic.ValidationError as exc:
            self.report_problem(first_error(exc))
            return False
        self._push_current(changed, text)
        return True

    def set_terms(self, values: Mapping[str, TermValue], text: str = "Edit deal term") -> bool:
        """Set clause terms of the current scenario (one undo step).

        A term that does not fit the deal is reported with the loader's message and
        changes nothing.
        """
        terms = {**self._scenario().terms, **values}
        return self._set_all_terms(terms, values, text)

    def reset_terms(self, keys: Iterable[str], text: str = "Reset deal term") -> bool:
        """Remove terms of the current scenario: the contract's own values apply again."""
        dropped = set(keys)
        terms = {k: v for k, v in self._scenario().terms.items() if k not in dropped}
        return self._set_all_terms(terms, (), text)

    def terms_problem(self, terms: Mapping[str, TermValue], changed: Iterable[str]) -> str | None:
        """Why the current scenario cannot hold `terms`, in the loader's words; or None."""
        return term_edits.terms_problem(
            as_chain(self._deal), self._workspace, self._current, terms, changed
        )

    def _set_all_terms(
        self, terms: dict[str, TermValue], changed: Iterable[str], text: str
    ) -> bool:
        problem = self.terms_problem(terms, changed)
        if problem is not None:
            self.report_problem(problem)
            return False
        self._push_current(term_edits.with_terms(self._scenario(), terms), text)
        return True

    def _push_current(self, changed: Scenario, text: str, merge_key: str | None = None) -> None:
        if changed != self._scenario():
            workspace = edits.replace_scenario(self._workspace, self._current, changed)
            self._push(workspace, text, None, merge_key)

    def _insert_after_current(self, scenario: Scenario, text: str) -> None:
        index = edits.scenario_index(self._workspace, self._current) + 1
        workspace = edits.insert_scenario(self._workspace, index, scenario)
        self._push(workspace, text, scenario.name, None)


def first_error(exc: pydantic.ValidationError) -> str:
    """The first problem of a validation error, where it is and what: ``discount_rate: …``."""
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error["loc"])
    return f"{where}: {error['msg']}"
