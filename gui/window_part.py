"""The base of the objects that run one part of the main window's menus on the session."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from gui.session import Session

if TYPE_CHECKING:
    from gui.main_window import MainWindow


class WindowPart(QObject):
    """Owned by `window` (deleted with it); acts on `session`."""

    def __init__(self, window: MainWindow, session: Session) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
