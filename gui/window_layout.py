"""The main window's dock layout: the saved one, or the default arrangement and sizes.

By default the scenarios sit on the left, the charts in the middle, the key figures over the
clause inspector and explain tabs on the right, and one tab group across the bottom with
the timeline in front of the assumptions grid and the comparisons. On a short screen (a
1366x768 laptop) the key figures, clause inspector and explain are one tab group instead,
so that a clause such as the AGI clause shows whole, without a scroll.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow

DEFAULT_SIZE = QSize(1440, 900)
"""The first window's size on a screen with room for it."""
FRAME_ALLOWANCE = QSize(16, 48)
"""Room left for the window manager's frame and title bar around a screen-sized window."""
BOTTOM_TABS = ("timeline", "assumptions", "compare", "versions")
"""The bottom tab group, in tab order; the first is in front."""
RIGHT_TABS = ("figures", "inspector", "explain")
"""The right tab group of a short window, in tab order; the first is in front."""
SHORT_HEIGHT = 800
"""A window lower than this stacks the right column's docks as tabs, not one over another."""


def saved_layout(settings: QSettings) -> tuple[QByteArray, QByteArray] | None:
    """The saved window geometry and dock state, or None when there is none."""
    geometry = settings.value("window/geometry")
    state = settings.value("window/state")
    if isinstance(geometry, QByteArray) and isinstance(state, QByteArray):
        return geometry, state
    return None


def arrange_default_docks(window: QMainWindow, docks: Mapping[str, QDockWidget]) -> None:
    """Put the bottom docks into one tab group in BOTTOM_TABS order, the first in front.

    In a window lower than SHORT_HEIGHT the RIGHT_TABS docks become one tab group too.
    """
    groups: list[tuple[str, ...]] = [BOTTOM_TABS]
    if window.height() < SHORT_HEIGHT and all(key in docks for key in RIGHT_TABS):
        groups.append(RIGHT_TABS)
    for first, *others in groups:
        for key in others:  # each call moves the dock to the end of the group
            window.tabifyDockWidget(docks[first], docks[key])
        # A shown window builds its tab bars later, and raising before that is lost.
        QTimer.singleShot(0, docks[first].raise_)


def first_window_geometry(available: QRect) -> QRect:
    """The first window's place: 1440x900, or as much of a smaller screen as fits, centred.

    `available` is the screen's geometry without task bars and docks; on a 1366x768 laptop
    a 1440x900 window put the tabs and the status bar off-screen.
    """
    room = available.size() - FRAME_ALLOWANCE
    size = DEFAULT_SIZE.boundedTo(room)
    geometry = QRect(0, 0, size.width(), size.height())
    geometry.moveCenter(available.center())
    return geometry


def apply_default_dock_sizes(window: QMainWindow, docks: Mapping[str, QDockWidget]) -> None:
    """Size the docks in proportion to the window, designed at 1440x900.

    Docks not built yet are skipped.
    """
    horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
    across = min(1.0, window.width() / DEFAULT_SIZE.width())
    down = min(1.0, window.height() / DEFAULT_SIZE.height())
    window.resizeDocks([docks["scenarios"]], [round(240 * across)], horizontal)
    window.resizeDocks([docks["figures"]], [round(340 * across)], horizontal)
    window.resizeDocks([docks["assumptions"]], [round(395 * down)], vertical)  # all lanes fit
    stacked = "inspector" in docks and docks["inspector"] in window.tabifiedDockWidgets(
        docks["figures"]
    )
    if "inspector" in docks and not stacked:
        sizes = [round(560 * down), round(260 * down)]
        window.resizeDocks([docks["figures"], docks["inspector"]], sizes, vertical)
