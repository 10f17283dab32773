"""Save files atomically: the target is either the old file or the new one, never half of each."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import secrets
import stat
from pathlib import Path

from core.errors import FileError
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
    renamed over `path`; a crash leaves either the old file or the new one.

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
    target = Path(path)
    try:
        if backup and target.is_file():
            _replace(target.with_name(target.name + ".bak"), target.read_bytes(), target)
        _replace(target, data, target)
    except OSError as exc:
        raise FileError(f"Could not save {target}: {_reason(exc)}") from exc


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
    temp, descriptor = _create_temp(target)
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


def _create_temp(target: Path) -> tuple[Path, int]:
    # Created with os.open rather than tempfile so that a new file gets the usual
    # permissions (0o666 less the umask) instead of tempfile's private 0o600.
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            return temp, os.open(temp, flags, 0o666)
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary file name", str(target.parent))


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
