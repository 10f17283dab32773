"""Undoable session changes: each command swaps two immutable states of the session."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtGui import QUndoCommand

from core.workspace import Workspace

_MERGE_ID = 1
State = TypeVar("State")


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The undoable state of an edit: the workspace and the name of the current scenario."""

    workspace: Workspace
    current: str


class StateCommand(QUndoCommand, Generic[State]):
    """Moves the session between two states; `merge_key` joins bursts such as typing notes."""

    def __init__(
        self,
        restore: Callable[[State], None],
        before: State,
        after: State,
        text: str,
        merge_key: str | None = None,
    ) -> None:
        super().__init__(text)
        self._restore = restore
        self.before = before
        self.after = after
        self.merge_key = merge_key

    def redo(self) -> None:
        """Apply the later state."""
        self._restore(self.after)

    def undo(self) -> None:
        """Restore the earlier state."""
        self._restore(self.before)

    def id(self) -> int:
        """Commands with a merge key merge with the one before."""
        return _MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Take over the later state of a command with the same merge key."""
        if not isinstance(other, StateCommand) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True
