"""The Monte Carlo tab: draws, seed, Run and Cancel with progress, and the run's results."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.analysis import Simulation
from core.analysis.distributions import describe
from core.analysis.montecarlo import DEFAULT_DRAWS, DEFAULT_SEED
from core.assumptions import SPECS_BY_NAME
from core.present.labels import fill_names
from core.terms import term_label
from gui.change import Change
from gui.language import QT_TRANSLATE_NOOP
from gui.session import Session
from gui.theme import css, theme_notifier
from gui.views.analysis.montecarlo_results import MonteCarloResults
from gui.views.analysis.panel import AnalysisPanel
from gui.views.uncertainty_text import uncertainty_text
from gui.views.visibility import WhenShown

MAX_APP_DRAWS = 1_000_000
"""The largest run the app offers (about 5 s); the command line goes to 10,000,000."""
WHERE_TO_SET = QT_TRANSLATE_NOOP(
    "MonteCarloPanel", "Set uncertainties in the Uncertainty column of the Assumptions grid."
)


class MonteCarloPanel(AnalysisPanel):
    """Runs Monte Carlo on the current scenario and shows the last run; follows the session."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.draws_box = QSpinBox(self)
        self.draws_box.setRange(1, MAX_APP_DRAWS)
        self.draws_box.setSingleStep(1000)
        self.draws_box.setGroupSeparatorShown(True)
        self.draws_box.setKeyboardTracking(False)
        self.seed_box = QSpinBox(self)
        self.seed_box.setRange(0, 2**31 - 1)
        self.seed_box.setKeyboardTracking(False)
        self.seed_box.setToolTip(self.tr("The same seed, draws and scenario give the same result"))
        self.run_button = QPushButton(self.tr("Run"), self)
        self.run_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.setFormat("%p %")
        self.status_label = QLabel(self)
        self.brief_box = QCheckBox(self.tr("Include in brief"), self)
        self.brief_box.setToolTip(
            self.tr(
                "Store the draws and seed with the scenario; the brief repeats the run exactly"
            )
        )
        self.sampled_label = QLabel(self)
        self.sampled_label.setStyleSheet(f"color: {css('muted_text')};")
        theme_notifier().changed.connect(self._on_theme_changed)
        self.sampled_label.setWordWrap(True)
        self.results = MonteCarloResults(self)
        self._when_shown = WhenShown(self, self._draw_shown, stale=False)
        self._layout()
        self._show_stored_run()
        self._on_inputs_changed()
        self._on_running_changed(self._analysis.running)
        self._connect()
        shown: Simulation | None = self._analysis.result("montecarlo")
        if shown is not None:
            self._draw(shown)

    def _layout(self) -> None:
        controls = QHBoxLayout()
        for label, box in ((self.tr("Draws"), self.draws_box), (self.tr("Seed"), self.seed_box)):
            controls.addWidget(QLabel(label, self))
            controls.addWidget(box)
        for widget in (self.run_button, self.cancel_button, self.progress_bar):
            controls.addWidget(widget)
        controls.addWidget(self.status_label, 1)
        controls.addWidget(self.brief_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(controls)
        layout.addWidget(self.sampled_label)
        layout.addWidget(self.results, 1)

    def _connect(self) -> None:
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self._analysis.cancel_monte_carlo)
        self.brief_box.clicked.connect(self._on_brief_edited)
        self._session.changed.connect(self._on_changed)

    def _on_changed(self, change: Change) -> None:
        analysis, parts = self._analysis, change.analyses
        if "running" in parts:
            self._on_running_changed(analysis.running)
        if "progress" in parts:
            self._on_progress_changed(*analysis.progress)
        if "message" in parts:
            self.status_label.setText(analysis.message)
        if "montecarlo" in parts:
            self._when_shown.request()
        if change.document or (change.current and not analysis.running):
            self._show_stored_run()
        if change.inputs:
            self._on_inputs_changed()

    def _on_theme_changed(self, _: bool) -> None:
        self.sampled_label.setStyleSheet(f"color: {css('muted_text')};")

    def run(self) -> None:
        """Start a run with the draws and seed shown."""
        self._analysis.run_monte_carlo(self.draws_box.value(), self.seed_box.value())

    def _show_stored_run(self) -> None:
        """Show the current scenario's stored draws and seed, or the defaults."""
        analysis = self._session.scenario.analysis
        stored = analysis.montecarlo if analysis is not None else None
        self.draws_box.setValue(stored.draws if stored else DEFAULT_DRAWS)
        self.seed_box.setValue(stored.seed if stored else DEFAULT_SEED)

    def _on_inputs_changed(self) -> None:
        scenario = self._session.scenario
        stored = scenario.analysis.montecarlo if scenario.analysis is not None else None
        self.brief_box.setChecked(stored is not None)
        self.sampled_label.setText(self._sampled_text())
        ran = self._analysis.result_inputs("montecarlo")
        if ran is None or self._analysis.running or self._analysis.is_current("montecarlo"):
            return
        if ran.scenario != scenario.name:
            self.status_label.setText(
                self.tr("Shown: the last run, of {scenario}.").format(scenario=ran.scenario)
            )
        else:
            self.status_label.setText(self.tr("Out of date: the scenario changed since this run."))

    def _sampled_text(self) -> str:
        scenario = self._session.scenario
        contract = self._session.contract
        chain = self._session.chain
        parts = [
            f"{fill_names(SPECS_BY_NAME[name].label, contract)} "
            f"({uncertainty_text(SPECS_BY_NAME[name], dist)})"
            if name in SPECS_BY_NAME
            else f"{term_label(chain, name)} ({describe(dist)})"
            for name, dist in scenario.uncertainty.items()
        ]
        if not parts:
            text = self.tr("No assumption of {scenario} is uncertain yet.")
            return f"{text.format(scenario=scenario.name)} {self.tr(WHERE_TO_SET)}"
        text = self.tr("Sampled in {scenario}: {parts}.")
        sampled = text.format(scenario=scenario.name, parts="; ".join(parts))
        return f"{sampled} {self.tr(WHERE_TO_SET)}"

    def _on_brief_edited(self, checked: bool) -> None:
        session = self._session
        if checked:
            session.set_montecarlo_settings(self.draws_box.value(), self.seed_box.value())
        else:
            session.set_montecarlo_settings(None)

    def _on_running_changed(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.progress_bar.setVisible(running)

    def _on_progress_changed(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)

    def refresh_if_dirty(self) -> None:
        """Draw a result that arrived while hidden (the dock came forward)."""
        self._when_shown.catch_up()

    def _draw_shown(self) -> None:
        shown: Simulation | None = self._analysis.result("montecarlo")
        if shown is not None:
            self._draw(shown)

    def _draw(self, simulation: Simulation) -> None:
        session = self._session
        self.results.show_simulation(simulation, session.contract, session.projection)
