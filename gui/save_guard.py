"""Notice when the open workspace's file changed on disk since it was opened or saved.

Two windows (or two programs) on one file would otherwise silently overwrite each other's
edits: Save first compares the file with what this session last read or wrote.
"""

from __future__ import annotations

import enum
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from gui.change import Change
from gui.session import Session


class DiskChoice(enum.Enum):
    """What to do when the file changed on disk since it was opened."""

    OVERWRITE = "overwrite"
    SAVE_AS = "save as"
    RELOAD = "reload"
    CANCEL = "cancel"


def file_digest(path: Path) -> bytes | None:
    """SHA-256 of the file's bytes, or None when it cannot be read (missing, a folder...)."""
    try:
        return hashlib.sha256(path.read_bytes()).digest()
    except OSError:
        return None


class DiskWatch(QObject):
    """Remembers the content of the session's file as last opened or saved."""

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self._session = session
        self._path: Path | None = None
        self._digest: bytes | None = None
        session.changed.connect(self._on_changed)
        self.record()

    def record(self) -> None:
        """Take the file as it is now as the one this session knows (after open or save)."""
        self._path = self._session.path
        self._digest = None if self._path is None else file_digest(self._path)

    def changed_on_disk(self, path: Path) -> bool:
        """True when `path` is the known file and its content differs from what was known.

        A file deleted since is not "changed": saving recreates it and loses nothing.
        """
        if path != self._path or self._digest is None:
            return False
        now = file_digest(path)
        return now is not None and now != self._digest

    def _on_changed(self, change: Change) -> None:
        if change.path:
            self.record()


def ask_changed_on_disk(parent: QWidget, path: Path) -> DiskChoice:
    """Ask what to do with a file that another program or window changed since."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("File changed on disk")
    box.setText(f"{path.name} was changed by another program or window since you opened it.")
    box.setInformativeText(
        "Overwrite it with your version, save yours under another name, or reload it and "
        "lose your unsaved changes?"
    )
    role = QMessageBox.ButtonRole
    buttons: dict[QAbstractButton, DiskChoice] = {
        box.addButton("Overwrite", role.DestructiveRole): DiskChoice.OVERWRITE,
        box.addButton("Save As…", role.AcceptRole): DiskChoice.SAVE_AS,
        box.addButton("Reload", role.ResetRole): DiskChoice.RELOAD,
        box.addButton(QMessageBox.StandardButton.Cancel): DiskChoice.CANCEL,
    }
    box.exec()
    return buttons.get(box.clickedButton(), DiskChoice.CANCEL)
