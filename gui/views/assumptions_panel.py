"""The assumptions grid: edit, copy, paste and reset the current scenario's assumptions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QFocusEvent, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.dialog_flow import open_uncertainty
from gui.session import Session
from gui.views.assumption_model import AssumptionModel
from gui.views.cell_delegate import CellDelegate
from gui.views.grid_actions import GridActions, make_grid_actions
from gui.views.grid_clipboard import from_tsv, to_tsv
from gui.views.terms_table import TermsTable

if TYPE_CHECKING:
    from gui.dialogs.uncertainty_dialog import UncertaintyDialog

YEAR_COLUMN_WIDTH = 62
UNCERTAINTY_COLUMN_WIDTH = 170


class GridView(QTableView):
    """The grid's view: when a cell editor closes, only that cell is repainted.

    Qt repaints the whole view when it takes the focus back from the closing editor (for
    the focus frame), which redraws every visible cell through the Python delegate after
    each typed value; only the current cell's look depends on that focus.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._closing_editor = False

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Close `editor` as Qt does; the focus it hands back repaints only the cell."""
        self._closing_editor = True
        try:
            super().closeEditor(editor, hint)
        finally:
            self._closing_editor = False

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Back from the cell's own editor: repaint the current cell, not the whole view."""
        if not self._closing_editor:
            super().focusInEvent(event)
            return
        current = self.currentIndex()
        editable = current.isValid() and bool(current.flags() & Qt.ItemFlag.ItemIsEditable)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, editable)
        if current.isValid():
            self.update(current)
        event.accept()


class AssumptionsPanel(QWidget):
    """Edits session.scenario's assumptions in a grid, and its deal terms below it."""

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        actions: GridActions | None = None,
    ) -> None:
        """Make the grid, with its copy, paste and reset `actions` when given.

        Given actions are run by their owner (the main window's Edit menu lists them before
        the grid is built); without, the grid makes and runs its own.
        """
        super().__init__(parent)
        self._session = session
        self.model = AssumptionModel(session)
        self.table = GridView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(CellDelegate(self.model, self.table))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_context_menu_requested)
        self.table.doubleClicked.connect(self._on_cell_double_clicked)
        self.uncertainty_dialog: UncertaintyDialog | None = None
        self._setup_headers()
        self._make_actions(actions)
        self.terms = TermsTable(session, self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.terms)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([300, 200])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.model.modelReset.connect(self._on_model_reset)
        self._on_model_reset()

    def _setup_headers(self) -> None:
        horizontal = self.table.horizontalHeader()
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        horizontal.setDefaultSectionSize(YEAR_COLUMN_WIDTH)
        horizontal.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        vertical.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def _make_actions(self, given: GridActions | None) -> None:
        actions = given if given is not None else make_grid_actions(self)
        self.copy_action = actions.copy
        self.paste_action = actions.paste
        self.reset_cell_action = actions.reset_cell
        self.reset_row_action = actions.reset_row
        for action, slot in (
            (self.copy_action, self.copy),
            (self.paste_action, self.paste),
            (self.reset_cell_action, self.reset_selection),
            (self.reset_row_action, self.reset_rows),
        ):
            if given is None:
                action.triggered.connect(slot)
            self.table.addAction(action)  # its shortcut works while the grid has the focus
        self.uncertainty_action = QAction(self.tr("Set Uncertainty…"), self)
        self.uncertainty_action.setToolTip(
            self.tr(
                "Give the current row's assumption a distribution for Monte Carlo and the tornado"
            )
        )
        self.uncertainty_action.triggered.connect(self._on_uncertainty_triggered)

    def _on_model_reset(self) -> None:
        self.table.clearSpans()
        columns = self.model.uncertainty_column  # scalars span the years, not the uncertainty
        self.table.horizontalHeader().resizeSection(columns, UNCERTAINTY_COLUMN_WIDTH)
        for row_index, row in enumerate(self.model.rows):
            if row.spec is None or not row.spec.is_path:
                self.table.setSpan(row_index, 0, 1, columns)
        self.table.verticalHeader().setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 22))

    def selected_cells(self) -> list[tuple[int, int]]:
        """The selected (row, column) cells that hold a value, top to bottom."""
        cells = [(i.row(), i.column()) for i in self.table.selectionModel().selectedIndexes()]
        return sorted(c for c in cells if self.model.cell(*c) is not None)

    def copy(self) -> None:
        """Put the selected range on the clipboard as tab-separated text in the locale's format."""
        cells = self.selected_cells()
        if not cells:
            return
        rows = sorted({r for r, _ in cells})
        first, last = min(c for _, c in cells), max(c for _, c in cells)
        grid = [[self.model.copied_text(r, c) for c in range(first, last + 1)] for r in rows]
        QGuiApplication.clipboard().setText(to_tsv(grid))

    def paste(self) -> None:
        """Paste tab-separated text at the current cell; one value fills the whole selection."""
        self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> bool:
        """Apply `text` (tab-separated) at the current cell as one undoable edit."""
        values = from_tsv(text)
        start = self.table.currentIndex()
        if not values or not start.isValid():
            return False
        selection = self.selected_cells()
        if len(values) == 1 and len(values[0]) == 1 and len(selection) > 1:
            texts = dict.fromkeys(selection, values[0][0])
        else:
            texts = self._block_texts(values, start)
        return bool(texts) and self.model.apply_texts(
            texts, self.tr("Paste {texts} cells").format(texts=len(texts))
        )

    def _block_texts(
        self, values: list[list[str]], start: QModelIndex
    ) -> dict[tuple[int, int], str]:
        rows = [r for r in range(start.row(), self.model.rowCount()) if self.model.rows[r].spec]
        texts: dict[tuple[int, int], str] = {}
        for row, line in zip(rows, values, strict=False):
            for offset, text in enumerate(line):
                column = start.column() + offset
                if column < self.model.columnCount() and self.model.cell(row, column):
                    texts[(row, column)] = text
        return texts

    def reset_selection(self) -> None:
        """Reset the selected cells to the app default (one undo step)."""
        cells = [self.model.cell(*c) for c in self.selected_cells()]
        self._session.reset_values([c for c in cells if c is not None])

    def reset_rows(self) -> None:
        """Remove the scenario's values for every selected row."""
        specs = {self.model.rows[r].spec for r, _ in self.selected_cells()}
        self._session.reset_assumptions([spec.name for spec in specs if spec is not None])

    def _on_context_menu_requested(self, position: QPoint) -> None:
        menu = QMenu(self)
        for action in (self.copy_action, self.paste_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.reset_cell_action)
        menu.addAction(self.reset_row_action)
        menu.addSeparator()
        menu.addAction(self.uncertainty_action)
        self.uncertainty_action.setEnabled(self._current_spec_row() is not None)
        menu.popup(self.table.viewport().mapToGlobal(position))

    def _current_spec_row(self) -> int | None:
        row = self.table.currentIndex().row()
        return row if row >= 0 and self.model.rows[row].spec is not None else None

    def _on_cell_double_clicked(self, index: QModelIndex) -> None:
        if index.column() == self.model.uncertainty_column:
            self.edit_uncertainty(index.row())

    def _on_uncertainty_triggered(self) -> None:
        row = self._current_spec_row()
        if row is not None:
            self.edit_uncertainty(row)

    def edit_uncertainty(self, row: int) -> UncertaintyDialog | None:
        """Open the uncertainty dialog for `row`'s assumption; OK applies it (undoable)."""
        spec = self.model.rows[row].spec
        if spec is None:
            return None
        from gui.dialogs.uncertainty_dialog import UncertaintyDialog

        title = self.model.row_label(spec)
        dialog = UncertaintyDialog(spec, title, self.model.uncertainty_of(row), self)
        self.uncertainty_dialog = open_uncertainty(self._session, dialog, self._forget)
        return self.uncertainty_dialog

    def _forget(self) -> None:
        self.uncertainty_dialog = None
