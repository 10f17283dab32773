"""The Open Recent list, kept in QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

RECENT_KEY = "files/recent"
RECENT_LIMIT = 8


def recent_paths(settings: QSettings) -> list[Path]:
    """Recently opened or saved files that still exist, newest first."""
    stored = settings.value(RECENT_KEY, [])
    values: list[object] = [stored] if isinstance(stored, str) else []
    if isinstance(stored, list | tuple):
        values = list(stored)
    return [Path(str(value)) for value in values if Path(str(value)).is_file()]


def add_recent(settings: QSettings, path: Path) -> None:
    """Put `path` first in the list, dropping duplicates and the oldest beyond the limit."""
    path = path.resolve()
    paths = [path, *(p for p in recent_paths(settings) if p.resolve() != path)]
    settings.setValue(RECENT_KEY, [str(p) for p in paths[:RECENT_LIMIT]])
