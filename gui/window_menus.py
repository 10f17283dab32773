"""The main window's menu bar and toolbar, laid out from its actions and docks."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolBar

from gui.window_actions import WindowActions


@dataclass(frozen=True, slots=True)
class WindowMenus:
    """The menus other parts add to: File, Edit and View."""

    file: QMenu
    edit: QMenu
    view: QMenu


def build_menus(
    window: QMainWindow, a: WindowActions, docks: Iterable[QDockWidget]
) -> WindowMenus:
    """Fill `window`'s menu bar (File, Edit, View, Help) and its main toolbar."""
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    for item in (a.new, a.new_menu, a.new_deal, a.open, a.recent_menu, None):
        _add(file_menu, item)
    for item in (a.save, a.save_as, a.revert, None, a.export_brief, a.export_charts, None):
        _add(file_menu, item)
    file_menu.addAction(a.quit)
    edit_menu = bar.addMenu("&Edit")
    for item in (a.undo, a.redo, None, a.settings):
        _add(edit_menu, item)
    view_menu = bar.addMenu("&View")
    for dock in docks:
        view_menu.addAction(dock.toggleViewAction())
    help_menu = bar.addMenu("&Help")
    help_menu.addAction(a.guide)
    help_menu.addAction(a.about)
    toolbar = QToolBar("Main", window)
    toolbar.setObjectName("main_toolbar")
    for group in ((a.new, a.open, a.save), (a.undo, a.redo), (a.export_brief,)):
        toolbar.addActions(list(group))
        toolbar.addSeparator()
    window.addToolBar(toolbar)
    return WindowMenus(file_menu, edit_menu, view_menu)


def _add(menu: QMenu, item: QAction | QMenu | None) -> None:
    """An action, a submenu, or a separator (None)."""
    if item is None:
        menu.addSeparator()
    elif isinstance(item, QMenu):
        menu.addMenu(item)
    else:
        menu.addAction(item)
