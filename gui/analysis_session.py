"""Analyses of the current scenario: sensitivity, Monte Carlo, goal seek, off the GUI thread.

They are part of the Session's state (`Session.analyses`): the Session tells them when the
inputs change and broadcasts what became of a run (`Change.analyses`). Every run records the
inputs it was started with (`AnalysisInputs`). A result that comes back when the scenario's
inputs have changed since is dropped, a Monte Carlo run under way is cancelled by an edit,
and a shown result whose inputs no longer match the scenario reads as out of date
(`is_current`). Edits go to the `Session`.

Each analysis module loads with its first run, not with the app's start.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, Literal

from core.assumptions import SPECS_BY_NAME, YearPath
from core.chain import Deal, as_chain
from core.contract import Contract
from core.edits.analysis import scaled_path
from core.edits.workspace import CellChange
from core.present.format import number
from core.terms import deal_with_terms, term_label
from core.workspace import Settings, TermValue
from gui.change import Change
from gui.language import translate
from gui.workers import RunControl, run_in_background

if TYPE_CHECKING:
    from core.analysis import Distribution, NoSolution, Sensitivity, Simulation, Solution
    from gui.session import Session

    Goal = Solution | NoSolution

Kind = Literal["sensitivity", "montecarlo", "goal"]
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


def _timed(request: int, inputs: AnalysisInputs, fn: Callable[[], Any]) -> Outcome:
    start = time.perf_counter()
    try:
        result, error = fn(), None
    except Exception as exc:  # reported on the GUI thread as part of the outcome
        result, error = None, exc
    return Outcome(request, inputs, result, error, time.perf_counter() - start)


def _tornado(inputs: AnalysisInputs, figure: str, include_terms: bool) -> Sensitivity:
    from core.analysis import compute_sensitivity

    return compute_sensitivity(
        inputs.scenario_deal(),
        inputs.settings,
        inputs.assumptions,
        figure,
        inputs.uncertainty,
        include_terms=include_terms,
    )


def _seek_term(inputs: AnalysisInputs, figure: str, key: str, target: float) -> Goal:
    from core.analysis.batch import Baseline, check_numeric_figure
    from core.analysis.terms import seek_term

    check_numeric_figure(figure)
    baseline = Baseline.build(inputs.scenario_deal(), inputs.settings, inputs.assumptions)
    return seek_term(baseline, figure, key, target)


class Analyses:
    """The analysis results of the session's current scenario; runs them in the background.

    Plain Python, owned by the `Session`: what changes is broadcast by the Session as
    `Change.analyses` (``sensitivity``, ``montecarlo``, ``goal``, ``progress``, ``running``,
    ``message``).
    """

    def __init__(self, session: Session) -> None:
        self._session = session
        self._inputs: AnalysisInputs | None = None
        self._requests = 0
        self._latest: dict[Kind, int] = {}
        self._results: dict[Kind, Outcome] = {}
        self._run: RunControl | None = None
        self._run_request = 0
        self._asked: tuple[AnalysisInputs, str, bool] | None = None  # the tornado coming
        self._shown_terms = False
        self.progress = (0, 0)
        """Draws done and in all of the last Monte Carlo run."""
        self.message = ""
        """What became of the last Monte Carlo run."""
        self.goal: Goal | None = None
        """The last goal-seek answer, or None when it was dropped."""

    def _broadcast(self, *parts: str) -> None:
        self._session.broadcast(Change(analyses=frozenset(parts)))

    @property
    def inputs(self) -> AnalysisInputs:
        """The current scenario's inputs now."""
        if self._inputs is None:
            session = self._session
            scenario = session.scenario
            self._inputs = AnalysisInputs(
                session.contract,
                session.workspace.settings,
                scenario.name,
                scenario.resolved(),
                {str(k): v for k, v in scenario.uncertainty.items()},
                session.deal,
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
            self._session.report_problem(str(outcome.error))
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
            self._broadcast("sensitivity")

    def run_monte_carlo(self, draws: int, seed: int) -> None:
        """Start a run of `draws` draws from `seed`; a run under way is cancelled first."""
        from core.analysis import run_monte_carlo as simulate
        from core.analysis.montecarlo import CHUNK_SIZE

        self.cancel_monte_carlo()
        inputs = self.inputs
        chunk = max(1024, min(CHUNK_SIZE, draws // PROGRESS_STEPS))
        control = RunControl(self._on_progressed)
        request = self._next_request()
        fn = partial(
            simulate,
            inputs.scenario_deal(),
            inputs.settings,
            inputs.assumptions,
            inputs.uncertainty,
            draws,
            seed,
            chunk_size=chunk,
            progress=control.report,
            cancelled=control.cancelled.is_set,
        )
        self._run, self._run_request = control, request
        self._start("montecarlo", request, fn, self._on_simulation_done)
        self.progress = (0, draws)
        self.message = translate("AnalysisSession", "Running {draws} draws…").format(
            draws=number(draws, 0)
        )
        self._broadcast("running", "progress", "message")

    def cancel_monte_carlo(self) -> None:
        """Ask the run under way to stop after its current chunk of draws."""
        if self._cancel():
            self._broadcast("message")

    def _cancel(self) -> bool:
        if self._run is None or self._run.cancelled.is_set():
            return False
        self._run.cancel()
        self.message = translate("AnalysisSession", "Cancelling…")
        return True

    def _on_progressed(self, done: int, total: int) -> None:
        if self._run is not None:
            self.progress = (done, total)
            self._broadcast("progress")

    def _on_simulation_done(self, outcome: Outcome) -> None:
        from core.analysis import CancelledError

        if self._run is None or outcome.request != self._run_request:
            return  # a run that was replaced by a later one
        self._run.close()
        self._run = None
        dropped = translate("AnalysisSession", "Dropped: the scenario changed during the run.")
        if isinstance(outcome.error, CancelledError):
            del self._latest["montecarlo"]
            if outcome.inputs.same_as(self.inputs):
                self.message = str(outcome.error).replace("Monte Carlo c", "C") + "."
            else:
                self.message = dropped  # cancelled by an edit
            self._broadcast("running", "message")
            return
        if not self._take("montecarlo", outcome):
            failed = translate("AnalysisSession", "Failed.")
            self.message = dropped if outcome.error is None else failed
            self._broadcast("running", "message")
            return
        simulation: Simulation = outcome.result
        message = translate("AnalysisSession", "{draws} draws in {seconds} s.").format(
            draws=number(simulation.draws, 0), seconds=number(outcome.seconds, 2)
        )
        analysis = self._session.scenario.analysis
        stored = analysis.montecarlo if analysis is not None else None
        if stored is not None and (stored.draws, stored.seed) != (
            simulation.draws,
            simulation.seed,
        ):
            message += " " + translate(
                "AnalysisSession", "The brief keeps its own run ({draws} draws, seed {seed})."
            ).format(draws=number(stored.draws, 0), seed=stored.seed)
        # A run is a look at the scenario, not an edit: the brief's run is stored only when
        # the user ticks "Include in brief".
        self.message = message
        self._broadcast("running", "message", "montecarlo")

    def seek(self, figure: str, assumption: str, target: float) -> None:
        """Solve `assumption` for key figure `figure` to equal `target`."""
        from core.analysis import seek_goal

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
            self.goal = outcome.result
            self._broadcast("goal")
        elif "goal" not in self._latest:
            self.goal = None  # dropped or failed, and no later search is coming
            self._broadcast("goal")

    def apply_goal(self) -> bool:
        """Set the assumption or deal term to the goal-seek solution (one undoable edit).

        False when there is no current solution.
        """
        from core.analysis import Solution

        goal: Goal | None = self.result("goal")
        if not isinstance(goal, Solution) or not self.is_current("goal"):
            return False
        name, value = goal.assumption, goal.value
        if name not in SPECS_BY_NAME:  # a deal term's key
            label = term_label(as_chain(self.inputs.deal), name)
            text = translate("AnalysisSession", "Goal seek: {label}").format(label=label)
            return self._session.set_terms({name: value}, text)
        if goal.solve == "value":
            text = translate("AnalysisSession", "Goal seek")
            return self._session.set_values([CellChange(name, None, value)], text)
        path = scaled_path(self.inputs.assumptions[name], value)
        text = translate("AnalysisSession", "Goal seek: ×{factor}").format(factor=f"{value:.4g}")
        return self._session.set_assumption_path(name, path, text)

    def _on_failed(self, error: BaseException) -> None:
        self._session.report_problem(
            translate("AnalysisSession", "Analysis failed: {error}").format(error=error)
        )

    def inputs_changed(self) -> frozenset[str]:
        """The current scenario's inputs changed: results may be stale, a run is cancelled.

        Returns what changed here, for the Session's broadcast of the edit.
        """
        self._inputs = None
        return frozenset({"message"}) if self._cancel() else frozenset()
