"""Files dropped on the window: the first workspace or contract file of a drag."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent

OPENABLE_SUFFIXES = (".json", ".yaml", ".yml")
"""What the window opens when dropped on it: workspaces and contracts."""


def dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The first local workspace or contract file in a drag, or None."""
    for url in event.mimeData().urls():
        path = Path(url.toLocalFile())
        if url.isLocalFile() and path.suffix.lower() in OPENABLE_SUFFIXES:
            return path
    return None
