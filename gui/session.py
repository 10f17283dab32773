"""The one observable state of the app: workspace, contract, current scenario, projection."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import pydantic
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from core.analysis import Distribution
from core.assumptions import SPECS_BY_NAME, YearPath, value_in_year
from core.chain import Chain, Deal, as_chain
from core.contract import Contract
from core.loading import chain_of, deal_of
from core.present.labels import fill_names
from core.present.timeline import TimelineLayout, layout_timeline
from core.projection import Projection, project
from core.terms import deal_with_terms, term_label
from core.workspace import Scenario, Settings, TermValue, Workspace
from gui import analysis_edits, contract_edits, term_edits
from gui import workspace_edits as edits
from gui.commands import Snapshot, SnapshotCommand
from gui.contract_versions import (
    ContractCommand,
    ContractState,
    is_same_version,
    switched_workspace,
)
from gui.document_files import Document, read_document, write_document
from gui.workspace_edits import CellChange

_CACHE_LIMIT = 256
CacheKey = tuple[Settings, tuple[tuple[str, YearPath], ...], tuple[tuple[str, TermValue], ...]]


class Session(QObject):
    """Holds the workspace, its contract and the current scenario's projection; emits changes.

    Every change goes through `undo_stack`; a recompute is debounced so a burst of changes
    (a paste, an undo macro) projects once.
    """

    document_changed = Signal()  # another workspace or contract: years and names may differ
    workspace_changed = Signal(object)  # Workspace
    current_changed = Signal(str)  # name of the current scenario
    projection_changed = Signal(object)  # Projection of the current scenario
    path_changed = Signal(object)  # Path | None
    modified_changed = Signal(bool)
    error_raised = Signal(str)  # message for the status bar

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._recompute)
        self._cache: dict[CacheKey, Projection] = {}
        self._workspace: Workspace
        self._contract: Contract
        self._history: tuple[Contract, ...]
        self._chain: Chain
        self._deal: Deal
        self._path: Path | None
        self._contract_base: Path | None
        self._current: str
        self._set_document(document)
        self._shown = self.projection_of(self._current)
        self._shown_name = self._current
        self._previous: Projection | None = None
        self._timeline: tuple[Projection, Chain, TimelineLayout] | None = None

    @property
    def workspace(self) -> Workspace:
        """The workspace as edited (immutable; replaced on every change)."""
        return self._workspace

    @property
    def contract(self) -> Contract:
        """The contract the workspace refers to, resolved."""
        return self._contract

    @property
    def chain(self) -> Chain:
        """The contract's version history, oldest first (in any mode; cut where it breaks)."""
        return self._chain

    @property
    def deal(self) -> Deal:
        """What is projected: the chain in dated mode, else the contract alone."""
        return self._deal

    @property
    def path(self) -> Path | None:
        """The workspace file, or None when never saved."""
        return self._path

    @property
    def current(self) -> str:
        """Name of the current scenario."""
        return self._current

    @property
    def scenario(self) -> Scenario:
        """The current scenario."""
        return self._workspace.scenario(self._current)

    @property
    def years(self) -> range:
        """The calendar years of the projection."""
        settings = self._workspace.settings
        return range(settings.start_year, settings.end_year + 1)

    @property
    def projection(self) -> Projection:
        """The current scenario's projection, recomputed now if a change is pending."""
        if self._timer.isActive():
            self._recompute()
        return self._shown

    @property
    def previous_projection(self) -> Projection | None:
        """The current scenario's projection before the last change, if it was this one."""
        return self._previous

    def timeline(self, projection: Projection | None = None) -> TimelineLayout:
        """The timeline model of `projection` (default: the current one) over the chain.

        Built once per projection and chain, so every view that draws it shares one.
        """
        shown = self.projection if projection is None else projection
        kept = self._timeline
        if kept is None or kept[0] is not shown or kept[1] is not self._chain:
            layout = layout_timeline(shown.contract, shown, self._chain.versions)
            kept = self._timeline = (shown, self._chain, layout)
        return kept[2]

    @property
    def is_modified(self) -> bool:
        """True when there are changes since the last save."""
        return not self.undo_stack.isClean()

    def projection_of(self, name: str) -> Projection:
        """The projection of scenario `name` (cached by time grid, assumptions and terms)."""
        scenario = self._workspace.scenario(name)
        resolved = scenario.resolved()
        key: CacheKey = (
            self._workspace.settings,
            tuple(sorted(resolved.items())),
            tuple(sorted(scenario.terms.items())),
        )
        projection = self._cache.get(key)
        if projection is None:
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            deal = deal_with_terms(self._deal, scenario.terms)
            projection = project(deal, self._workspace.settings, resolved)
            self._cache[key] = projection
        return projection

    def projections(self) -> dict[str, Projection]:
        """Every scenario's projection, in workspace order."""
        return {s.name: self.projection_of(s.name) for s in self._workspace.scenarios}

    def open_file(self, path: Path) -> None:
        """Open a workspace or contract file; on a core error raise it and change nothing."""
        self.open_document(read_document(path))

    def open_document(self, document: Document) -> None:
        """Replace everything with `document`; the undo history starts afresh."""
        self._set_document(document)
        self._cache.clear()
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.document_changed.emit()
        self.workspace_changed.emit(self._workspace)
        self.current_changed.emit(self._current)
        self.path_changed.emit(self._path)
        self.modified_changed.emit(False)
        self._previous = None
        self._shown = self.projection_of(self._current)
        self._shown_name = self._current
        self.projection_changed.emit(self._shown)

    def save(self, path: Path | None = None) -> None:
        """Save to `path` (or the current file) atomically; raises core.errors.FileError."""
        target = path or self._path
        if target is None:
            raise ValueError("no file to save to")
        write_document(self._workspace, self._contract_base, target, self.chain)
        if target != self._path:
            self._path = target
            self.path_changed.emit(target)
        self.undo_stack.setClean()

    def mark_recovered(self, path: Path | None) -> None:
        """Treat the open workspace as unsaved changes to `path` (after crash recovery)."""
        self._path = path
        self._contract_base = path
        self.path_changed.emit(path)
        self.undo_stack.resetClean()
        self.modified_changed.emit(True)

    def _set_document(self, document: Document) -> None:
        self._workspace = document.workspace
        self._contract = document.contract
        self._history = document.history
        self._update_deal()
        self._path = document.path
        self._contract_base = document.path
        self._current = document.workspace.scenarios[0].name

    def set_current(self, name: str) -> None:
        """Make `name` the current scenario (not an edit: nothing to undo)."""
        if name == self._current or name not in {s.name for s in self._workspace.scenarios}:
            return
        self._current = name
        self.current_changed.emit(name)
        self._schedule_recompute()

    def set_contract(self, contract: Contract) -> None:
        """Switch the workspace to `contract` (a bundled version or an opened file); undoable."""
        if is_same_version(contract, self._contract):
            return
        before = ContractState(self._workspace, self._contract)
        after = ContractState(switched_workspace(self._workspace, contract), contract)
        self.undo_stack.push(ContractCommand(self._restore_contract, before, after))

    def edit_contract(self, contract: Contract, text: str) -> bool:
        """Make `contract`, the workspace's own edited variant, its contract (one undo step).

        The workspace embeds it. Refused with `error_raised` when a scenario's terms would no
        longer fit the deal.
        """
        if contract == self._contract:
            return True
        workspace = switched_workspace(self._workspace, contract)
        chain = as_chain(deal_of(contract, self._history, workspace.settings))
        problem = contract_edits.terms_conflict(workspace, chain)
        if problem is not None:
            self.error_raised.emit(problem)
            return False
        before = ContractState(self._workspace, self._contract)
        after = ContractState(workspace, contract)
        self.undo_stack.push(ContractCommand(self._restore_contract, before, after, text))
        return True

    def _update_deal(self) -> None:
        """Follow the contract's chain once, when the contract, history or settings change."""
        self._chain = chain_of(self._contract, self._history, strict=False)
        dated = self._workspace.settings.versions == "dated"
        self._deal = self._chain if dated else self._contract

    def _restore_contract(self, state: ContractState) -> None:
        self._timer.stop()
        previous = self._shown
        self._workspace, self._contract = state.workspace, state.contract
        self._update_deal()
        self._cache.clear()  # keyed by assumptions only: another contract projects anew
        self._shown = self.projection_of(self._current)
        self._shown_name = self._current
        self._previous = previous  # cards then show what the version switch changed
        self.document_changed.emit()
        self.workspace_changed.emit(self._workspace)
        self.projection_changed.emit(self._shown)

    def set_settings(self, settings: Settings) -> None:
        """Replace the projection's years and frequency (one undo step) and recompute."""
        if settings == self._workspace.settings:
            return
        workspace = self._workspace.model_copy(update={"settings": settings})
        before = Snapshot(self._workspace, self._current)
        after = Snapshot(workspace, self._current)
        command = SnapshotCommand(
            self._restore_settings, before, after, "Change projection settings"
        )
        self.undo_stack.push(command)

    def _restore_settings(self, snapshot: Snapshot) -> None:
        self._timer.stop()
        self._workspace, self._current = snapshot.workspace, snapshot.current
        self._update_deal()
        self._cache.clear()  # keyed by settings too, but the deal may be another chain
        self._shown = self.projection_of(self._current)
        self._shown_name = self._current
        self._previous = None  # another time grid: per-figure deltas would compare unlike spans
        # Views rebuild their year columns and axes on document_changed, as for a contract.
        self.document_changed.emit()
        self.workspace_changed.emit(self._workspace)
        self.projection_changed.emit(self._shown)

    def set_scenarios(self, workspace: Workspace, text: str) -> None:
        """Take `workspace`'s scenarios, e.g. assumptions imported from Excel (one undo step)."""
        changed = self._workspace.model_copy(update={"scenarios": workspace.scenarios})
        if changed != self._workspace:
            self._push(changed, text)

    def set_values(self, changes: Sequence[CellChange], text: str = "Edit assumption") -> bool:
        """Apply cell changes to the current scenario; invalid values emit `error_raised`."""
        scenario = self.scenario
        try:
            changed = edits.with_changes(scenario, changes, self.years)
        except pydantic.ValidationError as exc:
            self.error_raised.emit(_first_error(exc))
            return False
        if changed != scenario:
            self._push(edits.replace_scenario(self._workspace, scenario.name, changed), text)
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
        scenario = self.scenario
        changed = scenario
        for name in names:
            changed = edits.with_assumption(changed, name, None)
        if changed != scenario:
            workspace = edits.replace_scenario(self._workspace, scenario.name, changed)
            self._push(workspace, "Reset to default")

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
        """Rename a scenario; an empty or taken name emits `error_raised` and returns False."""
        new = new.strip()
        if new == old:
            return True
        if not new or new in {s.name for s in self._workspace.scenarios}:
            reason = "is already used" if new else "is empty"
            self.error_raised.emit(f"Cannot rename {old!r}: the name {new!r} {reason}")
            return False
        try:
            scenario = edits.renamed(self._workspace.scenario(old), new)
        except pydantic.ValidationError as exc:  # too long: nothing changes, the list reverts
            error = exc.errors()[0]
            limit = error.get("ctx", {}).get("max_length")
            reason = (
                f"a name has at most {limit} characters, this one has {len(new)}"
                if error["type"] == "string_too_long"
                else _first_error(exc)
            )
            self.error_raised.emit(f"Cannot rename {old!r}: {reason}")
            return False
        workspace = edits.replace_scenario(self._workspace, old, scenario)
        self._push(
            workspace, f"Rename {old} to {new}", current=new if old == self._current else None
        )
        return True

    def delete_scenario(self, name: str) -> None:
        """Delete scenario `name`; the last one stays (emits `error_raised`)."""
        scenarios = self._workspace.scenarios
        if len(scenarios) == 1:
            self.error_raised.emit("A workspace keeps at least one scenario")
            return
        index = edits.scenario_index(self._workspace, name)
        neighbour = scenarios[index + 1 if index + 1 < len(scenarios) else index - 1].name
        current = neighbour if name == self._current else self._current
        self._push(edits.remove_scenario(self._workspace, name), f"Delete {name}", current)

    def move_scenario(self, name: str, offset: int) -> None:
        """Move scenario `name` up (negative `offset`) or down the list."""
        workspace = edits.move_scenario(self._workspace, name, offset)
        if workspace.scenarios != self._workspace.scenarios:
            self._push(workspace, f"Move {name}")

    def set_notes(self, name: str, notes: str) -> None:
        """Set scenario `name`'s notes; consecutive typing merges into one undo step."""
        scenario = self._workspace.scenario(name)
        if scenario.notes != notes:
            workspace = edits.replace_scenario(
                self._workspace, name, edits.with_notes(scenario, notes)
            )
            self._push(workspace, f"Edit notes of {name}", merge_key=f"notes:{name}")

    def set_uncertainty(self, name: str, uncertainty: Distribution | None) -> None:
        """Make assumption or deal term `name` of the current scenario uncertain, or not (None)."""
        changed = analysis_edits.with_uncertainty(self.scenario, name, uncertainty)
        spec = SPECS_BY_NAME.get(name)
        if spec is not None:
            label = fill_names(spec.label, self._contract)
        else:
            label = term_label(self.chain, name)
        verb = "Remove uncertainty of" if uncertainty is None else "Set uncertainty of"
        self._push_current(changed, f"{verb} {label}")

    def set_montecarlo_settings(self, draws: int | None, seed: int = 0) -> None:
        """Store a Monte Carlo run of `draws` from `seed` for the brief, or none (None)."""
        changed = analysis_edits.with_montecarlo(self.scenario, draws, seed)
        text = "Leave Monte Carlo out of the brief"
        if draws is not None:
            text = f"Monte Carlo for the brief ({draws:,} draws, seed {seed})"
        self._push_current(changed, text)

    def set_sensitivity_figure(self, figure: str | None, include_terms: bool = False) -> None:
        """Store the tornado's key figure (and deal terms or not) for the brief, or none (None).

        Edits merge into one undo step.
        """
        changed = analysis_edits.with_sensitivity(self.scenario, figure, include_terms)
        text = "Tornado in the brief" if figure else "Leave the tornado out of the brief"
        self._push_current(changed, text, f"tornado:{self._current}")

    def set_assumption_path(self, name: str, path: YearPath, text: str) -> bool:
        """Set assumption `name` of the current scenario to `path`; invalid emits an error."""
        try:
            changed = edits.with_assumption(self.scenario, name, path)
        except pydantic.ValidationError as exc:
            self.error_raised.emit(_first_error(exc))
            return False
        self._push_current(changed, text)
        return True

    def set_terms(self, values: Mapping[str, TermValue], text: str = "Edit deal term") -> bool:
        """Set clause terms of the current scenario (one undo step).

        A term that does not fit the deal emits `error_raised` with the loader's message and
        changes nothing.
        """
        terms = {**self.scenario.terms, **values}
        return self._set_all_terms(terms, values, text)

    def reset_terms(self, keys: Iterable[str], text: str = "Reset deal term") -> bool:
        """Remove terms of the current scenario: the contract's own values apply again."""
        dropped = set(keys)
        terms = {k: v for k, v in self.scenario.terms.items() if k not in dropped}
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
            self.error_raised.emit(problem)
            return False
        self._push_current(term_edits.with_terms(self.scenario, terms), text)
        return True

    def _push_current(self, changed: Scenario, text: str, merge_key: str | None = None) -> None:
        if changed != self.scenario:
            workspace = edits.replace_scenario(self._workspace, self._current, changed)
            self._push(workspace, text, merge_key=merge_key)

    def _insert_after_current(self, scenario: Scenario, text: str) -> None:
        index = edits.scenario_index(self._workspace, self._current) + 1
        self._push(edits.insert_scenario(self._workspace, index, scenario), text, scenario.name)

    def _push(
        self,
        workspace: Workspace,
        text: str,
        current: str | None = None,
        merge_key: str | None = None,
    ) -> None:
        before = Snapshot(self._workspace, self._current)
        after = Snapshot(workspace, current or self._current)
        self.undo_stack.push(SnapshotCommand(self._restore, before, after, text, merge_key))

    def _restore(self, snapshot: Snapshot) -> None:
        current_changed = snapshot.current != self._current
        self._workspace = snapshot.workspace
        self._current = snapshot.current
        self.workspace_changed.emit(self._workspace)
        if current_changed:
            self.current_changed.emit(self._current)
        self._schedule_recompute()

    def _schedule_recompute(self) -> None:
        self._timer.start()

    def _recompute(self) -> None:
        self._timer.stop()
        projection = self.projection_of(self._current)
        if projection is self._shown and self._shown_name == self._current:
            return
        self._previous = self._shown if self._shown_name == self._current else None
        self._shown = projection
        self._shown_name = self._current
        self.projection_changed.emit(projection)

    def _on_clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(not clean)


def _first_error(exc: pydantic.ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error["loc"])
    return f"{where}: {error['msg']}"
