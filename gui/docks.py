"""Dock panels and their menus, made one way for the main window and every installer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QWidget

from gui.icons import icon
from gui.language import help_menu_action, translate


def add_dock(
    window: QMainWindow,
    title: str,
    widget: QWidget,
    area: Qt.DockWidgetArea = Qt.DockWidgetArea.BottomDockWidgetArea,
    shortcut: str = "",
    tooltip: str = "",
    context: str = "MainWindow",
) -> QDockWidget:
    """Add a dock titled `title` holding `widget` to `window`; its toggle has the shortcut.

    `title` is the English text, marked for translation under `context`; the object name
    (``key_figures_dock``) made from it is what the saved window layout refers to.
    """
    shown = translate(context, title)
    dock = QDockWidget(shown, window)
    dock.setObjectName(f"{title.lower().replace(' ', '_')}_dock")
    dock.setWidget(widget)
    toggle = dock.toggleViewAction()
    toggle.setIcon(icon("panel"))
    if shortcut:
        toggle.setShortcut(QKeySequence(shortcut))
    toggle.setToolTip(
        tooltip
        or translate("Docks", "Show or hide the {title} panel ({shortcut})").format(
            title=shown, shortcut=shortcut
        )
    )
    window.addDockWidget(area, dock)
    return dock


def tab_behind(window: QMainWindow, anchor: str, dock: QDockWidget) -> None:
    """Make `dock` a tab of the group of the dock named `anchor`, when there is one."""
    found = window.findChild(QDockWidget, anchor)
    if found is not None:
        window.tabifyDockWidget(found, dock)


def add_menu_before_help(window: QMainWindow, menu: QMenu) -> None:
    """Put `menu` in the menu bar just before Help (at the end when there is no Help)."""
    bar = window.menuBar()
    help_menu = help_menu_action(window)
    if help_menu is None:
        bar.addMenu(menu)
    else:
        bar.insertMenu(help_menu, menu)
