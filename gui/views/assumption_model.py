"""Table model of the current scenario's assumptions: group rows, one row per assumption."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QApplication

from core.analysis import Distribution
from core.assumptions import GROUPS, SPECS, AssumptionSpec, value_in_year
from core.edits.cells import clipboard_text, edit_text, format_value, parse_value
from core.edits.workspace import CellChange
from core.present.labels import assumption_label, fill_names
from core.workspace import Workspace
from gui.change import Change
from gui.locale_numbers import marks
from gui.session import Session
from gui.theme import colour
from gui.views.uncertainty_text import uncertainty_text, uncertainty_tooltip

PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1  # str | None: why the last typed value was refused
DIFFERS_ROLE = Qt.ItemDataRole.UserRole + 2  # bool: the cell differs from the app default
GROUP_TITLES = {
    "revenue": "Revenue",
    "costs": "Costs",
    "compute": "Compute",
    "prices": "Prices",
    "partner": "Partner",
    "finance": "Finance",
}
GROWTH_NAMES = frozenset({"revenue_growth", "compute_growth"})
Index = QModelIndex | QPersistentModelIndex


def _uncertainties(session: Session) -> dict[str, Distribution]:
    return {str(name): dist for name, dist in session.scenario.uncertainty.items()}


@dataclass(frozen=True, slots=True)
class Row:
    """A grid row: a group title (`spec` None) or one assumption."""

    group: str
    spec: AssumptionSpec | None


def build_rows() -> list[Row]:
    """Group title rows followed by their assumptions, in `GROUPS` order."""
    rows: list[Row] = []
    for group in GROUPS:
        rows.append(Row(group, None))
        rows.extend(Row(group, spec) for spec in SPECS if spec.group == group)
    return rows


class AssumptionModel(QAbstractTableModel):
    """Shows session.scenario's assumptions by year; edits go to session.set_values."""

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self._session = session
        self.rows = build_rows()
        self._years = session.years
        self._problems: dict[tuple[int, int], str] = {}
        self._paths = session.scenario.resolved()
        self._uncertainty = _uncertainties(session)
        session.changed.connect(self._on_changed)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """One row per group title and per assumption."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """One column per year, then the Uncertainty column."""
        return 0 if parent.isValid() else len(self._years) + 1

    @property
    def uncertainty_column(self) -> int:
        """The last column: each assumption's uncertainty for Monte Carlo and the tornado."""
        return len(self._years)

    def year_of(self, column: int) -> int:
        """One row per group title and per assumption."""
        """One column per year."""
        """The calendar year shown in `column`."""
        return self._years[column]

    def cell(self, row: int, column: int) -> tuple[str, int | None] | None:
        """The (assumption, year) a cell edits; year None for scalars; None for no cell."""
        spec = self.rows[row].spec
        if spec is None or (not spec.is_path and column != 0) or column >= len(self._years):
            return None
        return spec.name, self._years[column] if spec.is_path else None

    def value(self, row: int, column: int) -> float | None:
        """The cell's value in model units (fractions for %), or None for no cell."""
        spec = self.rows[row].spec
        if spec is None or self.cell(row, column) is None:
            return None
        return value_in_year(self._paths[spec.name], self._years[column])

    def copied_text(self, row: int, column: int) -> str:
        """The cell as Copy puts it on the clipboard: the locale's decimal mark, no grouping."""
        spec, value = self.rows[row].spec, self.value(row, column)
        return "" if spec is None or value is None else clipboard_text(spec, value, marks())

    def differs(self, row: int, column: int) -> bool:
        """True when the cell's value is not the app default."""
        spec = self.rows[row].spec
        value = self.value(row, column)
        if spec is None or value is None:
            return False
        return value != value_in_year(spec.default, self._years[column])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell text, edit text, colours, tooltip and marks."""
        row, column = index.row(), index.column()
        spec = self.rows[row].spec
        if spec is None:
            return self._group_data(row, column, role)
        if column == self.uncertainty_column:
            return self._uncertainty_data(spec, role)
        value = self.value(row, column)
        if value is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return format_value(spec, value, marks())
        if role == Qt.ItemDataRole.EditRole:
            return edit_text(spec, value, marks())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if spec.is_path else Qt.AlignmentFlag.AlignLeft
            return side | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.BackgroundRole and self.differs(row, column):
            return QBrush(colour("cell_differs"))
        if role == Qt.ItemDataRole.ForegroundRole and self._unused(spec, column):
            return QBrush(colour("cell_unused_text"))
        if role == Qt.ItemDataRole.ForegroundRole and self.differs(row, column):
            return QBrush(colour("cell_differs_text"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(spec, row, column)
        if role == PROBLEM_ROLE:
            return self._problems.get((row, column))
        if role == DIFFERS_ROLE:
            return self.differs(row, column)
        return None

    def _unused(self, spec: AssumptionSpec, column: int) -> bool:
        """Growth in the first year has no effect: the first year's level is the base."""
        return spec.name in GROWTH_NAMES and column == 0

    def _uncertainty_data(self, spec: AssumptionSpec, role: int) -> Any:
        dist = self._uncertainty.get(spec.name)
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if dist is None else uncertainty_text(spec, dist)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = "" if dist is None else uncertainty_tooltip(spec, dist) + "\n"
            return text + "Double-click to set the uncertainty for Monte Carlo and the tornado."
        if role == Qt.ItemDataRole.ForegroundRole and dist is None:
            return QBrush(colour("cell_unused_text"))
        return None

    def uncertainty_of(self, row: int) -> Distribution | None:
        """The uncertainty of the assumption in `row`, or None."""
        spec = self.rows[row].spec
        return None if spec is None else self._uncertainty.get(spec.name)

    def _group_data(self, row: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            return QApplication.palette().brush(QPalette.ColorRole.AlternateBase)
        return None

    def _tooltip(self, spec: AssumptionSpec, row: int, column: int) -> str:
        problem = self._problems.get((row, column))
        if problem:
            return f"Refused: {problem}"
        text = f"{fill_names(spec.description, self._session.contract)}\nAllowed: {spec.allowed()}"
        if self._unused(spec, column):
            text += "\nNot used: growth applies from the second year on."
        if self.differs(row, column):
            default = format_value(spec, value_in_year(spec.default, self._years[column]), marks())
            text += f"\nDefault: {default} (Delete resets this cell)"
        return text

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Years across; assumption labels with units down."""
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole and section == self.uncertainty_column:
                return "Uncertainty"
            if role == Qt.ItemDataRole.DisplayRole:
                return str(self._years[section])
            return None
        spec = self.rows[section].spec
        if role == Qt.ItemDataRole.DisplayRole:
            return GROUP_TITLES[self.rows[section].group] if spec is None else self.row_label(spec)
        if role == Qt.ItemDataRole.FontRole and spec is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and spec is not None:
            return fill_names(spec.description, self._session.contract)
        return None

    def row_label(self, spec: AssumptionSpec) -> str:
        """The row header: label with party names, then the unit."""
        return assumption_label(spec, self._session.contract)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Only cells holding a value are editable; uncertainties open a dialog instead."""
        if index.column() == self.uncertainty_column and self.rows[index.row()].spec:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.cell(index.row(), index.column()) is None:
            return Qt.ItemFlag.ItemIsEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
        )

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Apply a typed value; a refused value changes nothing."""
        if role != Qt.ItemDataRole.EditRole:
            return False
        return self.apply_texts({(index.row(), index.column()): str(value)}, "Edit assumption")

    def apply_texts(self, texts: dict[tuple[int, int], str], undo_text: str) -> bool:
        """Parse and apply typed or pasted cell texts; refuse all of them if one is invalid."""
        changes, problems = self._parse(texts)
        touched = set(texts)
        for key in touched:
            self._problems.pop(key, None)
        self._problems.update(problems)
        if problems:
            (row, column), reason = next(iter(problems.items()))
            self._emit_cells(touched)
            self._session.report_problem(f"{self._cell_name(row, column)}: {reason}")
            return False
        self._emit_cells(touched)
        return self._session.set_values(changes, undo_text)

    def _parse(
        self, texts: dict[tuple[int, int], str]
    ) -> tuple[list[CellChange], dict[tuple[int, int], str]]:
        changes: list[CellChange] = []
        problems: dict[tuple[int, int], str] = {}
        for (row, column), text in texts.items():
            spec, cell = self.rows[row].spec, self.cell(row, column)
            if spec is None or cell is None:
                continue
            try:
                changes.append(CellChange(cell[0], cell[1], parse_value(spec, text, marks())))
            except ValueError as exc:
                problems[(row, column)] = str(exc)
        return changes, problems

    def _cell_name(self, row: int, column: int) -> str:
        spec = self.rows[row].spec
        label = fill_names(spec.label, self._session.contract) if spec else ""
        return f"{label}, {self._years[column]}" if spec and spec.is_path else label

    def _emit_cells(self, cells: set[tuple[int, int]]) -> None:
        for row, column in cells:
            index = self.index(row, column)
            self.dataChanged.emit(index, index)

    def _on_changed(self, change: Change) -> None:
        if change.document:
            self._on_document_changed()
        elif change.current:
            self._on_current_changed(self._session.current)
        elif self._session.current in change.scenarios:
            self._on_workspace_changed(self._session.workspace)

    def _on_workspace_changed(self, workspace: Workspace) -> None:
        old_paths, old_uncertainty = self._paths, self._uncertainty
        self._paths, self._uncertainty = (
            self._session.scenario.resolved(),
            _uncertainties(self._session),
        )
        years = range(workspace.settings.start_year, workspace.settings.end_year + 1)
        if years != self._years:
            self._on_document_changed()
            return
        for row, entry in enumerate(self.rows):
            # Repaint only the rows whose values or uncertainty changed.
            name = entry.spec.name if entry.spec is not None else ""
            changed = old_paths.get(name) != self._paths.get(name)
            if changed:
                # A valid edit, reset, paste or undo of the row clears its refused marks.
                for key in [key for key in self._problems if key[0] == row]:
                    del self._problems[key]
            if changed or old_uncertainty.get(name) != self._uncertainty.get(name):
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.uncertainty_column))

    def _on_current_changed(self, name: str) -> None:
        self._problems.clear()
        self._paths = self._session.scenario.resolved()
        self._uncertainty = _uncertainties(self._session)
        last = self.index(len(self.rows) - 1, self.uncertainty_column)
        self.dataChanged.emit(self.index(0, 0), last)

    def _on_document_changed(self) -> None:
        self.beginResetModel()
        self._years = self._session.years
        self._paths = self._session.scenario.resolved()
        self._uncertainty = _uncertainties(self._session)
        self._problems.clear()
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self.rows) - 1)
