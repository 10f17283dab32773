"""Editors for a clause's worded parameters: a choice, a yes/no, the clause ids it ends.

Which parameters a clause has, and the words of each allowed value, come from the
clause-kind registry; these change only in a contract variant (scenario terms are numbers).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from core.contract import Clause, Parties
from core.kinds import Parameter, kind_of
from core.present.i18n import _

WORDED_UNITS = ("choice", "flag", "clauses")


class ChoiceEdits:
    """The worded parameters of the edited clause, as rows of the editor's form."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self.boxes: dict[str, QComboBox] = {}
        self.lists: dict[str, QLineEdit] = {}

    def fill(self, form: QFormLayout, clause: Clause, parties: Parties, variant: bool) -> None:
        """Add a row per worded parameter of `clause`, editable in a variant only."""
        self.boxes, self.lists = {}, {}
        names = {"lab": parties.lab, "partner": parties.partner, "cloud": parties.partner_cloud}
        for parameter in kind_of(clause.kind).parameters:
            if parameter.unit not in WORDED_UNITS:
                continue
            value = getattr(clause, parameter.name)
            widget = self._editor(parameter, value, names)
            widget.setObjectName(f"{clause.id}.{parameter.name}")
            widget.setEnabled(variant)
            if not variant:
                widget.setToolTip(_("Changes in a contract variant only"))
            form.addRow(_(parameter.label).capitalize(), widget)

    def _editor(self, parameter: Parameter, value: Any, names: dict[str, str]) -> QWidget:
        if parameter.unit == "clauses":
            edit = QLineEdit(", ".join(value), self._parent)
            edit.setPlaceholderText(_("clause ids, separated by commas"))
            self.lists[parameter.name] = edit
            return edit
        box = QComboBox(self._parent)
        for choice, words in parameter.choices.items():
            box.addItem(_(words).format(**names), choice)
        box.setCurrentIndex(box.findData(value))
        self.boxes[parameter.name] = box
        return box

    def values(self) -> dict[str, Any]:
        """The chosen values, as contract-file data."""
        values: dict[str, Any] = {name: box.currentData() for name, box in self.boxes.items()}
        for name, edit in self.lists.items():
            values[name] = [part.strip() for part in edit.text().split(",") if part.strip()]
        return values
