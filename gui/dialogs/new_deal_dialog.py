"""File > New Deal…: the parties' names and the contract to start from."""

from __future__ import annotations

import pydantic
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from core.contract import Contract, Parties

EMPTY = "An empty contract (add clauses in the Clause Inspector)"
PROBLEM_STYLE = "color: #b71c1c;"


class NewDealDialog(QDialog):
    """Asks for the lab, the partner, the partner's cloud and a starting contract."""

    def __init__(self, templates: dict[str, Contract], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New Deal")
        self._templates = sorted(templates.values(), key=lambda c: (c.effective, c.id))
        self.lab_edit = QLineEdit(self)
        self.partner_edit = QLineEdit(self)
        self.cloud_edit = QLineEdit(self)
        self.lab_edit.setPlaceholderText("e.g. Anthropic")
        self.partner_edit.setPlaceholderText("e.g. Amazon")
        self.cloud_edit.setPlaceholderText("e.g. AWS")
        self.start_box = QComboBox(self)
        self.start_box.addItem(EMPTY, None)
        for contract in self._templates:
            self.start_box.addItem(f"A copy of: {contract.title}", contract.id)
        self.problem_label = QLabel(self)
        self.problem_label.setStyleSheet(PROBLEM_STYLE)
        self.problem_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Lab", self.lab_edit)
        form.addRow("Partner", self.partner_edit)
        form.addRow("Partner's cloud", self.cloud_edit)
        form.addRow("Start from", self.start_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Model another deal: who the parties are, and where to start."))
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.parties: Parties | None = None

    @property
    def template_id(self) -> str | None:
        """The id of the bundled contract to copy, or None for an empty contract."""
        data = self.start_box.currentData()
        return None if data is None else str(data)

    def _on_accepted(self) -> None:
        names = {
            "lab": self.lab_edit.text().strip(),
            "partner": self.partner_edit.text().strip(),
            "partner_cloud": self.cloud_edit.text().strip(),
        }
        try:
            self.parties = Parties.model_validate(names)
        except pydantic.ValidationError as exc:
            error = exc.errors()[0]
            field = str(error["loc"][0]).replace("_", " ")
            self.problem_label.setText(f"The {field} name: {error['msg'].lower()}")
            return
        self.accept()
