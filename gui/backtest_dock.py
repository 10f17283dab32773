"""The Backtest dock: a tab beside Compare in the bottom group, listed in the View menu."""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from gui.docks import add_dock, tab_behind
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
    tooltip = f"Show or hide the {TITLE} panel: the model against reported figures"
    dock = add_dock(window, TITLE, view, tooltip=tooltip)
    tab_behind(window, ANCHOR, dock)
    catch_up_when_raised(dock, view.when_shown.refresh_if_stale)
    for menu in window.menuBar().findChildren(QMenu):
        if menu.title().replace("&", "") == "View":
            menu.addAction(dock.toggleViewAction())
            break
    return dock
