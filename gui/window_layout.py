"""The main window's dock layout: the saved one, or the default arrangement and sizes.

By default the scenarios sit on the left, the charts in the middle, the key figures over the
clause inspector and explain tabs on the right, and one tab group across the bottom with
the timeline in front of the assumptions grid and the comparisons.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow

BOTTOM_TABS = ("timeline", "assumptions", "compare", "versions")
"""The bottom tab group, in tab order; the first is in front."""


def saved_layout(settings: QSettings) -> tuple[QByteArray, QByteArray] | None:
    """The saved window geometry and dock state, or None when there is none."""
    geometry = settings.value("window/geometry")
    state = settings.value("window/state")
    if isinstance(geometry, QByteArray) and isinstance(state, QByteArray):
        return geometry, state
    return None


def arrange_default_docks(window: QMainWindow, docks: Mapping[str, QDockWidget]) -> None:
    """Put the bottom docks into one tab group in BOTTOM_TABS order, the first in front."""
    first, *others = BOTTOM_TABS
    for key in others:  # each call moves the dock to the end of the group
        window.tabifyDockWidget(docks[first], docks[key])
    # A shown window builds its tab bars later, and raising before that is lost.
    QTimer.singleShot(0, docks[first].raise_)


def apply_default_dock_sizes(window: QMainWindow, docks: Mapping[str, QDockWidget]) -> None:
    """Size the docks for a 1440x900 window; docks not built yet are skipped."""
    horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
    window.resizeDocks([docks["scenarios"]], [240], horizontal)
    window.resizeDocks([docks["figures"]], [340], horizontal)
    window.resizeDocks([docks["assumptions"]], [385], vertical)  # every timeline lane fits
    if "inspector" in docks:
        window.resizeDocks([docks["figures"], docks["inspector"]], [560, 260], vertical)
