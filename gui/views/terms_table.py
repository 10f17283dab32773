"""The Deal terms section of the assumptions grid: the contract's terms for this scenario."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.chain import as_chain
from core.terms import numeric_terms, term_label
from gui.dialog_flow import open_uncertainty
from gui.icons import icon
from gui.session import Session
from gui.views.terms_model import VALUE_COLUMN, TermsModel
from gui.views.uncertainty_text import TermSubject

if TYPE_CHECKING:
    from gui.dialogs.uncertainty_dialog import UncertaintyDialog


class TermsTable(QWidget):
    """Edits the current scenario's clause terms (model.md section 11) in a small table."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.model = TermsModel(session)
        self.uncertainty_dialog: UncertaintyDialog | None = None
        self.title = QLabel(self.tr("<b>Deal terms</b>"), self)
        hint = self.tr(
            "The contract's own values are grey; a value typed here applies to this scenario "
            "only, in every version that has the clause. Delete resets a term to the "
            "contract's value."
        )
        self.title.setToolTip(hint)
        self.table = QTableView(self)
        self.table.setObjectName("deal_terms")
        self.table.setModel(self.model)
        self.table.setToolTip(hint)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VALUE_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(VALUE_COLUMN, 110)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.reset_action = QAction(icon("reset"), self.tr("Reset to Contract Value"), self)
        self.reset_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        self.reset_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reset_action.setToolTip(
            self.tr("Remove this scenario's value for the selected terms")
        )
        self.reset_action.triggered.connect(self.reset_selection)
        self.table.addAction(self.reset_action)
        self.uncertainty_action = QAction(self.tr("Set Uncertainty…"), self)
        self.uncertainty_action.setToolTip(
            self.tr(
                "How uncertain this term is: Monte Carlo draws it in every version that has the "
                "clause, and the tornado uses its P10 and P90"
            )
        )
        self.uncertainty_action.triggered.connect(self._on_uncertainty_triggered)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_context_menu_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.table)

    def selected_rows(self) -> list[int]:
        """The rows with a selected cell, top to bottom."""
        return sorted({i.row() for i in self.table.selectionModel().selectedIndexes()})

    def reset_selection(self) -> bool:
        """Reset the selected terms to the contract's values (one undo step)."""
        return self.model.reset_rows(self.selected_rows())

    def _on_context_menu_requested(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.reset_action)
        self.reset_action.setEnabled(any(self.model.is_set(r) for r in self.selected_rows()))
        menu.addAction(self.uncertainty_action)
        self.uncertainty_action.setEnabled(self._current_numeric_row() is not None)
        menu.popup(self.table.viewport().mapToGlobal(position))

    def can_be_uncertain(self, row: int) -> bool:
        """Whether the term of `row` holds a number in the deal (not a date, not open)."""
        numeric = {t.key for t in numeric_terms(as_chain(self._session.deal))}
        return self.model.fields[row].key in numeric

    def _current_numeric_row(self) -> int | None:
        row = self.table.currentIndex().row()
        return row if row >= 0 and self.can_be_uncertain(row) else None

    def _on_uncertainty_triggered(self) -> None:
        row = self._current_numeric_row()
        if row is not None:
            self.edit_uncertainty(row)

    def edit_uncertainty(self, row: int) -> UncertaintyDialog | None:
        """Open the uncertainty dialog for the term of `row`; OK applies it (undoable).

        None when the term holds no number to vary (a date, an open cap).
        """
        from gui.dialogs.uncertainty_dialog import UncertaintyDialog

        if not self.can_be_uncertain(row):
            return None
        key = self.model.fields[row].key
        current = self._session.scenario.uncertainty.get(key)
        title = term_label(self._session.chain, key)
        dialog = UncertaintyDialog(TermSubject.of(key), title, current, self)
        self.uncertainty_dialog = open_uncertainty(self._session, dialog, self._forget)
        return self.uncertainty_dialog

    def _forget(self) -> None:
        self.uncertainty_dialog = None
