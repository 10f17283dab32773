"""The Backtest dock: a tab beside Compare in the bottom group, listed in the View menu."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from gui.icons import icon
from gui.session import Session
from gui.views.backtest_view import BacktestView
from gui.views.visibility import catch_up_when_raised

TITLE = "Backtest"
ANCHOR = "compare_dock"
"""The dock whose tab group the Backtest dock joins."""


def install_backtest_dock(window: QMainWindow, session: Session) -> QDockWidget:
    """Add the Backtest dock to `window`, tabbed with Compare, and return it."""
    view = BacktestView(session)
    view.setMinimumSize(160, 80)
    dock = QDockWidget(TITLE, window)
    dock.setObjectName("backtest_dock")
    dock.setWidget(view)
    toggle = dock.toggleViewAction()
    toggle.setIcon(icon("panel"))
    toggle.setToolTip(f"Show or hide the {TITLE} panel: the model against reported figures")
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    anchor = window.findChild(QDockWidget, ANCHOR)
    if anchor is not None:
        window.tabifyDockWidget(anchor, dock)
    catch_up_when_raised(dock, view.refresh_if_dirty)
    for menu in window.menuBar().findChildren(QMenu):
        if menu.title().replace("&", "") == "View":
            menu.addAction(toggle)
            break
    return dock
