"""After a crash: offer every autosave copy left behind, and delete none without asking.

Several instances may have crashed, so there may be several copies. Each is offered in
turn, newest first: open it in this window (only one can be), save it to a file, keep it
for the next start, or delete it.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from core.edits.documents import write_document
from core.errors import FileError, Problem, ValidationError
from gui.autosave import Autosaver, RecoveryFile, read_recovery, remove_recovery
from gui.session import Session


class RecoveryChoice(enum.Enum):
    """What to do with one autosave copy."""

    OPEN = "open"
    SAVE_AS = "save as"
    KEEP = "keep"
    DELETE = "delete"


@dataclass(frozen=True, slots=True)
class RecoveryOffer:
    """One copy as the question shows it: which of how many, and whether Open is possible."""

    entry: RecoveryFile
    number: int
    count: int
    can_open: bool


@dataclass(slots=True)
class RecoveryHandlers:
    """The questions and reports the offer needs (tests replace them with plain functions)."""

    ask: Callable[[RecoveryOffer], RecoveryChoice]
    ask_save_path: Callable[[Path], Path | None]
    show_problems: Callable[[str, tuple[Problem, ...] | list[Problem]], None]


def offer_recovery(
    entries: list[RecoveryFile],
    session: Session,
    autosaver: Autosaver | None,
    handlers: RecoveryHandlers,
) -> bool:
    """Offer each of `entries`; return True when one was opened in `session`.

    A copy is deleted only when the user says so, or once its work is safe elsewhere: saved
    to the chosen file, or opened here and autosaved again by this session.
    """
    opened = False
    for number, entry in enumerate(entries, start=1):
        offer = RecoveryOffer(entry, number, len(entries), can_open=not opened)
        choice = handlers.ask(offer)
        if choice is RecoveryChoice.DELETE:
            remove_recovery(entry)
        elif choice is RecoveryChoice.OPEN and offer.can_open:
            opened = _open(entry, session, autosaver, handlers)
        elif choice is RecoveryChoice.SAVE_AS:
            _save_as(entry, handlers)
    return opened


def _open(
    entry: RecoveryFile, session: Session, autosaver: Autosaver | None, handlers: RecoveryHandlers
) -> bool:
    try:
        document = read_recovery(entry)
    except (ValidationError, FileError) as exc:
        handlers.show_problems(_unreadable(entry), getattr(exc, "problems", []))
        return False
    session.open_document(document)
    session.mark_recovered(entry.original_path)
    if autosaver is not None and autosaver.save_now() and autosaver.workspace_file.exists():
        remove_recovery(entry)  # this session's own copy holds the work now
    return True


def _save_as(entry: RecoveryFile, handlers: RecoveryHandlers) -> None:
    suggested = entry.original_path or Path.home() / f"recovered-{entry.stem.name}.json"
    target = handlers.ask_save_path(suggested)
    if target is None:
        return
    try:
        document = read_recovery(entry)
        write_document(document.workspace, document.path, target)
    except (ValidationError, FileError) as exc:
        message = (
            f"{_unreadable(entry)} {exc}" if isinstance(exc, FileError) else _unreadable(entry)
        )
        handlers.show_problems(message, getattr(exc, "problems", []))
        return
    remove_recovery(entry)


def _unreadable(entry: RecoveryFile) -> str:
    return f"The autosave copy {entry.workspace_file} could not be recovered; it is kept."


def ask_recovery(parent: QWidget, offer: RecoveryOffer) -> RecoveryChoice:
    """Ask what to do with one autosave copy."""
    entry = offer.entry
    name = entry.original_path.name if entry.original_path else "an untitled workspace"
    which = f" ({offer.number} of {offer.count})" if offer.count > 1 else ""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Recover unsaved work")
    box.setText(
        f"Dealscope did not close normally{which}. Unsaved work on {name} was autosaved "
        f"{entry.saved_at or 'earlier'}."
    )
    box.setInformativeText(
        "Open it here, save it to a file, keep it for the next start, or delete it."
        if offer.can_open
        else "Another copy is open here already: save this one to a file, keep it for the "
        "next start, or delete it."
    )
    role = QMessageBox.ButtonRole
    buttons: dict[QAbstractButton, RecoveryChoice] = {}
    if offer.can_open:
        buttons[box.addButton("Open", role.AcceptRole)] = RecoveryChoice.OPEN
    buttons[box.addButton("Save As…", role.ActionRole)] = RecoveryChoice.SAVE_AS
    buttons[box.addButton("Keep for Later", role.RejectRole)] = RecoveryChoice.KEEP
    buttons[box.addButton("Delete", role.DestructiveRole)] = RecoveryChoice.DELETE
    box.exec()
    return buttons.get(box.clickedButton(), RecoveryChoice.KEEP)
