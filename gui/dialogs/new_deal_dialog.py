"""File > New Deal: the parties' names and a starting contract, checked as a contract file."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from core.contract import Contract
from core.deals import group_by_deal
from core.errors import ValidationError
from core.new_deal import new_deal_contract
from gui.dialogs.parts import lay_out_form, ok_cancel, problem_label

EMPTY = "Empty contract (no clauses)"
PARTY_FIELDS = {"lab": "Lab", "partner": "Partner", "partner_cloud": "Partner's cloud"}


class NewDealDialog(QDialog):
    """Builds a deal's first contract; `value` holds it, or None with `problem` shown.

    `templates` are the contracts offered as a starting point, grouped by deal in the list.
    """

    def __init__(
        self,
        templates: list[Contract],
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("New Deal")
        self.today = today or dt.date.today()
        self.value: Contract | None = None
        self.problem: str | None = None
        self.fields = {key: QLineEdit(self) for key in PARTY_FIELDS}
        for key, field in self.fields.items():
            field.setPlaceholderText(f"e.g. {_EXAMPLES[key]}")
            field.textChanged.connect(self._validate)
        self.template_box = QComboBox(self)
        self.template_box.addItem(EMPTY, None)
        for deal in group_by_deal(templates):
            for contract in deal.versions:
                self.template_box.addItem(f"Copy of {contract.title}", contract)
        self.template_box.currentIndexChanged.connect(self._validate)
        self.problem_label = problem_label(self)
        self.buttons = ok_cancel(self)
        self._layout()
        self._validate()

    def _layout(self) -> None:
        note = QLabel(
            "A copy keeps the clauses and their sources but marks every clause "
            "“assumed” until you source it for this deal.",
            self,
        )
        note.setWordWrap(True)
        rows: list[tuple[str, QWidget]] = [
            (label, self.fields[key]) for key, label in PARTY_FIELDS.items()
        ]
        rows.append(("Start from", self.template_box))
        lay_out_form(self, rows, [note, self.problem_label, self.buttons])
        self.setMinimumWidth(460)

    def set_names(self, lab: str, partner: str, partner_cloud: str) -> None:
        """Fill the three names (what a user types)."""
        for key, text in zip(PARTY_FIELDS, (lab, partner, partner_cloud), strict=True):
            self.fields[key].setText(text)

    def choose_template(self, contract_id: str | None) -> None:
        """Start from the bundled contract `contract_id`, or from an empty one (None)."""
        for index in range(self.template_box.count()):
            data = self.template_box.itemData(index)
            if (data.id if data is not None else None) == contract_id:
                self.template_box.setCurrentIndex(index)
                return
        raise KeyError(contract_id)

    def _validate(self) -> None:
        """Build the contract with the format's own rules; show the first problem inline."""
        names = {key: field.text() for key, field in self.fields.items()}
        template = self.template_box.currentData()
        try:
            self.value = new_deal_contract(
                names["lab"], names["partner"], names["partner_cloud"], self.today, template
            )
            self.problem = None
        except ValidationError as exc:
            self.value = None
            self.problem = _in_words(exc)
        self.problem_label.setText(self.problem or "")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.value is not None)


_EXAMPLES = {"lab": "Anthropic", "partner": "Amazon", "partner_cloud": "AWS"}


def _in_words(exc: ValidationError) -> str:
    """The first problem, naming the field as the dialog labels it."""
    problem = exc.problems[0]
    field = problem.path.removeprefix("parties.")
    label = PARTY_FIELDS.get(field, problem.path)
    return f"{label}: found {problem.found}; allowed: {problem.allowed}"
