"""Table model of the Deal terms section: one row per editable term of the contract."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from core.workspace import TermValue
from gui.change import Change
from gui.session import Session
from gui.term_fields import TermField, contract_fields, edit_term, format_term, parse_term
from gui.theme import colour
from gui.views.assumption_model import DIFFERS_ROLE, PROBLEM_ROLE
from gui.views.uncertainty_text import TermSubject, uncertainty_text

COLUMNS = ("Clause", "Term", "Value", "Unit")
VALUE_COLUMN = 2
Index = QModelIndex | QPersistentModelIndex


class TermsModel(QAbstractTableModel):
    """The current scenario's clause terms, with the contract's own values greyed.

    Edits go to `Session.set_terms`, resets to `Session.reset_terms`.
    """

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self._session = session
        self.fields: list[TermField] = contract_fields(session.contract)
        self._terms: dict[str, TermValue] = dict(session.scenario.terms)
        self._problems: dict[int, str] = {}
        session.changed.connect(self._on_changed)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """One row per term."""
        return 0 if parent.isValid() else len(self.fields)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Clause, term, value, unit."""
        return 0 if parent.isValid() else len(COLUMNS)

    def is_set(self, row: int) -> bool:
        """Whether the scenario sets the term of `row` (else the contract's value applies)."""
        return self.fields[row].key in self._terms

    def value(self, row: int) -> TermValue:
        """The value in force for the scenario: its own term or the contract's."""
        field = self.fields[row]
        return self._terms.get(field.key, field.default)

    def row_of(self, key: str) -> int:
        """The row of term `key`; raises ValueError when the contract has no such term."""
        for row, field in enumerate(self.fields):
            if field.key == key:
                return row
        raise ValueError(key)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Texts, the greyed default, the changed colour and the tooltip."""
        row, column = index.row(), index.column()
        field = self.fields[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(field, row, column)
        if column != VALUE_COLUMN:
            return None
        if role == Qt.ItemDataRole.EditRole:
            return edit_term(field, self.value(row))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole and not self.is_set(row):
            return QBrush(colour("cell_unused_text"))
        if role == Qt.ItemDataRole.BackgroundRole and self.is_set(row):
            return QBrush(colour("cell_differs"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(field, row)
        if role == PROBLEM_ROLE:
            return self._problems.get(row)
        if role == DIFFERS_ROLE:
            return self.is_set(row)
        return None

    def _text(self, field: TermField, row: int, column: int) -> str:
        if column == 0:
            return field.clause.title
        if column == 1:
            return field.label
        if column == VALUE_COLUMN:
            return format_term(field, self.value(row))
        return field.unit

    def _tooltip(self, field: TermField, row: int) -> str:
        problem = self._problems.get(row)
        if problem:
            return f"Refused: {problem}"
        text = f"{field.key}\nAllowed: {field.bounds}"
        contract = format_term(field, field.default)
        dist = self._session.scenario.uncertainty.get(field.key)
        if dist is not None:
            text += f"\nUncertain: {uncertainty_text(TermSubject.of(field.key), dist)}"
        if self.is_set(row):
            return text + f"\nContract: {contract} (Delete resets to the contract's value)"
        return text + f"\nThe contract's own value ({contract}); type to set this scenario's"

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Only the value column is editable."""
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == VALUE_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Parse and set the typed term; a refused value changes nothing and marks the cell."""
        if role != Qt.ItemDataRole.EditRole or index.column() != VALUE_COLUMN:
            return False
        return self.apply_text(index.row(), str(value))

    def apply_text(self, row: int, text: str) -> bool:
        """Set the term of `row` from typed `text`, validated as the loader does."""
        field = self.fields[row]
        self._problems.pop(row, None)
        problem: str | None = None
        try:
            parsed = parse_term(field, text)
        except ValueError as exc:
            problem = f"{field.clause.title}, {field.label}: {exc}"
        else:
            terms = {**self._terms, field.key: parsed}
            problem = self._session.terms_problem(terms, [field.key])
        if problem is None:
            self._session.set_terms({field.key: parsed}, f"Set {field.clause.title} {field.label}")
        else:
            self._problems[row] = problem
            self._session.report_problem(problem)
        self._emit_row(row)
        return problem is None

    def reset_rows(self, rows: list[int]) -> bool:
        """Remove the scenario's terms of `rows` (one undo step)."""
        keys = [self.fields[r].key for r in rows if self.is_set(r)]
        for row in rows:
            self._problems.pop(row, None)
        return bool(keys) and self._session.reset_terms(keys)

    def _emit_row(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def _on_changed(self, change: Change) -> None:
        if change.document:
            self._on_document_changed()
        elif change.current or self._session.current in change.scenarios:
            self._on_values_changed()

    def _on_values_changed(self) -> None:
        terms = dict(self._session.scenario.terms)
        if terms == self._terms:
            return
        self._terms = terms
        self._problems.clear()
        if self.fields:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.fields) - 1, 3))

    def _on_document_changed(self) -> None:
        self.beginResetModel()
        self.fields = contract_fields(self._session.contract)
        self._terms = dict(self._session.scenario.terms)
        self._problems.clear()
        self.endResetModel()
