"""Dock panels and their menus, made one way for the main window and every installer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QWidget

from gui.icons import icon


def add_dock(
    window: QMainWindow,
    title: str,
    widget: QWidget,
    area: Qt.DockWidgetArea = Qt.DockWidgetArea.BottomDockWidgetArea,
    shortcut: str = "",
    tooltip: str = "",
) -> QDockWidget:
    """Add a dock titled `title` holding `widget` to `window`; its toggle has the shortcut.

    The object name (``key_figures_dock``) is what the saved window layout refers to.
    """
    dock = QDockWidget(title, window)
    dock.setObjectName(f"{title.lower().replace(' ', '_')}_dock")
    dock.setWidget(widget)
    toggle = dock.toggleViewAction()
    toggle.setIcon(icon("panel"))
    if shortcut:
        toggle.setShortcut(QKeySequence(shortcut))
    toggle.setToolTip(tooltip or f"Show or hide the {title} panel ({shortcut})")
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
    help_menu = next((a for a in bar.actions() if a.text().replace("&", "") == "Help"), None)
    if help_menu is None:
        bar.addMenu(menu)
    else:
        bar.insertMenu(help_menu, menu)
