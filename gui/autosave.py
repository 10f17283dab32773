"""Autosave copies of unsaved work, and finding them again after a crash."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import tempfile
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QTimer, Signal

from core.contract import Contract
from core.edits.documents import Document
from core.errors import FileError
from core.files import load_workspace, save_workspace, write_atomically
from core.loading import embed_chain
from core.save_target import remove_stale_temporaries
from core.workspace import ContractPath
from gui.session import Session

AUTOSAVE_INTERVAL_MS = 60_000


def recovery_folder() -> Path:
    """The app's folder for autosave copies (under QStandardPaths.AppDataLocation)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


def fallback_folders() -> list[Path]:
    """Where autosave goes when the recovery folder cannot be written (read-only, full)."""
    cache = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    user = str(os.getuid()) if hasattr(os, "getuid") else "user"  # the temp folder is shared
    folders = [Path(cache) / "recovery"] if cache else []
    return [*folders, Path(tempfile.gettempdir()) / f"dealscope-recovery-{user}"]


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
    """Writes session's workspace to a recovery copy every interval while it is modified.

    When the folder cannot be written (read-only, full disk) the copy moves to the next of
    `fallbacks` that can; `trouble` tells it once, and autosave keeps trying every interval.
    """

    trouble = Signal(str)  # a sentence for the user, emitted at most once

    def __init__(
        self,
        session: Session,
        folder: Path,
        interval_ms: int = AUTOSAVE_INTERVAL_MS,
        fallbacks: Sequence[Path] | None = None,
    ) -> None:
        super().__init__(session)
        self._session = session
        others = fallback_folders() if fallbacks is None else list(fallbacks)
        self.folders = [folder, *(f for f in others if f != folder)]
        self._name = f"autosave-{uuid.uuid4().hex[:12]}"
        self._written: set[Path] = set()  # every copy made, so that a close removes them all
        self._lock: QLockFile | None = None
        self._told = False
        self._use(folder)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.save_now)
        session.modified_changed.connect(self._on_modified_changed)
        self._on_modified_changed(session.is_modified)

    @property
    def folder(self) -> Path:
        """The folder the copies go to now."""
        return self.workspace_file.parent

    def _use(self, folder: Path) -> None:
        """Write the copies into `folder` from now on, holding a lock there."""
        stem = folder / self._name
        self.workspace_file = stem.with_suffix(".json")
        self._meta_file = stem.with_suffix(".meta")
        if self._lock is not None:
            self._lock.unlock()
        with contextlib.suppress(OSError):
            folder.mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(stem.with_suffix(".lock")))
        self._lock.tryLock(0)

    def _on_modified_changed(self, modified: bool) -> None:
        if modified:
            if not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()
            self.discard()

    def save_now(self) -> bool:
        """Write the recovery copy now; False when no folder could take it.

        The contract is embedded so the copy opens anywhere. A failure never raises: the
        user is told once, and the next interval tries again.
        """
        first = self.folder
        failures: list[str] = []
        for folder in self._folders_from(first):
            if folder != self.folder:
                self._use(folder)
            try:
                self._write()
            except (FileError, OSError) as exc:
                failures.append(str(exc))
                continue
            if folder != first:
                self._tell(f"{failures[0]}. Unsaved work is now autosaved to {folder}.")
            return True
        self._use(first)
        self._tell(f"{failures[0]}. No other folder could take it either: save your work.")
        return False

    def _folders_from(self, folder: Path) -> list[Path]:
        start = self.folders.index(folder) if folder in self.folders else 0
        return self.folders[start:] + self.folders[:start]

    def _write(self) -> None:
        session = self._session
        self.folder.mkdir(parents=True, exist_ok=True)
        workspace = embed_chain(session.workspace, session.chain)
        self._written.add(self.workspace_file)
        try:
            save_workspace(workspace, self.workspace_file)
        except FileError as exc:
            raise FileError(f"Autosave failed: {exc}") from exc
        reference = session.workspace.contract
        meta = {
            "path": None if session.path is None else str(session.path),
            "contract": None if isinstance(reference, Contract) else _reference_json(reference),
            "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
        }
        write_atomically(self._meta_file, json.dumps(meta).encode())

    def _tell(self, message: str) -> None:
        if not self._told:
            self._told = True
            self.trouble.emit(message)

    def discard(self) -> None:
        """Remove the recovery copies (after a save, or on a normal close)."""
        for workspace_file in self._written | {self.workspace_file}:
            meta = workspace_file.with_suffix(".meta")
            for path in (workspace_file, meta, _backup(workspace_file)):
                with contextlib.suppress(OSError):
                    path.unlink(missing_ok=True)

    def close(self) -> None:
        """Stop, remove the copy and release the lock: the app closed normally."""
        self._timer.stop()
        self.discard()
        if self._lock is not None:
            self._lock.unlock()

    def abandon(self) -> None:
        """Stop and release the lock but keep the copy, as a crash would."""
        self._timer.stop()
        if self._lock is not None:
            self._lock.unlock()


def _reference_json(reference: str | ContractPath) -> str | dict[str, str]:
    return reference if isinstance(reference, str) else {"path": reference.path}


def _backup(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def find_recovery_files(*folders: Path) -> list[RecoveryFile]:
    """Autosave copies in `folders` whose session is no longer running, newest first."""
    found: list[RecoveryFile] = []
    for folder in dict.fromkeys(folders):
        remove_stale_temporaries(folder)
        for workspace_file in folder.glob("autosave-*.json"):
            lock = QLockFile(str(workspace_file.with_suffix(".lock")))
            if lock.tryLock(0):
                lock.unlock()
            elif lock.error() == QLockFile.LockError.LockFailedError:
                continue  # another running Dealscope owns it
            # else the lock cannot be written here (a read-only folder): offer the copy
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
    """Delete a recovery copy and its companion files (what cannot be deleted stays)."""
    stem = entry.stem
    for path in (*(stem.with_suffix(s) for s in (".json", ".meta", ".lock")), _backup(stem)):
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
