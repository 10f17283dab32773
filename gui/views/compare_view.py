"""All scenarios side by side, and the inputs that differ between two chosen scenarios."""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from core.assumptions import SPECS_BY_NAME
from core.compare import differing_inputs
from core.edits.cells import format_value
from core.keyfigures import KEY_FIGURES
from core.present.labels import assumption_label, fill_names
from core.present.text import TO_FIRST, change_text, figure_text
from gui.change import Change
from gui.locale_numbers import marks
from gui.session import Session
from gui.term_fields import differing_terms, term_label
from gui.views.pair_choice import pair_choice
from gui.views.table_fit import fit_in_splitter, read_only_item, wrap_row_labels
from gui.views.visibility import WhenShown


def _other(names: list[str], first: str, current: str) -> str:
    """The current scenario, or the first other one when the current is `first`."""
    if current != first:
        return current
    return next((name for name in names if name != first), first)


class CompareView(QWidget):
    """Shows session.projections() side by side; refreshes on changes while visible."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.figures_table = QTableWidget(self)
        self.inputs_table = QTableWidget(self)
        self.first_box = QComboBox(self)
        self.second_box = QComboBox(self)
        for box in (self.first_box, self.second_box):
            box.currentIndexChanged.connect(self._on_pair_edited)
        self.when_shown = WhenShown(self, self._refresh)
        self._build_layout()
        session.changed.connect(self._on_changed)
        self.when_shown.request()

    def _build_layout(self) -> None:
        words = ("Inputs that differ between", "and")
        boxes = (self.first_box, self.second_box)
        lower = pair_choice(self, words, boxes, self.inputs_table)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter = splitter
        splitter.addWidget(self.figures_table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([700, 350])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(splitter)
        for table in (self.figures_table, self.inputs_table):
            table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.inputs_table.verticalHeader().hide()
        self.inputs_table.horizontalHeader().setStretchLastSection(False)

    def _on_changed(self, change: Change) -> None:
        if change.figures:
            self.when_shown.request()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep every column of the figures in view."""
        super().resizeEvent(event)
        self._fit_figures()

    def refresh(self) -> None:
        """Redraw both tables from the session now."""
        self.when_shown.refresh()

    def _refresh(self) -> None:
        self._fill_pair_boxes()
        self._fill_figures()
        self._fill_inputs()
        self._fit_figures()

    def _fit_figures(self) -> None:
        """Give the figures every column's width, the inputs the rest (at least a third)."""
        fit_in_splitter(self.splitter, self.figures_table, Fraction(2, 3))

    def _fill_pair_boxes(self) -> None:
        names = [s.name for s in self._session.workspace.scenarios]
        first = self.first_box.currentText() or names[0]
        second = self.second_box.currentText() or _other(names, first, self._session.current)
        for box, chosen in ((self.first_box, first), (self.second_box, second)):
            with QSignalBlocker(box):
                box.clear()
                box.addItems(names)
                box.setCurrentIndex(names.index(chosen) if chosen in names else 0)

    def _fill_figures(self) -> None:
        projections = self._session.projections()
        names = list(projections)
        first = projections[names[0]]
        headers = names + [f"Δ {name} vs {names[0]}" for name in names[1:]]
        table = self.figures_table
        table.clear()
        table.setRowCount(len(KEY_FIGURES))
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        labels = [fill_names(f.label, self._session.contract) for f in KEY_FIGURES]
        wrap_row_labels(table, labels)
        for row, figure in enumerate(KEY_FIGURES):
            for column, name in enumerate(names):
                value = projections[name].key_figures[figure.name]
                table.setItem(row, column, read_only_item(figure_text(figure.kind, value)))
            for offset, name in enumerate(names[1:], start=len(names)):
                new, old = (
                    projections[name].key_figures[figure.name],
                    first.key_figures[figure.name],
                )
                text = change_text(figure.kind, new, old, first.grid, TO_FIRST)
                table.setItem(row, offset, read_only_item(text))

    def _fill_inputs(self) -> None:
        workspace = self._session.workspace
        first = workspace.scenario(self.first_box.currentText())
        second = workspace.scenario(self.second_box.currentText())
        differences = differing_inputs(first, second, self._session.years)
        terms = differing_terms(self._session.contract, first, second)
        table = self.inputs_table
        table.clear()
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(["Assumption or term", "Year", first.name, second.name])
        table.setRowCount(max(1, len(differences) + len(terms)))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, term in enumerate(terms, start=len(differences)):
            label = f"Deal term: {term_label(self._session.contract, term.key)}"
            table.setItem(row, 0, read_only_item(label, align_right=False))
            table.setItem(row, 1, read_only_item(""))
            table.setItem(row, 2, read_only_item(term.first))
            table.setItem(row, 3, read_only_item(term.second))
        if not differences and not terms:
            table.setItem(
                0, 0, read_only_item("The two scenarios have the same inputs", align_right=False)
            )
        for row, difference in enumerate(differences):
            spec = SPECS_BY_NAME[difference.name]
            label = assumption_label(spec, self._session.contract)
            table.setItem(row, 0, read_only_item(label, align_right=False))
            table.setItem(
                row, 1, read_only_item("" if difference.year is None else str(difference.year))
            )
            table.setItem(row, 2, read_only_item(format_value(spec, difference.first, marks())))
            table.setItem(row, 3, read_only_item(format_value(spec, difference.second, marks())))

    def _on_pair_edited(self, _: int) -> None:
        if self.first_box.count() and self.second_box.count():
            self._fill_inputs()
