"""The Backtest dock: a tab beside Compare in the bottom group, listed in the View menu."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from gui.icons import icon
from gui.language import QT_TRANSLATE_NOOP, translate
from gui.session import Session
from gui.views.backtest_view import BacktestView

TITLE = QT_TRANSLATE_NOOP("BacktestDock", "Backtest")
ANCHOR = "compare_dock"
"""The dock whose tab group the Backtest dock joins."""


def install_backtest_dock(window: QMainWindow, session: Session) -> QDockWidget:
    """Add the Backtest dock to `window`, tabbed with Compare, and return it."""
    view = BacktestView(session)
    view.setMinimumSize(160, 80)
    dock = QDockWidget(translate("BacktestDock", TITLE), window)
    dock.setObjectName("backtest_dock")
    dock.setWidget(view)
    toggle = dock.toggleViewAction()
    toggle.setIcon(icon("panel"))
    toggle.setToolTip(
        translate(
            "BacktestDock", "Show or hide the {title} panel: the model against reported figures"
        ).format(title=translate("BacktestDock", TITLE))
    )
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    anchor = window.findChild(QDockWidget, ANCHOR)
    if anchor is not None:
        window.tabifyDockWidget(anchor, dock)
    view_menu = getattr(window, "view_menu", None)
    if isinstance(view_menu, QMenu):
        view_menu.addAction(toggle)
    return dock
