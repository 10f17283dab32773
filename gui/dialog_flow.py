"""Open a dialog without blocking and apply what it holds once the user says OK."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QDialog

if TYPE_CHECKING:
    from gui.dialogs.uncertainty_dialog import UncertaintyDialog
    from gui.session import Session

Dialog = TypeVar("Dialog", bound=QDialog)


def open_dialog(
    dialog: Dialog, accepted: Callable[[Dialog], None], closed: Callable[[], None]
) -> Dialog:
    """Open `dialog` window-modal; once it closes call `closed`, then on OK `accepted`.

    The dialog is deleted after that, on the next turn of the event loop.
    """

    def on_finished(result: int) -> None:
        closed()
        if result == QDialog.DialogCode.Accepted:
            accepted(dialog)
        dialog.deleteLater()

    dialog.finished.connect(on_finished)
    dialog.open()
    return dialog


def open_uncertainty(
    session: Session, dialog: UncertaintyDialog, closed: Callable[[], None]
) -> UncertaintyDialog:
    """Open an uncertainty dialog; OK sets the uncertainty in the session (undoable)."""

    def accepted(done: UncertaintyDialog) -> None:
        session.set_uncertainty(done.spec.name, done.value)

    return open_dialog(dialog, accepted, closed)
