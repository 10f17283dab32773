"""The views of the main window's own docks and its middle.

The views in front (scenarios, key figures, charts) are built with the workspace; the
assumptions grid and Compare, behind the bottom tabs, the first time they come forward
(`BuiltOnShow`). The grid's Edit-menu actions exist from the start and build the grid when
used before it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDockWidget, QMainWindow

from gui.session import Session
from gui.views.charts.charts_view import ChartsView
from gui.views.grid_actions import make_grid_actions
from gui.views.key_figures_view import KeyFiguresView
from gui.views.scenario_panel import ScenarioPanel
from gui.views.visibility import BuiltOnShow, catch_up_when_raised, placeholder

if TYPE_CHECKING:
    from gui.views.assumptions_panel import AssumptionsPanel
    from gui.views.compare_view import CompareView

MIN_DOCK_SIZE = (160, 80)
"""Keeps the window shrinkable to a laptop screen."""


class WindowViews(QObject):
    """Builds the views of `docks` (scenarios, figures, assumptions, compare) and the charts."""

    def __init__(
        self, window: QMainWindow, docks: Mapping[str, QDockWidget], session: Session
    ) -> None:
        super().__init__(window)
        self._session = session
        self.scenario_panel = ScenarioPanel(session)
        self.figures_view = KeyFiguresView(session)
        self.grid_actions = make_grid_actions(window)
        self.grid_actions.copy.triggered.connect(self._on_copy_triggered)
        self.grid_actions.paste.triggered.connect(self._on_paste_triggered)
        self.grid_actions.reset_cell.triggered.connect(self._on_reset_cell_triggered)
        self.grid_actions.reset_row.triggered.connect(self._on_reset_row_triggered)
        self.charts_view = ChartsView(session)
        for key, widget in (
            ("scenarios", self.scenario_panel),
            ("figures", self.figures_view),
            ("assumptions", placeholder()),
            ("compare", placeholder()),
        ):
            widget.setMinimumSize(*MIN_DOCK_SIZE)
            docks[key].setWidget(widget)
        # The grid and Compare, behind tabs at start: `.view` builds one now if need be.
        self.assumptions = BuiltOnShow(docks["assumptions"], self._build_assumptions)
        self._compare_dock = docks["compare"]
        self.compare = BuiltOnShow(docks["compare"], self._build_compare, self._on_compare_built)
        self.charts_view.setMinimumSize(360, 240)
        window.setCentralWidget(self.charts_view)

    def _build_assumptions(self) -> AssumptionsPanel:
        from gui.views.assumptions_panel import AssumptionsPanel

        return AssumptionsPanel(self._session, actions=self.grid_actions)

    def _build_compare(self) -> CompareView:
        from gui.views.compare_view import CompareView

        return CompareView(self._session)

    def _on_compare_built(self, view: CompareView) -> None:
        catch_up_when_raised(self._compare_dock, view.when_shown.refresh_if_stale)

    # The Edit menu's grid actions run on the grid, built first if they come before it.

    def _on_copy_triggered(self) -> None:
        self.assumptions.view.copy()

    def _on_paste_triggered(self) -> None:
        self.assumptions.view.paste()

    def _on_reset_cell_triggered(self) -> None:
        self.assumptions.view.reset_selection()

    def _on_reset_row_triggered(self) -> None:
        self.assumptions.view.reset_rows()
