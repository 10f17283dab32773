"""Analyses of the current scenario: sensitivity, Monte Carlo, goal seek, off the GUI thread.

Every run records the inputs it was started with (`AnalysisInputs`). A result that comes back
when the scenario's inputs have changed since is dropped, and a shown result whose inputs no
longer match the scenario reads as out of date (`is_current`). Edits go to the `Session`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any, Literal

from PySide6.QtCore import QCoreApplication, QObject, Signal

from core.analysis import (
    CancelledError,
    Distribution,
    NoSolution,
    Sensitivity,
    Simulation,
    Solution,
    compute_sensitivity,
    run_monte_carlo,
    seek_goal,
)
from core.analysis.batch import Baseline, check_numeric_figure
from core.analysis.montecarlo import CHUNK_SIZE
from core.analysis.terms import seek_term
from core.assumptions import SPECS_BY_NAME, YearPath
from core.chain import Deal, as_chain
from core.contract import Contract
from core.edits.analysis import scaled_path
from core.edits.workspace import CellChange
from core.terms import deal_with_terms, term_label
from core.workspace import Settings, TermValue
from gui.session import Session
from gui.workers import run_in_background

Kind = Literal["sensitivity", "montecarlo", "goal"]
Goal = Solution | NoSolution
PROGRESS_STEPS = 40
"""A run reports progress (and can be cancelled) about this many times."""


@dataclass(frozen=True, eq=False)
class AnalysisInputs:
    """What an analysis result depends on: the deal, the time grid and one scenario.

    `deal` is the session's deal (the dated chain or the contract alone) before the
    scenario's `terms` apply; `scenario_deal` applies them.
    """

    contract: Contract
    settings: Settings
    scenario: str
    assumptions: dict[str, YearPath]
    uncertainty: dict[str, Distribution]
    deal: Deal
    terms: dict[str, TermValue]

    def same_as(self, other: AnalysisInputs | None) -> bool:
        """True when a result for `other` holds for these inputs too."""
        return (
            other is not None
            and self.contract is other.contract
            and self.deal is other.deal
            and (self.settings, self.scenario) == (other.settings, other.scenario)
            and self.assumptions == other.assumptions
            and self.uncertainty == other.uncertainty
            and self.terms == other.terms
        )

    def scenario_deal(self) -> Deal:
        """The deal the scenario projects: its terms applied to every version."""
        return deal_with_terms(self.deal, self.terms)


@dataclass(frozen=True, eq=False)
class Outcome:
    """What a background run returns: its request number, inputs, result or error, and time."""

    request: int
    inputs: AnalysisInputs
    result: Any
    error: Exception | None
    seconds: float


class RunControl(QObject):
    """Carries a Monte Carlo run's progress to the GUI thread and its cancel request back."""

    progressed = Signal(int, int, int)  # request, draws done, draws in all

    def __init__(self, request: int) -> None:
        super().__init__()
        self.request = request
        self.cancelled = threading.Event()

    def report(self, done: int, total: int) -> bool:
        """The core's progress callback (on the worker thread): False cancels the run."""
        self.progressed.emit(self.request, done, total)
        return not self.cancelled.is_set()


def _timed(request: int, inputs: AnalysisInputs, fn: Callable[[], Any]) -> Outcome:
    start = time.perf_counter()
    try:
        result, error = fn(), None
    except Exception as exc:  # reported on the GUI thread as part of the outcome
        result, error = None, exc
    return Outcome(request, inputs, result, error, time.perf_counter() - start)


def _tornado(inputs: AnalysisInputs, figure: str, include_terms: bool) -> Sensitivity:
    return compute_sensitivity(
        inputs.scenario_deal(),
        inputs.settings,
        inputs.assumptions,
        figure,
        inputs.uncertainty,
        include_terms=include_terms,
    )


def _seek_term(inputs: AnalysisInputs, figure: str, key: str, target: float) -> Goal:
    check_numeric_figure(figure)
    baseline = Baseline.build(inputs.scenario_deal(), inputs.settings, inputs.assumptions)
    return seek_term(baseline, figure, key, target)


class AnalysisSession(QObject):
    """Holds the analysis results of session's current scenario; runs them in the background."""

    sensitivity_changed = Signal(object)  # Sensitivity
    simulation_changed = Signal(object)  # Simulation
    goal_changed = Signal(object)  # Solution | NoSolution, or None when the answer was dropped
    progress_changed = Signal(int, int)  # draws done, draws in all
    running_changed = Signal(bool)  # a Monte Carlo run started (True) or ended
    message_raised = Signal(str)  # what became of the last Monte Carlo run
    inputs_changed = Signal()  # the current scenario's inputs changed: results may be stale

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._inputs: AnalysisInputs | None = None
        self._requests = 0
        self._latest: dict[Kind, int] = {}
        self._results: dict[Kind, Outcome] = {}
        self._run: RunControl | None = None
        self._asked: tuple[AnalysisInputs, str, bool] | None = None  # the tornado coming
        self._shown_terms = False
        for signal in (
            session.workspace_changed,
            session.current_changed,
            session.document_changed,
        ):
            signal.connect(self._on_inputs_changed)
        app = QCoreApplication.instance()
        if app is not None:
            # Stop a long run at quit, so the thread pool does not hold the exit up.
            app.aboutToQuit.connect(self.cancel_monte_carlo)

    @property
    def inputs(self) -> AnalysisInputs:
        """The current scenario's inputs now."""
        if self._inputs is None:
            scenario = self.session.scenario
            self._inputs = AnalysisInputs(
                self.session.contract,
                self.session.workspace.settings,
                scenario.name,
                scenario.resolved(),
                {str(k): v for k, v in scenario.uncertainty.items()},
                self.session.deal,
                dict(scenario.terms),
            )
        return self._inputs

    def result(self, kind: Kind) -> Any:
        """The last result of `kind` (current or not), or None."""
        outcome = self._results.get(kind)
        return None if outcome is None else outcome.result

    def result_inputs(self, kind: Kind) -> AnalysisInputs | None:
        """The inputs the last result of `kind` was computed for, or None."""
        outcome = self._results.get(kind)
        return None if outcome is None else outcome.inputs

    def is_current(self, kind: Kind) -> bool:
        """True when the last result of `kind` holds for the scenario as it is now."""
        outcome = self._results.get(kind)
        return outcome is not None and outcome.inputs.same_as(self.inputs)

    def is_pending(self, kind: Kind) -> bool:
        """True while a run of `kind` is under way."""
        return kind in self._latest

    @property
    def running(self) -> bool:
        """True while a Monte Carlo run is under way."""
        return self._run is not None

    def _next_request(self) -> int:
        self._requests += 1
        return self._requests

    def _start(
        self, kind: Kind, request: int, fn: Callable[[], Any], done: Callable[[Outcome], None]
    ) -> None:
        self._latest[kind] = request
        run_in_background(partial(_timed, request, self.inputs, fn), done, self._on_failed)

    def _take(self, kind: Kind, outcome: Outcome) -> bool:
        """Accept `outcome` if it answers the latest request and still holds; else drop it."""
        if self._latest.get(kind) != outcome.request:
            return False  # a later request replaced it
        del self._latest[kind]
        if outcome.error is not None:
            self.session.error_raised.emit(str(outcome.error))
            return False
        if not outcome.inputs.same_as(self.inputs):
            return False
        self._results[kind] = outcome
        return True

    @property
    def sensitivity_terms(self) -> bool:
        """Whether the last tornado has a bar per deal term."""
        return self._shown_terms

    def request_sensitivity(self, figure: str, include_terms: bool = False) -> None:
        """Compute the tornado of `figure` unless the shown one is current or one is coming.

        With `include_terms` it has a bar per numeric deal term as well.
        """
        shown: Sensitivity | None = self.result("sensitivity")
        wanted = (figure, include_terms)
        if (
            shown is not None
            and (shown.figure, self._shown_terms) == wanted
            and self.is_current("sensitivity")
        ):
            return
        inputs = self.inputs
        if self.is_pending("sensitivity") and self._asked is not None:
            asked_inputs, *asked = self._asked
            if tuple(asked) == wanted and asked_inputs.same_as(inputs):
                return  # the same tornado is already coming
        self._asked = (inputs, figure, include_terms)
        fn = partial(_tornado, inputs, figure, include_terms)
        self._start("sensitivity", self._next_request(), fn, self._on_sensitivity_done)

    def _on_sensitivity_done(self, outcome: Outcome) -> None:
        asked = self._asked
        if self._take("sensitivity", outcome):
            self._shown_terms = asked is not None and asked[2]
            self.sensitivity_changed.emit(outcome.result)

    def run_monte_carlo(self, draws: int, seed: int) -> None:
        """Start a run of `draws` draws from `seed`; a run under way is cancelled first."""
        self.cancel_monte_carlo()
        inputs = self.inputs
        chunk = max(1024, min(CHUNK_SIZE, draws // PROGRESS_STEPS))
        control = RunControl(self._next_request())
        control.progressed.connect(self._on_progressed)
        fn = partial(
            run_monte_carlo,
            inputs.scenario_deal(),
            inputs.settings,
            inputs.assumptions,
            inputs.uncertainty,
            draws,
            seed,
            chunk_size=chunk,
            progress=control.report,
        )
        self._run = control
        self._start("montecarlo", control.request, fn, self._on_simulation_done)
        self.running_changed.emit(True)
        self.progress_changed.emit(0, draws)
        self.message_raised.emit(f"Running {draws:,} draws…")

    def cancel_monte_carlo(self) -> None:
        """Ask the run under way to stop after its current chunk of draws."""
        if self._run is not None:
            self._run.cancelled.set()
            self.message_raised.emit("Cancelling…")

    def _on_progressed(self, request: int, done: int, total: int) -> None:
        if self._run is not None and request == self._run.request:
            self.progress_changed.emit(done, total)

    def _on_simulation_done(self, outcome: Outcome) -> None:
        if self._run is None or outcome.request != self._run.request:
            return  # a run that was replaced by a later one
        self._run = None
        self.running_changed.emit(False)
        if isinstance(outcome.error, CancelledError):
            del self._latest["montecarlo"]
            self.message_raised.emit(str(outcome.error).replace("Monte Carlo c", "C") + ".")
            return
        if not self._take("montecarlo", outcome):
            dropped = "Dropped: the scenario changed during the run."
            self.message_raised.emit(dropped if outcome.error is None else "Failed.")
            return
        simulation: Simulation = outcome.result
        message = f"{simulation.draws:,} draws in {outcome.seconds:.2f} s."
        analysis = self.session.scenario.analysis
        stored = analysis.montecarlo if analysis is not None else None
        if stored is not None and (stored.draws, stored.seed) != (
            simulation.draws,
            simulation.seed,
        ):
            message += (
                f" The brief keeps its own run ({stored.draws:,} draws, seed {stored.seed})."
            )
        # A run is a look at the scenario, not an edit: the brief's run is stored only when
        # the user ticks "Include in brief".
        self.message_raised.emit(message)
        self.simulation_changed.emit(simulation)

    def seek(self, figure: str, assumption: str, target: float) -> None:
        """Solve `assumption` for key figure `figure` to equal `target`."""
        inputs = self.inputs
        fn = partial(
            seek_goal,
            inputs.scenario_deal(),
            inputs.settings,
            inputs.assumptions,
            figure,
            assumption,
            target,
        )
        self._start("goal", self._next_request(), fn, self._on_goal_done)

    def seek_term(self, figure: str, key: str, target: float) -> None:
        """Solve deal term `key` (in every version that has it) for `figure` to equal `target`."""
        fn = partial(_seek_term, self.inputs, figure, key, target)
        self._start("goal", self._next_request(), fn, self._on_goal_done)

    def _on_goal_done(self, outcome: Outcome) -> None:
        if self._take("goal", outcome):
            self.goal_changed.emit(outcome.result)
        elif "goal" not in self._latest:
            self.goal_changed.emit(None)  # dropped or failed, and no later search is coming

    def apply_goal(self) -> bool:
        """Set the assumption or deal term to the goal-seek solution (one undoable edit).

        False when there is no current solution.
        """
        goal: Goal | None = self.result("goal")
        if not isinstance(goal, Solution) or not self.is_current("goal"):
            return False
        name, value = goal.assumption, goal.value
        if name not in SPECS_BY_NAME:  # a deal term's key
            label = term_label(as_chain(self.inputs.deal), name)
            return self.session.set_terms({name: value}, f"Goal seek: {label}")
        if goal.solve == "value":
            return self.session.set_values([CellChange(name, None, value)], "Goal seek")
        path = scaled_path(self.inputs.assumptions[name], value)
        return self.session.set_assumption_path(name, path, f"Goal seek: ×{value:.4g}")

    def _on_failed(self, error: BaseException) -> None:
        self.session.error_raised.emit(f"Analysis failed: {error}")

    def _on_inputs_changed(self, *_: object) -> None:
        self._inputs = None
        self.inputs_changed.emit()
