"""The assumptions grid's copy, paste and reset actions, listed in the Edit menu.

The window makes them at start, so that the Edit menu lists them while the grid itself
waits behind its tab (`gui.views.visibility.BuiltOnShow`); the grid takes them when built.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from gui.icons import icon
from gui.language import translate


@dataclass(frozen=True, slots=True)
class GridActions:
    """Copy, Paste, Reset to Default and Reset Whole Row, in the Edit menu's order."""

    copy: QAction
    paste: QAction
    reset_cell: QAction
    reset_row: QAction

    def add_to(self, menu: QMenu) -> None:
        """Add the actions to `menu`: copy and paste, then the resets, each group set apart."""
        for group in ((self.copy, self.paste), (self.reset_cell, self.reset_row)):
            menu.addSeparator()
            menu.addActions(list(group))


def make_grid_actions(parent: QObject) -> GridActions:
    """The four actions, with their icons, shortcuts (active in the grid) and tooltips."""
    return GridActions(
        copy=_action(
            parent,
            translate("AssumptionsPanel", "Copy"),
            "copy",
            QKeySequence.StandardKey.Copy,
            translate("AssumptionsPanel", "Copy the selected cells as tab-separated text"),
        ),
        paste=_action(
            parent,
            translate("AssumptionsPanel", "Paste"),
            "paste",
            QKeySequence.StandardKey.Paste,
            translate(
                "AssumptionsPanel", "Paste a range copied from a spreadsheet at the current cell"
            ),
        ),
        reset_cell=_action(
            parent,
            translate("AssumptionsPanel", "Reset to Default"),
            "reset",
            QKeySequence(Qt.Key.Key_Delete),
            translate("AssumptionsPanel", "Set the selected cells back to the app default"),
        ),
        reset_row=_action(
            parent,
            translate("AssumptionsPanel", "Reset Whole Row"),
            "reset-row",
            QKeySequence("Shift+Delete"),
            translate("AssumptionsPanel", "Remove this scenario's values for the selected rows"),
        ),
    )


def _action(
    parent: QObject,
    text: str,
    icon_name: str,
    shortcut: QKeySequence | QKeySequence.StandardKey,
    tooltip: str,
) -> QAction:
    action = QAction(icon(icon_name), text, parent)
    action.setShortcut(shortcut)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.setToolTip(tooltip)
    return action
