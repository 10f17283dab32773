"""File > New Deal… and File > Export Contract…: another deal, and the contract as a file.

Dialogs live only in the `_on_*_triggered` handlers; tests call the methods they wrap.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox

from core.contract import Contract, Parties
from core.contract_yaml import save_contract
from core.errors import FileError
from core.files import bundled_contracts
from gui.dialogs.new_deal_dialog import NewDealDialog
from gui.document_files import new_document
from gui.session import Session

if TYPE_CHECKING:
    from gui.main_window import MainWindow

CONTRACT_FILTER = "Dealscope contract (*.yaml)"


class DealFiles(QObject):
    """Adds New Deal… and Export Contract… to the File menu of `window`, on `session`."""

    def __init__(self, window: MainWindow, session: Session) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self.new_deal_action = QAction("New &Deal…", window)
        self.new_deal_action.setShortcut("Ctrl+Alt+N")
        self.new_deal_action.setToolTip(
            "Model another deal: the parties and a starting contract (Ctrl+Alt+N)"
        )
        self.export_action = QAction("Export C&ontract…", window)
        self.export_action.setShortcut("Ctrl+Shift+O")
        self.export_action.setToolTip(
            "Write the contract, with its edits, as a contract YAML file (Ctrl+Shift+O)"
        )
        self.new_deal_action.triggered.connect(self._on_new_deal_triggered)
        self.export_action.triggered.connect(self._on_export_triggered)
        menu = _file_menu(window)
        if menu is not None:
            a = window.actions_
            menu.insertAction(a.open, self.new_deal_action)
            menu.insertAction(a.quit, self.export_action)
            menu.insertSeparator(a.quit)
        self.dialog: NewDealDialog | None = None

    def export_contract(self, path: Path) -> bool:
        """Write the session's contract to `path` atomically; a failure is shown."""
        try:
            save_contract(self._session.contract, path)
        except FileError as exc:
            QMessageBox.warning(self._window, "Could not export the contract", str(exc))
            return False
        self._window.statusBar().showMessage(f"Exported the contract to {path}", 5000)
        return True

    def new_deal(self, parties: Parties, template_id: str | None) -> bool:
        """Start an unsaved workspace on a new deal between `parties` (after unsaved changes)."""
        menu = self._window.file_menu
        if menu is not None and not menu.settle_unsaved():
            return False
        template = None if template_id is None else bundled_contracts()[template_id]
        self._session.open_document(new_document(new_contract(parties, template), False))
        self._window.statusBar().showMessage(f"New deal: {parties.lab} and {parties.partner}")
        return True

    def _on_new_deal_triggered(self) -> None:
        dialog = NewDealDialog(bundled_contracts(), self._window)
        self.dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.parties is not None:
            self.new_deal(dialog.parties, dialog.template_id)
        self.dialog = None
        dialog.deleteLater()

    def _on_export_triggered(self) -> None:
        suggested = f"{self._session.contract.id}.yaml"
        name, _ = QFileDialog.getSaveFileName(
            self._window, "Export Contract", suggested, CONTRACT_FILTER
        )
        if name:
            path = Path(name)
            self.export_contract(
                path
                if path.suffix.lower() in (".yaml", ".yml")
                else path.with_name(path.name + ".yaml")
            )


def new_contract(
    parties: Parties, template: Contract | None, today: dt.date | None = None
) -> Contract:
    """A new deal's contract: a copy of `template` under the new parties, or an empty one.

    The copy is a deal of its own (no `supersedes`), keeping the template's clauses, sources
    and events to edit; an empty contract takes effect `today`.
    """
    slug = _slug(f"{parties.lab}-{parties.partner}") or "new-deal"
    title = f"{parties.lab} and {parties.partner} partnership"
    if template is None:
        return Contract(
            format="dealscope-contract/1",
            id=slug,
            title=title,
            parties=parties,
            effective=today or dt.date.today(),
        )
    update = {
        "id": slug,
        "title": f"{title} (from {template.title})"[:200],
        "parties": parties,
        "supersedes": None,
    }
    return template.model_copy(update=update)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:100]


def _file_menu(window: MainWindow) -> QMenu | None:
    for menu in window.menuBar().findChildren(QMenu):
        if menu.title().replace("&", "") == "File":
            return menu
    return None


def install_deal_files(window: MainWindow, session: Session) -> DealFiles:
    """Add New Deal… and Export Contract… to `window`'s File menu."""
    return DealFiles(window, session)
