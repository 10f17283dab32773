"""The one observable state of the app: workspace, contract, scenarios, projections, analyses.

Every operation changes the state and then broadcasts once, with `changed`, a `Change` that
says what differs; each view decides from it what to refresh. Only the Session emits its
signals: a view with something to tell the user calls `report_problem`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMetaMethod, QObject, Signal
from PySide6.QtGui import QUndoStack

from core.chain import Chain, Deal, as_chain
from core.clausetext import version_label
from core.contract import Contract
from core.edits.documents import Document, read_document, write_document
from core.explain import Explanation, explain
from core.explain_totals import explain_total
from core.loading import chain_of, deal_of
from core.present.timeline import TimelineLayout, layout_timeline
from core.projection import Projection
from core.workspace import Scenario, Settings, Workspace
from gui import contract_edits
from gui.analysis_session import Analyses
from gui.change import DOCUMENT, Change
from gui.commands import Snapshot, StateCommand
from gui.contract_versions import ContractState, is_same_version, switched_workspace
from gui.projection_cache import ProjectionCache
from gui.scenario_edits import ScenarioEdits

DATED = "as dated"
"""The key of the dated history in `version_projections` (as `core.compare.DATED_COLUMN`)."""


class Session(QObject, ScenarioEdits):
    """Holds the workspace, its contract, the current scenario's projection and analyses.

    Every edit goes through `undo_stack` (the scenario edits are in `ScenarioEdits`) and
    ends in one `changed` broadcast.
    """

    changed = Signal(object)  # Change: what one operation changed, emitted once per operation
    modified_changed = Signal(bool)  # the undo stack left or reached the saved state
    error_raised = Signal(str)  # message for the status bar
    # The signals before `changed`, emitted from the same broadcast while something still
    # listens to them; new code reads `changed`.
    document_changed = Signal()
    workspace_changed = Signal(object)
    current_changed = Signal(str)
    projection_changed = Signal(object)
    path_changed = Signal(object)

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._projections = ProjectionCache()
        self._explained: dict[tuple[str, str], Explanation] = {}
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
        self._previous: Projection | None = None
        self._timeline: tuple[Projection, Chain, TimelineLayout] | None = None
        self.analyses = Analyses(self)
        app = QCoreApplication.instance()
        if app is not None:
            # Stop a long run at quit, so the thread pool does not hold the exit up.
            app.aboutToQuit.connect(self._on_about_to_quit)

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
        return self._years()

    @property
    def projection(self) -> Projection:
        """The current scenario's projection."""
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
        return self._projections.get(self._deal, self._workspace.settings, scenario)

    def projections(self) -> dict[str, Projection]:
        """Every scenario's projection, in workspace order."""
        return {s.name: self.projection_of(s.name) for s in self._workspace.scenarios}

    def version_projections(self, contracts: Sequence[Contract]) -> dict[str, Projection]:
        """The current scenario under each of `contracts` alone, by contract id (cached).

        With a dated history, the deal as dated is one more entry, under `DATED`.
        """
        scenario, settings = self.scenario, self._workspace.settings
        alone = settings.model_copy(update={"versions": "selected"})
        found = {c.id: self._projections.get(c, alone, scenario) for c in contracts}
        if self._chain.dated:
            dated = settings.model_copy(update={"versions": "dated"})
            found[DATED] = self._projections.get(self._chain, dated, scenario)
        return found

    def explain(self, figure: str, period: str | None) -> Explanation:
        """Why `figure` of the current projection is what it is in `period`.

        With `period` None, `figure` is a key figure explained as a total over the horizon.
        Raises core.explain.ExplainError when there is nothing to explain.
        """
        key = (figure, period or "")
        found = self._explained.get(key)
        if found is None:
            projection = self._shown
            if period is None:
                found = explain_total(projection, figure)
            else:
                found = explain(projection, figure, period)
            self._explained[key] = found
        return found

    def report_problem(self, message: str) -> None:
        """Tell the user why something was refused (the status bar shows it)."""
        self.error_raised.emit(message)

    def broadcast(self, change: Change) -> None:
        """Emit `change`, once; the older per-aspect signals follow while anyone listens."""
        self.changed.emit(change)
        for signal, wanted, args in (
            (self.document_changed, change.document, ()),
            (self.workspace_changed, change.workspace, (self._workspace,)),
            (self.current_changed, change.current, (self._current,)),
            (self.path_changed, change.path, (self._path,)),
            (self.projection_changed, change.projection, (self._shown,)),
        ):
            if wanted and self.isSignalConnected(QMetaMethod.fromSignal(signal)):
                signal.emit(*args)

    def open_file(self, path: Path) -> None:
        """Open a workspace or contract file; on a core error raise it and change nothing."""
        self.open_document(read_document(path))

    def open_document(self, document: Document) -> None:
        """Replace everything with `document`; the undo history starts afresh."""
        self._set_document(document)
        self._projections.clear()
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self._show(previous=None)
        self.broadcast(DOCUMENT | Change(analyses=self.analyses.inputs_changed()))

    def save(self, path: Path | None = None) -> None:
        """Save to `path` (or the current file) atomically; raises core.errors.FileError."""
        target = path or self._path
        if target is None:
            raise ValueError("no file to save to")
        write_document(self._workspace, self._contract_base, target, self.chain)
        moved = target != self._path
        self._path = target
        self.undo_stack.setClean()
        if moved:
            self.broadcast(Change(path=True))

    def mark_recovered(self, path: Path | None) -> None:
        """Treat the open workspace as unsaved changes to `path` (after crash recovery)."""
        self._path = path
        self._contract_base = path
        self.undo_stack.resetClean()
        self.broadcast(Change(path=True))

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
        self._publish(Change(current=True))

    def set_contract(self, contract: Contract) -> None:
        """Switch the workspace to `contract` (a bundled version or an opened file); undoable."""
        if is_same_version(contract, self._contract):
            return
        before = ContractState(self._workspace, self._contract)
        after = ContractState(switched_workspace(self._workspace, contract), contract)
        text = f"Switch to the {version_label(contract)}"
        self.undo_stack.push(StateCommand(self._restore_contract, before, after, text))

    def edit_contract(self, contract: Contract, text: str) -> bool:
        """Make `contract`, the workspace's own edited variant, its contract (one undo step).

        The workspace embeds it. Refused (reported) when a scenario's terms would no
        longer fit the deal.
        """
        if contract == self._contract:
            return True
        workspace = switched_workspace(self._workspace, contract)
        chain = as_chain(deal_of(contract, self._history, workspace.settings))
        problem = contract_edits.terms_conflict(workspace, chain)
        if problem is not None:
            self.report_problem(problem)
            return False
        before = ContractState(self._workspace, self._contract)
        after = ContractState(workspace, contract)
        self.undo_stack.push(StateCommand(self._restore_contract, before, after, text))
        return True

    def _update_deal(self) -> None:
        """Follow the contract's chain once, when the contract, history or settings change."""
        self._chain = chain_of(self._contract, self._history, strict=False)
        dated = self._workspace.settings.versions == "dated"
        self._deal = self._chain if dated else self._contract

    def _restore_contract(self, state: ContractState) -> None:
        self._workspace, self._contract = state.workspace, state.contract
        self._update_deal()
        self._projections.clear()
        self._show(previous=self._shown)  # cards then show what the version switch changed
        self.broadcast(self._redone())

    def set_settings(self, settings: Settings) -> None:
        """Replace the projection's years and frequency (one undo step) and recompute."""
        if settings == self._workspace.settings:
            return
        workspace = self._workspace.model_copy(update={"settings": settings})
        before = Snapshot(self._workspace, self._current)
        after = Snapshot(workspace, self._current)
        text = "Change projection settings"
        self.undo_stack.push(StateCommand(self._restore_settings, before, after, text))

    def _restore_settings(self, snapshot: Snapshot) -> None:
        self._workspace, self._current = snapshot.workspace, snapshot.current
        self._update_deal()
        self._projections.clear()
        # Another time grid: per-figure deltas would compare unlike spans. Views rebuild
        # their year columns and axes as for another document.
        self._show(previous=None)
        self.broadcast(self._redone())

    def _push(
        self,
        workspace: Workspace,
        text: str,
        current: str | None = None,
        merge_key: str | None = None,
    ) -> None:
        before = Snapshot(self._workspace, self._current)
        after = Snapshot(workspace, current or self._current)
        self.undo_stack.push(StateCommand(self._restore, before, after, text, merge_key))

    def _restore(self, snapshot: Snapshot) -> None:
        old = self._workspace.scenarios
        new = snapshot.workspace.scenarios
        change = Change(
            scenarios=frozenset(s.name for s in new if not any(s is o for o in old)),
            names=[s.name for s in old] != [s.name for s in new],
            current=snapshot.current != self._current,
        )
        self._workspace, self._current = snapshot.workspace, snapshot.current
        self._publish(change)

    def _publish(self, change: Change) -> None:
        """Project the current scenario for `change` (an edit or a switch) and broadcast."""
        projection = self.projection_of(self._current)
        if change.current or projection is not self._shown:
            self._show(previous=None if change.current else self._shown, projection=projection)
            change |= Change(projection=True)
        if change.inputs:
            change |= Change(analyses=self.analyses.inputs_changed())
        self.broadcast(change)

    def _show(self, previous: Projection | None, projection: Projection | None = None) -> None:
        self._previous = previous
        self._shown = self.projection_of(self._current) if projection is None else projection
        self._explained.clear()

    def _redone(self) -> Change:
        """What another contract, version or time grid changes: all but the file."""
        analyses = self.analyses.inputs_changed()
        return Change(document=True, names=True, projection=True, analyses=analyses)

    def _on_clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(not clean)

    def _on_about_to_quit(self) -> None:
        self.analyses.cancel_monte_carlo()
