"""Undoable workspace changes: each command swaps whole immutable workspace snapshots."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QUndoCommand

from core.workspace import Workspace

_MERGE_ID = 1


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The undoable state: the workspace and the name of the current scenario."""

    workspace: Workspace
    current: str


class SnapshotCommand(QUndoCommand):
    """Moves the session between two snapshots; `merge_key` joins bursts such as typing notes."""

    def __init__(
        self,
        restore: Callable[[Snapshot], None],
        before: Snapshot,
        after: Snapshot,
        text: str,
        merge_key: str | None = None,
    ) -> None:
        super().__init__(text)
        self._restore = restore
        self.before = before
        self.after = after
        self.merge_key = merge_key

    def redo(self) -> None:
        """Apply the later snapshot."""
        self._restore(self.after)

    def undo(self) -> None:
        """Restore the earlier snapshot."""
        self._restore(self.before)

    def id(self) -> int:
        """Commands with a merge key merge with the one before."""
        return _MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Take over the later snapshot of a command with the same merge key."""
        if not isinstance(other, SnapshotCommand) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True
