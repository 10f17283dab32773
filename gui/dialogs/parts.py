"""Parts every form dialog has: its form, the line naming what is wrong, OK and Cancel."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

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


def lay_out_form(
    dialog: QDialog, rows: Sequence[tuple[str, QWidget]], below: Sequence[QWidget]
) -> QFormLayout:
    """Lay `dialog` out: a form of labelled `rows`, then the widgets `below` it."""
    form = QFormLayout()
    for label, widget in rows:
        form.addRow(label, widget)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    for widget in below:
        layout.addWidget(widget)
    return form
