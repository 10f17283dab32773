"""Main windows on a known document, their Analysis dock, and widgets shown, for the GUI tests."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtWidgets import QWidget

from core.edits.documents import Document
from core.files import bundled_contracts
from core.workspace import Scenario, Settings, Workspace
from gui.analysis_dock import AnalysisDock
from gui.main_window import MainWindow
from gui.session import Session
from gui.views.analysis.goalseek_panel import GoalSeekPanel
from gui.views.analysis.sensitivity_panel import SensitivityPanel

RECAP = "microsoft-openai-2025-10"
"""The October 2025 recapitalisation: a dated chain of three versions behind it."""
NEWEST = "microsoft-openai-2026-04"
"""The newest bundled Microsoft–OpenAI version (April 2026): every clause kind the app edits."""

_Widget = TypeVar("_Widget", bound=QWidget)


def shown(qtbot: Any, widget: _Widget, width: int = 900, height: int = 600) -> _Widget:
    """`widget` at `width` x `height`, shown and exposed, closed with the test."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def open_newest(window: MainWindow) -> MainWindow:
    """`window` on the bundled April 2026 contract, scenarios Base and Bear, 2025-2035."""
    contract = bundled_contracts()[NEWEST]
    settings = Settings(start_year=2025, end_year=2035)
    scenarios = (Scenario(name="Base"), Scenario(name="Bear"))
    workspace = Workspace(contract=NEWEST, settings=settings, scenarios=scenarios)
    session_of(window).open_document(Document(workspace, contract, None))
    return window


def session_of(window: MainWindow) -> Session:
    """The window's session (always attached in these tests)."""
    assert window.session is not None
    return window.session


def tornado(qtbot: Any, dock: AnalysisDock) -> SensitivityPanel:
    """The Sensitivity tab of `dock`, shown, once its tornado is computed."""
    dock.show_sensitivity()
    qtbot.waitUntil(lambda: dock.analysis.is_current("sensitivity"), timeout=10_000)
    return dock.view.sensitivity


def solve(
    qtbot: Any, dock: AnalysisDock, figure: str, lever: tuple[str, str], target: float
) -> GoalSeekPanel:
    """Goal-seek `figure` to `target` in `dock` and wait for the answer.

    `lever` is ``("assumption", name)`` or ``("term", key)``: what the solver varies.
    """
    dock.show_goal_seek()
    panel = dock.view.goalseek
    panel.figure_box.setCurrentIndex(panel.figure_box.findData(figure))
    kind, name = lever
    if kind == "term":
        panel.lever_box.setCurrentIndex(panel.lever_box.findData("term"))
        panel.term_box.setCurrentIndex(panel.term_box.findData(name))
    else:
        panel.assumption_box.setCurrentIndex(panel.assumption_box.findData(name))
    panel.target_box.setValue(target)
    panel.solve_button.click()
    qtbot.waitUntil(lambda: dock.analysis.is_current("goal"), timeout=10_000)
    return panel
