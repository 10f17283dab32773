"""A chart's view box whose context menu is built on the first right-click, not with the chart.

pyqtgraph builds a view box's menu (View All, the X and Y axis forms, Mouse Mode) as the box
is made, about a fifth of a chart's construction at start; a chart builds the same menu when
it is first asked for, so a right-click shows what it always showed.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu


class MenuOnDemandViewBox(pg.ViewBox):  # type: ignore[misc]  # pyqtgraph ships no type hints
    """A `pg.ViewBox` with its menu enabled, built when a right-click first asks for it."""

    def __init__(self) -> None:
        super().__init__(enableMenu=False)  # no menu yet (menuEnabled says yes below)
        self._menu_wanted = True

    def setMenuEnabled(self, enableMenu: bool = True) -> None:  # noqa: N803  # pyqtgraph's names
        """Enable or disable the menu; enabling builds it only when it is first shown."""
        self._menu_wanted = enableMenu
        if not enableMenu:
            super().setMenuEnabled(False)

    def menuEnabled(self) -> bool:  # pyqtgraph's name
        """Whether a right-click shows the menu."""
        return self._menu_wanted

    def getMenu(self, ev: object) -> QMenu | None:  # pyqtgraph's name
        """The menu, built on the first call while it is enabled."""
        if self._menu_wanted and self.menu is None:
            super().setMenuEnabled(True)
            self.updateViewLists()  # the link lists a menu made with the box would hold
        menu: QMenu | None = self.menu
        return menu

    def getContextMenus(self, event: object) -> list[QAction]:  # pyqtgraph's name
        """The menu's actions, for a context menu raised over a child item."""
        menu = self.getMenu(event)
        return list(menu.actions()) if menu is not None else []
