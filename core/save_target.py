"""Where a save really goes, whether it may go there, and our temporary files beside it.

A save writes a temporary file next to the target and renames it over the target. Those
temporary files are named ``.dealscope-<pid>-<random>.tmp``: short, so that a target name of
up to 255 characters still leaves room, and carrying the writer's process id, so that the
ones left behind by a killed process can be told from the ones another running save owns.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
import time
from pathlib import Path

from core.errors import FileError

TEMP_PREFIX = ".dealscope-"
TEMP_SUFFIX = ".tmp"
STALE_AGE_S = 3600.0
"""A temporary file this old is stale even when its process id is in use again."""
_OURS = re.compile(r"^\.dealscope-(\d{1,10})-[0-9a-f]{8}\.tmp$")
# Before the short names: .<target name>.<hex>.tmp, for the files the app writes.
_OLD_STYLE = re.compile(r"^\..+\.(json|bak|pdf|meta|png|svg)\.[0-9a-f]{8}\.tmp$")
_OLD_STYLE_AGE_S = 60.0


def resolve_target(path: str | os.PathLike[str]) -> Path:
    """The file a save to `path` must replace: a symbolic link's final target.

    Replacing the link itself would turn it into a plain file and leave its target stale.

    Raises
    ------
    FileError
        When the target exists but is not a regular file (a folder, FIFO, device or
        socket), or is read-only: both are refused rather than replaced.
    """
    given = Path(path)
    target = Path(os.path.realpath(given))
    try:
        status = os.stat(target)
    except FileNotFoundError:
        return target
    except OSError:
        return target  # the write reports the reason with its own message
    shown = given if given == target else f"{given} (a link to {target})"
    if stat.S_ISDIR(status.st_mode):
        raise FileError(f"Could not save {shown}: the path is a folder")
    if not stat.S_ISREG(status.st_mode):
        raise FileError(
            f"Could not save {shown}: it is not a regular file (a FIFO, device or socket); "
            "choose another name"
        )
    if not status.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise FileError(
            f"Could not save {shown}: the file is read-only; save under another name or "
            "make it writable first"
        )
    return target


def create_temp(target: Path) -> tuple[Path, int]:
    """Create a new empty temporary file beside `target`; return its path and descriptor."""
    # Created with os.open rather than tempfile so that a new file gets the usual
    # permissions (0o666 less the umask) instead of tempfile's private 0o600.
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        name = f"{TEMP_PREFIX}{os.getpid()}-{secrets.token_hex(4)}{TEMP_SUFFIX}"
        temp = target.with_name(name)
        try:
            return temp, os.open(temp, flags, 0o666)
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary file name", str(target.parent))


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Delete the temporary files a killed save left in `folder`; return what was removed.

    Only files of our own naming are touched: those of a process that no longer runs, or
    older than an hour. Errors are ignored (a read-only folder keeps its files).
    """
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        if not entry.name.endswith(TEMP_SUFFIX) or not _is_stale(entry, now):
            continue
        with contextlib.suppress(OSError):
            os.unlink(entry.path)
            removed.append(Path(entry.path))
    return removed


def _is_stale(entry: os.DirEntry[str], now: float) -> bool:
    try:
        status = entry.stat(follow_symlinks=False)
    except OSError:
        return False
    if not stat.S_ISREG(status.st_mode):
        return False
    age = now - status.st_mtime
    ours = _OURS.match(entry.name)
    if ours is not None:
        pid = int(ours.group(1))
        return age > STALE_AGE_S or (pid != os.getpid() and not _process_runs(pid))
    old = _OLD_STYLE.match(entry.name)
    return old is not None and age > _OLD_STYLE_AGE_S


def _process_runs(pid: int) -> bool:
    """True when process `pid` exists (on Windows, where this cannot be asked safely: True)."""
    if os.name != "posix":
        return True  # there os.kill would end the process; the age rule applies instead
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists but belongs to someone else
    return True
