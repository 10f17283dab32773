"""The Analysis dock's content: Sensitivity, Monte Carlo and Goal Seek tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from gui.session import Session
from gui.views.analysis.goalseek_panel import GoalSeekPanel
from gui.views.analysis.montecarlo_panel import MonteCarloPanel
from gui.views.analysis.sensitivity_panel import SensitivityPanel


class AnalysisView(QTabWidget):
    """Shows the analyses of the current scenario, one tab each; hidden tabs do no work."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sensitivity = SensitivityPanel(session, self)
        self.montecarlo = MonteCarloPanel(session, self)
        self.goalseek = GoalSeekPanel(session, self)
        self.addTab(self.sensitivity, "Sensitivity")
        self.addTab(self.montecarlo, "Monte Carlo")
        self.addTab(self.goalseek, "Goal Seek")
        self.setDocumentMode(True)
        self.currentChanged.connect(self._on_tab_changed)

    def refresh_if_dirty(self) -> None:
        """Bring the tab in front up to date (after the dock came forward)."""
        panel = self.currentWidget()
        if isinstance(panel, SensitivityPanel | MonteCarloPanel):
            panel.refresh_if_dirty()

    def _on_tab_changed(self, index: int) -> None:
        self.refresh_if_dirty()
