"""Autosave copies of unsaved work, and finding them again after a crash."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QTimer

from core.contract import Contract
from core.files import load_workspace, save_workspace, write_atomically
from core.loading import embed_chain
from core.workspace import ContractPath
from gui.document_files import Document
from gui.session import Session

AUTOSAVE_INTERVAL_MS = 60_000


def recovery_folder() -> Path:
    """The app's folder for autosave copies (under QStandardPaths.AppDataLocation)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


@dataclass(frozen=True, slots=True)
class RecoveryFile:
    """An autosave copy left behind by a session that did not close normally."""

    workspace_file: Path
    original_path: Path | None
    saved_at: str
    contract_reference: str | ContractPath | None = None

    @property
    def stem(self) -> Path:
        """The copy's path without suffix; the lock and meta files share it."""
        return self.workspace_file.with_suffix("")


class Autosaver(QObject):
    """Writes session's workspace to a recovery copy every interval while it is modified."""

    def __init__(
        self, session: Session, folder: Path, interval_ms: int = AUTOSAVE_INTERVAL_MS
    ) -> None:
        super().__init__(session)
        self._session = session
        folder.mkdir(parents=True, exist_ok=True)
        stem = folder / f"autosave-{uuid.uuid4().hex[:12]}"
        self.workspace_file = stem.with_suffix(".json")
        self._meta_file = stem.with_suffix(".meta")
        self._lock = QLockFile(str(stem.with_suffix(".lock")))
        self._lock.tryLock(0)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.save_now)
        session.modified_changed.connect(self._on_modified_changed)
        self._on_modified_changed(session.is_modified)

    def _on_modified_changed(self, modified: bool) -> None:
        if modified:
            if not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()
            self.discard()

    def save_now(self) -> None:
        """Write the recovery copy now, with the contract embedded so it opens anywhere."""
        session = self._session
        save_workspace(embed_chain(session.workspace, session.chain), self.workspace_file)
        reference = session.workspace.contract
        meta = {
            "path": None if session.path is None else str(session.path),
            "contract": None if isinstance(reference, Contract) else _reference_json(reference),
            "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
        }
        write_atomically(self._meta_file, json.dumps(meta).encode())

    def discard(self) -> None:
        """Remove the recovery copy (after a save, or on a normal close)."""
        for path in (self.workspace_file, self._meta_file, _backup(self.workspace_file)):
            path.unlink(missing_ok=True)

    def close(self) -> None:
        """Stop, remove the copy and release the lock: the app closed normally."""
        self._timer.stop()
        self.discard()
        self._lock.unlock()

    def abandon(self) -> None:
        """Stop and release the lock but keep the copy, as a crash would."""
        self._timer.stop()
        self._lock.unlock()


def _reference_json(reference: str | ContractPath) -> str | dict[str, str]:
    return reference if isinstance(reference, str) else {"path": reference.path}


def _backup(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def find_recovery_files(folder: Path) -> list[RecoveryFile]:
    """Autosave copies in `folder` whose session is no longer running, newest first."""
    found: list[RecoveryFile] = []
    for workspace_file in folder.glob("autosave-*.json"):
        lock = QLockFile(str(workspace_file.with_suffix(".lock")))
        if not lock.tryLock(0):
            continue  # another running Dealscope owns it
        lock.unlock()
        found.append(_read_meta(workspace_file))
    return sorted(found, key=lambda entry: entry.saved_at, reverse=True)


def _read_meta(workspace_file: Path) -> RecoveryFile:
    try:
        meta = json.loads(workspace_file.with_suffix(".meta").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        meta = {}
    path, reference = meta.get("path"), meta.get("contract")
    return RecoveryFile(
        workspace_file,
        Path(path) if path else None,
        str(meta.get("saved_at", "")),
        ContractPath(path=reference["path"]) if isinstance(reference, dict) else reference,
    )


def read_recovery(entry: RecoveryFile) -> Document:
    """The recovered workspace (raises core errors if the copy is damaged)."""
    loaded = load_workspace(entry.workspace_file)
    workspace = loaded.workspace
    if entry.contract_reference is not None:
        workspace = workspace.model_copy(update={"contract": entry.contract_reference})
    return Document(workspace, loaded.contract, entry.original_path, loaded.history)


def remove_recovery(entry: RecoveryFile) -> None:
    """Delete a recovery copy and its companion files."""
    stem = entry.stem
    for suffix in (".json", ".meta", ".lock"):
        stem.with_suffix(suffix).unlink(missing_ok=True)
    _backup(entry.workspace_file).unlink(missing_ok=True)
