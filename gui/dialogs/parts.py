"""Parts every form dialog has: the line naming what is wrong, and OK and Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from gui.theme import css


def problem_label(parent: QWidget) -> QLabel:
    """An empty, wrapping label in the theme's problem colour, for what blocks OK."""
    label = QLabel(parent)
    label.setStyleSheet(f"color: {css('problem_text')};")
    label.setWordWrap(True)
    return label


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel, accepting and rejecting `dialog`."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
