"""File > Export Contract…: the workspace's contract, with its edits, as a contract file.

The file is what `dealscope project --contract FILE` reads. The dialog lives only in the
`_on_*_triggered` handler; tests call the method it wraps.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core.contract_yaml import save_contract
from core.errors import FileError
from gui.session import Session
from gui.window_part import WindowPart

if TYPE_CHECKING:
    from gui.main_window import MainWindow

CONTRACT_FILTER = "Dealscope contract (*.yaml)"
SHORTCUT = "Ctrl+Shift+O"


class ContractExport(WindowPart):
    """Owns the Export Contract… action of `window`, on `session`."""

    def __init__(self, window: MainWindow, session: Session) -> None:
        super().__init__(window, session)
        self.action = QAction("Export C&ontract…", window)
        self.action.setShortcut(SHORTCUT)
        self.action.setToolTip(
            f"Write the contract, with its edits, as a contract YAML file ({SHORTCUT})"
        )
        self.action.triggered.connect(self._on_export_triggered)

    def export_contract(self, path: Path) -> bool:
        """Write the session's contract to `path` atomically; a failure is shown."""
        try:
            save_contract(self._session.contract, path)
        except FileError as exc:
            QMessageBox.warning(self._window, "Could not export the contract", str(exc))
            return False
        self._window.statusBar().showMessage(f"Exported the contract to {path}", 5000)
        return True

    def _on_export_triggered(self) -> None:
        suggested = f"{self._session.contract.id}.yaml"
        name, _ = QFileDialog.getSaveFileName(
            self._window, "Export Contract", suggested, CONTRACT_FILTER
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".yaml", ".yml"):
            path = path.with_name(path.name + ".yaml")
        self.export_contract(path)


def install_contract_export(window: MainWindow, session: Session) -> ContractExport:
    """Add Export Contract… to `window`'s File menu, after the other exports."""
    export = ContractExport(window, session)
    menu = window.file_menu_widget
    actions = menu.actions()
    after = actions.index(window.actions_.export_charts) + 1
    if after < len(actions):
        menu.insertAction(actions[after], export.action)
    else:
        menu.addAction(export.action)
    return export
