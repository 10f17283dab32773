"""Save files atomically: the target is either the old file or the new one, never half of each."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from core.errors import FileError
from core.save_target import create_temp, remove_stale_temporaries, resolve_target

if TYPE_CHECKING:  # only for the hint: a saving process need not load pydantic
    from core.workspace import Workspace

_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EACCES: "permission denied (is the folder or the file read-only?)",
    errno.EPERM: "permission denied (is the folder or the file read-only?)",
    errno.EROFS: "the file system is read-only",
    errno.ENOENT: "the folder does not exist",
    errno.ENOTDIR: "part of the path is not a folder",
    errno.EISDIR: "the path is a folder",
    errno.ENAMETOOLONG: "the name is too long",
}
if hasattr(errno, "EDQUOT"):
    _REASONS[errno.EDQUOT] = "the disk quota is exceeded"


def save_workspace(workspace: Workspace, path: str | os.PathLike[str]) -> None:
    """Write `workspace` as pretty JSON, atomically, keeping the old file as ``<name>.bak``.

    A ``{"path": ...}`` contract reference is written as it is, relative to the folder the
    workspace was loaded from.

    Raises
    ------
    FileError
        Naming the path and the reason (read-only or missing folder, full disk...); the
        existing file is then left as it was.
    """
    data = workspace.model_dump(mode="json", exclude_none=True)
    text = json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
    write_atomically(path, text.encode("utf-8"), backup=True)


def write_atomically(path: str | os.PathLike[str], data: bytes, backup: bool = False) -> None:
    """Replace the file at `path` with `data` in one step.

    The bytes go to a temporary file in the same folder, are flushed to disk, and only then
    renamed over `path`; a crash leaves either the old file or the new one. A symbolic link
    is written through (its target is replaced, the link stays); a read-only file or a
    special file (FIFO, device) is refused. Temporary files left by killed saves in that
    folder are removed first.

    Parameters
    ----------
    path : str or PathLike
        The file to write; its folder must exist.
    data : bytes
        The whole new content.
    backup : bool
        When true and `path` exists, first copy it to ``<name>.bak`` (replacing an older
        backup).

    Raises
    ------
    FileError
        Naming the path and the reason; `path` is then unchanged and no temporary file is left.
    """
    target = resolve_target(path)
    remove_stale_temporaries(target.parent)
    try:
        if backup and target.is_file():
            backup_file = target.with_name(target.name + ".bak")
            _replace(backup_file, target.read_bytes(), target)
        _replace(target, data, target)
    except OSError as exc:
        raise FileError(f"Could not save {path}: {_reason(exc)}") from exc


def _replace(target: Path, data: bytes, mode_from: Path) -> None:
    temp = _write_temp(target, data, mode_from)
    try:
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _sync_folder(target.parent)


def _write_temp(target: Path, data: bytes, mode_from: Path) -> Path:
    """Write `data` to a new hidden file beside `target`, flushed to disk; return its path."""
    temp, descriptor = create_temp(target)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        with contextlib.suppress(FileNotFoundError):
            os.chmod(temp, stat.S_IMODE(mode_from.stat().st_mode))
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return temp


def _sync_folder(folder: Path) -> None:
    """Flush the rename itself to disk where the platform allows it (not on Windows)."""
    with contextlib.suppress(OSError, AttributeError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _reason(exc: OSError) -> str:
    reason = _REASONS.get(exc.errno or 0)
    return reason or exc.strerror or str(exc)
