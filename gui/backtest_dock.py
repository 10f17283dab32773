"""The Backtest dock: a tab beside Compare in the bottom group, listed in the View menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from gui.docks import add_dock, tab_behind
from gui.language import QT_TRANSLATE_NOOP, translate
from gui.session import Session
from gui.views.visibility import BuiltOnShow, catch_up_when_raised, placeholder

if TYPE_CHECKING:
    from gui.views.backtest_view import BacktestView

TITLE = QT_TRANSLATE_NOOP("BacktestDock", "Backtest")
ANCHOR = "compare_dock"
"""The dock whose tab group the Backtest dock joins."""


def install_backtest_dock(window: QMainWindow, session: Session) -> QDockWidget:
    """Add the Backtest dock to `window`, tabbed with Compare, and return it.

    Its view is built the first time the dock comes forward (`BuiltOnShow`).
    """
    tooltip = translate(
        "BacktestDock", "Show or hide the {title} panel: the model against reported figures"
    ).format(title=translate("BacktestDock", TITLE))
    dock = add_dock(window, TITLE, placeholder(), tooltip=tooltip, context="BacktestDock")
    tab_behind(window, ANCHOR, dock)

    def build() -> BacktestView:
        from gui.views.backtest_view import BacktestView

        return BacktestView(session)

    def on_built(view: BacktestView) -> None:
        catch_up_when_raised(dock, view.when_shown.refresh_if_stale)

    BuiltOnShow(dock, build, on_built)
    view_menu = getattr(window, "view_menu", None)  # found by object: its title is translated
    if isinstance(view_menu, QMenu):
        view_menu.addAction(dock.toggleViewAction())
    return dock
