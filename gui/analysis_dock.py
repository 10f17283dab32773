"""The Analysis dock (sensitivity, Monte Carlo, goal seek) and its menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QVBoxLayout, QWidget

from gui.analysis_session import Analyses
from gui.change import Change
from gui.docks import add_dock, add_menu_before_help, tab_behind
from gui.language import QT_TRANSLATE_NOOP
from gui.session import Session
from gui.views.visibility import catch_up_when_raised, is_on_screen, is_settling

if TYPE_CHECKING:
    from gui.views.analysis.analysis_view import AnalysisView

TITLE = QT_TRANSLATE_NOOP("AnalysisDock", "Analysis")
SHORTCUT = "Ctrl+9"  # Ctrl+1 to Ctrl+8 are the main window's and the contract docks'
SHARE_OF_HEIGHT = 0.45
"""Height the dock takes the first time it opens, as a share of the window's."""
MIN_USEFUL_HEIGHT = 380
TABS = {"sensitivity": 0, "montecarlo": 1, "goalseek": 2}
ANCHOR = "timeline_dock"
"""The dock whose tab group across the bottom the Analysis dock joins, when there is one."""


class AnalysisDock(QObject):
    """Shows the analyses of `session` in a dock of `window`, a tab of the bottom group.

    Behind another tab it does no work: its view (charts and tables) is built the first
    time the dock comes forward, or the first time the menu asks for it, which keeps it off
    the app's start. The Analysis menu brings it forward on one of its tabs (giving it room
    the first time) and starts or cancels a Monte Carlo run.
    """

    def __init__(self, window: QMainWindow, session: Session) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._view: AnalysisView | None = None
        self.analysis: Analyses = session.analyses
        self._holder = QWidget()
        self._holder.setMinimumSize(160, 80)
        QVBoxLayout(self._holder).setContentsMargins(0, 0, 0, 0)
        self.dock = add_dock(
            window, TITLE, self._holder, shortcut=SHORTCUT, context="AnalysisDock"
        )
        tab_behind(window, ANCHOR, self.dock)
        self.dock.visibilityChanged.connect(self._on_visibility_changed)
        catch_up_when_raised(self.dock, self._refresh_if_dirty)
        self.menu = self._build_menu()
        session.changed.connect(self._on_changed)
        self._on_running_changed(self.analysis.running)

    @property
    def view(self) -> AnalysisView:
        """The dock's content, built on first use."""
        return self._build_view()

    def _build_view(self) -> AnalysisView:
        if self._view is None:
            from gui.views.analysis.analysis_view import AnalysisView

            self._view = AnalysisView(self._session, self._holder)
            layout = self._holder.layout()
            assert layout is not None
            layout.addWidget(self._view)
            self._view.show()  # now, not on the next turn as a child added later would be
        return self._view

    def _build_if_on_screen(self) -> None:
        if is_on_screen(self.dock):
            self._build_view()

    def _refresh_if_dirty(self) -> None:
        if self._view is not None:
            self._view.refresh_if_dirty()

    def _build_menu(self) -> QMenu:
        menu = QMenu(self.tr("&Analysis"), self._window)
        menu.addAction(self.dock.toggleViewAction())
        menu.addSeparator()
        self.sensitivity_action = self._add(
            menu, self.tr("&Sensitivity (Tornado)"), self.show_sensitivity
        )
        self.run_action = self._add(menu, self.tr("Run &Monte Carlo"), self.run_monte_carlo, "F5")
        self.cancel_action = self._add(
            menu, self.tr("&Cancel Monte Carlo"), self.analysis.cancel_monte_carlo
        )
        self.goal_action = self._add(menu, self.tr("&Goal Seek"), self.show_goal_seek)
        add_menu_before_help(self._window, menu)
        return menu

    def _add(self, menu: QMenu, text: str, slot: object, shortcut: str = "") -> QAction:
        action = menu.addAction(text)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def show_tab(self, key: str) -> None:
        """Open the dock on tab `key` (``sensitivity``, ``montecarlo`` or ``goalseek``)."""
        self.view.setCurrentIndex(TABS[key])
        self.dock.show()
        self.dock.raise_()

    def show_sensitivity(self) -> None:
        """Open the dock on the tornado."""
        self.show_tab("sensitivity")

    def show_goal_seek(self) -> None:
        """Open the dock on goal seek."""
        self.show_tab("goalseek")

    def run_monte_carlo(self) -> None:
        """Open the Monte Carlo tab and start a run with its draws and seed."""
        self.show_tab("montecarlo")
        self.view.montecarlo.run()

    def _on_changed(self, change: Change) -> None:
        if "running" in change.analyses:
            self._on_running_changed(self.analysis.running)

    def _on_running_changed(self, running: bool) -> None:
        self.run_action.setEnabled(not running)
        self.cancel_action.setEnabled(running)

    def _on_visibility_changed(self, visible: bool) -> None:
        if not visible:
            return
        if is_settling():  # a layout being restored shows each dock for a moment
            QTimer.singleShot(0, self._build_if_on_screen)
        else:
            self._build_view()  # the first time forward
        if not self.dock.isFloating() and self.dock.height() < MIN_USEFUL_HEIGHT:
            QTimer.singleShot(0, self._give_room)

    def _give_room(self) -> None:
        height = int(self._window.height() * SHARE_OF_HEIGHT)
        self._window.resizeDocks([self.dock], [height], Qt.Orientation.Vertical)


def install_analysis_dock(window: QMainWindow, session: Session) -> AnalysisDock:
    """Add the Analysis dock and menu to `window`."""
    return AnalysisDock(window, session)
