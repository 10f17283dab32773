"""Lists the problems the core found in a file that could not be opened."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from core.errors import Problem
from gui.language import QT_TRANSLATE_NOOP
from gui.views.table_fit import read_only_item

COLUMNS = (
    QT_TRANSLATE_NOOP("ProblemsDialog", "File"),
    QT_TRANSLATE_NOOP("ProblemsDialog", "Line"),
    QT_TRANSLATE_NOOP("ProblemsDialog", "Where"),
    QT_TRANSLATE_NOOP("ProblemsDialog", "Found"),
    QT_TRANSLATE_NOOP("ProblemsDialog", "Allowed"),
)


class ProblemsDialog(QDialog):
    """Shows one row per core.errors.Problem: file, line, path, what was found, what is allowed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cannot open file"))
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr(name) for name in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_label)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(820, 360)

    def show_problems(self, message: str, problems: Sequence[Problem]) -> None:
        """Fill in `message` and the problems, then open the dialog without blocking."""
        self.message_label.setText(message)
        self.table.setRowCount(len(problems))
        for row, problem in enumerate(problems):
            line = "" if problem.line is None else str(problem.line)
            cells = (problem.file, line, problem.path, problem.found, problem.allowed)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, read_only_item(text, align_right=False))
        self.open()
