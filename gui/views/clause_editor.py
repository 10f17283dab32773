"""The clause editor: a clause's terms for this scenario, or the clause in a contract variant.

"For this scenario" sets the current scenario's `terms` (model.md section 11); "Contract
variant" edits the workspace's own copy of the contract for every scenario, where the title,
summary, confidence and sources can change too, and clauses can be added and removed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import kinds
from core.clausetext import kind_label
from core.contract import CONFIDENCES, Clause
from core.files import bundled_contracts
from core.workspace import TermValue
from gui.change import Change
from gui.contract_edits import (
    ContractEditError,
    variant_of,
    with_clause_data,
    with_new_clause,
    with_sources,
    without_clause,
)
from gui.session import Session
from gui.term_fields import TermField, clause_fields, edit_term, parse_term
from gui.theme import css
from gui.views.clause_choices import ChoiceEdits

TIER_COLUMNS = ("Rate (%)", "Until total ($B)")


class ClauseEditor(QWidget):
    """Edits one clause of session.contract; every edit is one undo step, checked first."""

    closed = Signal()
    clause_shown = Signal(str)  # the clause the editor moved to (after adding one)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.clause_id: str | None = None
        self.fields: list[TermField] = []
        self.term_edits: dict[str, QLineEdit] = {}
        self.choices = ChoiceEdits(self)
        self._confidence_touched = False
        self.scenario_choice = QRadioButton("For this scenario", self)
        self.variant_choice = QRadioButton("Contract variant (all scenarios)", self)
        self.scenario_choice.setToolTip("Set the current scenario's deal terms")
        self.variant_choice.setToolTip(
            "Edit the workspace's own copy of the contract, for every scenario"
        )
        self.scenario_choice.setChecked(True)
        choice = QButtonGroup(self)
        choice.addButton(self.scenario_choice)
        choice.addButton(self.variant_choice)
        self.variant_choice.toggled.connect(self._on_target_toggled)
        self.title_edit = QLineEdit(self)
        self.summary_edit = QPlainTextEdit(self)
        self.summary_edit.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.confidence_box = QComboBox(self)
        self.confidence_box.addItems(list(CONFIDENCES))
        self.confidence_box.activated.connect(self._on_confidence_activated)
        self.sources_edit = QLineEdit(self)
        self.sources_edit.setToolTip("Source ids of the contract, or URLs to add as sources")
        self.tiers_table = QTableWidget(0, 2, self)
        self.tiers_table.setHorizontalHeaderLabels(list(TIER_COLUMNS))
        self.add_tier_button = QPushButton("Add Tier", self)
        self.remove_tier_button = QPushButton("Remove Tier", self)
        self.add_tier_button.clicked.connect(self._on_add_tier_clicked)
        self.remove_tier_button.clicked.connect(self._on_remove_tier_clicked)
        self.kind_box = QComboBox(self)
        for name in kinds.KINDS:
            self.kind_box.addItem(kind_label(name), name)
        self.add_clause_button = QPushButton("Add Clause", self)
        self.remove_clause_button = QPushButton("Remove Clause", self)
        self.add_clause_button.clicked.connect(self.add_clause)
        self.remove_clause_button.clicked.connect(self.remove_clause)
        self.apply_button = QPushButton("Apply", self)
        self.apply_button.setDefault(True)
        self.done_button = QPushButton("Done", self)
        self.apply_button.clicked.connect(self.apply)
        self.done_button.clicked.connect(self.closed)
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(f"color: {css('problem_text')};")
        self.form = QFormLayout()
        self._build_layout()
        session.changed.connect(self._on_session_changed)

    def _build_layout(self) -> None:
        target = QVBoxLayout()
        target.addWidget(self.scenario_choice)
        target.addWidget(self.variant_choice)
        tiers = QHBoxLayout()
        tiers.addWidget(self.add_tier_button)
        tiers.addWidget(self.remove_tier_button)
        tiers.addStretch(1)
        clauses = QHBoxLayout()
        clauses.addWidget(self.kind_box)
        clauses.addWidget(self.add_clause_button)
        clauses.addWidget(self.remove_clause_button)
        clauses.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.info_box = QWidget(self)
        info = QFormLayout(self.info_box)
        info.setContentsMargins(0, 0, 0, 0)
        info.addRow("Title", self.title_edit)
        info.addRow("Summary", self.summary_edit)
        info.addRow("Confidence", self.confidence_box)
        info.addRow("Sources", self.sources_edit)
        layout.addLayout(target)
        layout.addWidget(self.info_box)
        layout.addLayout(self.form)
        layout.addWidget(self.tiers_table)
        layout.addLayout(tiers)
        layout.addLayout(clauses)
        layout.addWidget(self.problem_label)
        layout.addStretch(1)
        layout.addLayout(buttons)

    @property
    def for_variant(self) -> bool:
        """Whether edits go into the contract variant rather than the scenario's terms."""
        return self.variant_choice.isChecked()

    @property
    def clause(self) -> Clause | None:
        """The clause being edited, as the session's contract has it now."""
        contract = self._session.contract
        return next((c for c in contract.clauses if c.id == self.clause_id), None)

    def edit(self, clause_id: str | None) -> None:
        """Show the fields of clause `clause_id` of the session's contract.

        With None (no clause chosen, e.g. a new deal's empty contract) only adding a clause
        to the contract variant is offered.
        """
        self.clause_id = clause_id
        if clause_id is None:
            self.variant_choice.setChecked(True)
        self._confidence_touched = False
        self.problem_label.clear()
        self._fill()

    def _fill(self) -> None:
        clause = self.clause
        while self.form.rowCount():
            self.form.removeRow(0)
        self.term_edits = {}
        self.fields = [] if clause is None else clause_fields(clause)
        for widget in (self.info_box, self.scenario_choice, self.apply_button):
            widget.setEnabled(clause is not None)
        self.info_box.setVisible(clause is not None)
        self.remove_clause_button.setEnabled(clause is not None)
        if clause is None:
            for widget in (self.tiers_table, self.add_tier_button, self.remove_tier_button):
                widget.setVisible(False)
            for widget in (self.kind_box, self.add_clause_button, self.remove_clause_button):
                widget.setVisible(True)
            return
        variant = self.for_variant
        self.title_edit.setText(clause.title)
        self.summary_edit.setPlainText(clause.summary)
        self.confidence_box.setCurrentText(clause.confidence)
        self.sources_edit.setText(", ".join(clause.sources))
        for widget in (self.title_edit, self.summary_edit, self.sources_edit):
            widget.setEnabled(variant)
        self.confidence_box.setEnabled(variant)
        for field in self.fields:
            if ".tiers[" in field.key:
                continue
            editor = QLineEdit(edit_term(field, self._shown_value(field)), self)
            editor.setToolTip(f"{field.key}\nAllowed: {field.bounds}")
            editor.setObjectName(field.key)
            if field.nullable:
                editor.setPlaceholderText("open" if field.is_date else "none")
            self.term_edits[field.key] = editor
            self.form.addRow(f"{field.label.capitalize()} ({field.unit})", editor)
        self.choices.fill(self.form, clause, self._session.contract.parties, variant)
        self._fill_tiers(clause)
        for widget in (self.kind_box, self.add_clause_button, self.remove_clause_button):
            widget.setVisible(variant)

    def _fill_tiers(self, clause: Clause) -> None:
        tiers = [f for f in self.fields if ".tiers[" in f.key]
        has_tiers = any(p.unit == "tiers" for p in kinds.kind_of(clause.kind).parameters)
        for widget in (self.tiers_table, self.add_tier_button, self.remove_tier_button):
            widget.setVisible(has_tiers)
        self.add_tier_button.setEnabled(self.for_variant)
        self.remove_tier_button.setEnabled(self.for_variant)
        self.tiers_table.setRowCount(len(tiers) // 2)
        for i, field in enumerate(tiers):
            item = QTableWidgetItem(edit_term(field, self._shown_value(field)))
            item.setToolTip(f"{field.key}\nAllowed: {field.bounds}")
            self.tiers_table.setItem(i // 2, i % 2, item)
        self.tiers_table.setFixedHeight(
            self.tiers_table.horizontalHeader().height()
            + self.fontMetrics().height() * 2 * max(2, len(tiers) // 2)
        )

    def _shown_value(self, field: TermField) -> TermValue:
        if self.for_variant:
            return field.default
        return self._session.scenario.terms.get(field.key, field.default)

    def apply(self) -> bool:
        """Apply the form: the scenario's terms, or the variant's clause (one undo step)."""
        clause = self.clause
        if clause is None:
            return False
        try:
            values = self._read_terms()
            if self.for_variant:
                return self._apply_variant(clause, values)
        except (ValueError, ContractEditError) as exc:
            return self._refuse(str(exc))
        terms = self._session.scenario.terms
        changed = {
            key: value
            for key, value in values.items()
            if value != terms.get(key, _default(self.fields, key))
        }
        if not changed:
            self.problem_label.clear()
            return True
        problem = self._session.terms_problem({**self._session.scenario.terms, **changed}, changed)
        if problem is not None:
            return self._refuse(problem)
        self.problem_label.clear()
        scenario = self._session.current
        return self._session.set_terms(changed, f"Edit {clause.title} for {scenario}")

    def _read_terms(self) -> dict[str, TermValue]:
        values: dict[str, TermValue] = {}
        by_key = {f.key: f for f in self.fields}
        for key, editor in self.term_edits.items():
            values[key] = parse_term(by_key[key], editor.text())
        last = self.tiers_table.rowCount() - 1
        for row in range(self.tiers_table.rowCount()):
            for column, parameter in enumerate(("rate", "until_total")):
                key = f"{self.clause_id}.tiers[{row}].{parameter}"
                field = by_key.get(key) or _tier_field(self.fields, key, parameter, row == last)
                item = self.tiers_table.item(row, column)
                values[key] = parse_term(field, item.text() if item else "")
        return values

    def _apply_variant(self, clause: Clause, values: dict[str, TermValue]) -> bool:
        base = variant_of(self._session.contract, bundled_contracts())
        base, source_ids = with_sources(base, self.sources_edit.text().split(","))
        original = clause.model_dump(mode="json")
        data: dict[str, Any] = dict(original)
        data["title"] = self.title_edit.text().strip()
        data["summary"] = self.summary_edit.toPlainText().strip()
        data["sources"] = source_ids
        data.update(self.choices.values())
        tiers: list[dict[str, Any]] = []
        for key, value in values.items():
            parameter = key.rsplit(".", 1)[1]
            shown = value.isoformat() if isinstance(value, dt.date) else value
            if ".tiers[" in key:
                row = int(key.split("tiers[")[1].split("]")[0])
                while len(tiers) <= row:
                    tiers.append({})
                tiers[row][parameter] = shown
            else:
                data[parameter] = shown
        if any(p.unit == "tiers" for p in kinds.kind_of(clause.kind).parameters):
            data["tiers"] = tiers
        data["confidence"] = self.confidence_box.currentText()
        if not self._confidence_touched and _changed_terms(original, data):
            data["confidence"] = "assumed"
        edited = with_clause_data(base, clause.id, data)
        self.problem_label.clear()
        return self._session.edit_contract(edited, f"Edit clause {data['title']}")

    def add_clause(self) -> bool:
        """Add a clause of the chosen kind to the variant, and edit it."""
        kind = str(self.kind_box.currentData())
        base = variant_of(self._session.contract, bundled_contracts())
        try:
            edited, new_id = with_new_clause(base, kind, f"New {kind_label(kind).lower()}")
        except ContractEditError as exc:
            return self._refuse(str(exc))
        if not self._session.edit_contract(edited, f"Add clause {new_id}"):
            return False
        self.edit(new_id)
        self.clause_shown.emit(new_id)
        return True

    def remove_clause(self) -> bool:
        """Remove the edited clause from the variant (refused while something refers to it)."""
        if self.clause_id is None:
            return False
        base = variant_of(self._session.contract, bundled_contracts())
        try:
            edited = without_clause(base, self.clause_id)
        except ContractEditError as exc:
            return self._refuse(str(exc))
        removed = self.clause_id
        if not self._session.edit_contract(edited, f"Remove clause {removed}"):
            return False
        self.clause_id = None
        self.closed.emit()
        return True

    def _refuse(self, message: str) -> bool:
        self.problem_label.setText(message)
        self._session.report_problem(message)
        return False

    def _on_add_tier_clicked(self) -> None:
        row = self.tiers_table.rowCount()
        self.tiers_table.insertRow(row)
        self.tiers_table.setItem(row, 0, QTableWidgetItem("10"))
        self.tiers_table.setItem(row, 1, QTableWidgetItem(""))

    def _on_remove_tier_clicked(self) -> None:
        if self.tiers_table.rowCount() > 1:
            self.tiers_table.removeRow(self.tiers_table.rowCount() - 1)

    def _on_confidence_activated(self, _: int) -> None:
        self._confidence_touched = True

    def _on_target_toggled(self, _: bool) -> None:
        self.problem_label.clear()
        self._fill()

    def _on_session_changed(self, change: Change) -> None:
        if (change.workspace or change.current) and self.isVisible():
            self._fill()


def _default(fields: list[TermField], key: str) -> TermValue:
    return next((f.default for f in fields if f.key == key), None)


def _tier_field(fields: list[TermField], key: str, parameter: str, last: bool) -> TermField:
    """A field for a tier row added in the editor (not in the clause yet)."""
    template = next(f for f in fields if f.key.endswith(f"].{parameter}"))
    kind = kinds.kind_of(template.clause.kind)
    spec = next(i for p in kind.parameters for i in p.items if i.name == parameter)
    return dataclasses.replace(template, key=key, default=None, nullable=spec.nullable and last)


def _changed_terms(original: dict[str, Any], edited: dict[str, Any]) -> bool:
    """Whether anything but the sources changed (a new source alone keeps the confidence)."""
    ignore = {"sources", "confidence"}
    return {k: v for k, v in original.items() if k not in ignore} != {
        k: v for k, v in edited.items() if k not in ignore
    }
