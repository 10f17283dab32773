"""File > Export to Excel… and File > Import Assumptions…: workbooks for analysts' Excel.

The workbook logic is the core's (core.excel, core.excel_import); dialogs live only in the
`_on_*_triggered` handlers, and tests call the methods they wrap.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core.errors import DealscopeError
from gui.session import Session
from gui.window_actions import make_action
from gui.window_part import WindowPart

if TYPE_CHECKING:
    from gui.main_window import MainWindow

EXCEL_FILTER = "Excel workbook (*.xlsx)"


class ExcelFiles(WindowPart):
    """The two Excel actions of `window`'s File menu, on `session`."""

    def __init__(self, window: MainWindow, session: Session) -> None:
        super().__init__(window, session)
        self.export_action = make_action(
            window,
            "Export to E&xcel…",
            "export",
            [],
            "Write assumptions, key figures, periods and sources to an Excel workbook",
        )
        self.import_action = make_action(
            window,
            "&Import Assumptions…",
            "open",
            [],
            "Read the Assumptions sheet of an Excel workbook into the scenarios (undoable)",
        )
        self.export_action.triggered.connect(self._on_export_triggered)
        self.import_action.triggered.connect(self._on_import_triggered)
        # Tests replace this to read the message without a modal box.
        self.show_error: Callable[[str, str], object] = self._show_error

    def export_workbook(self, path: Path) -> bool:
        """Write every scenario's workbook to `path`; False (and a message) on failure."""
        from core.excel import write_workbook

        session = self._session
        try:
            write_workbook(path, session.workspace, session.contract, session.projections())
        except DealscopeError as exc:
            self.show_error("Export to Excel", str(exc))
            return False
        self._window.statusBar().showMessage(f"Exported {path.name}", 5000)
        return True

    def import_workbook(self, path: Path) -> bool:
        """Apply the Assumptions sheet of `path` as one undoable edit; False on a problem."""
        from core.excel_import import import_assumptions

        try:
            workspace = import_assumptions(self._session.workspace, path)
        except DealscopeError as exc:
            message = exc.one_line() if hasattr(exc, "one_line") else str(exc)
            self.show_error("Import Assumptions", message)
            return False
        self._session.set_scenarios(workspace, f"Import assumptions from {path.name}")
        self._window.statusBar().showMessage(f"Imported the assumptions of {path.name}", 5000)
        return True

    def _folder(self) -> str:
        location = QStandardPaths.StandardLocation.DocumentsLocation
        return QStandardPaths.writableLocation(location)

    def _on_export_triggered(self) -> None:
        path = self._session.path
        stem = path.stem if path is not None else "dealscope"
        suggested = str(Path(self._folder()) / f"{stem}.xlsx")
        name, _ = QFileDialog.getSaveFileName(
            self._window, "Export to Excel", suggested, EXCEL_FILTER
        )
        if name:
            self.export_workbook(Path(name))

    def _on_import_triggered(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self._window, "Import Assumptions", self._folder(), EXCEL_FILTER
        )
        if name:
            self.import_workbook(Path(name))

    def _show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self._window, title, message)
