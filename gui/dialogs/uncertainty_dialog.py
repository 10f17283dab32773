"""Edit one uncertainty: distribution, parameters and factor or shift, validated.

What is uncertain is an assumption or a numeric deal term (model.md section 12).
"""

from __future__ import annotations

import pydantic
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from core.analysis import Distribution
from core.workspace import Uncertainty
from gui.dialogs.parts import ok_cancel, problem_label
from gui.views.uncertainty_text import (
    TermSubject,
    Uncertain,
    shift_scale,
    shift_unit,
    uncertainty_tooltip,
)

DISTRIBUTIONS = {
    "none": "None (the value is certain)",
    "uniform": "Uniform",
    "triangular": "Triangular",
    "normal": "Normal",
    "lognormal": "Log-normal",
}
PARAMETERS = {
    "uniform": ("low", "high"),
    "triangular": ("low", "mode", "high"),
    "normal": ("mean", "sd"),
    "lognormal": ("median", "sigma"),
}
LABELS = {
    "low": "Low",
    "mode": "Most likely",
    "high": "High",
    "mean": "Mean",
    "sd": "Standard deviation",
    "median": "Median",
    "sigma": "Sigma (sd of the log)",
}
DEFAULTS = {
    "factor": {
        "uniform": (0.8, 1.2),
        "triangular": (0.8, 1.0, 1.2),
        "normal": (1.0, 0.1),
        "lognormal": (1.0, 0.2),
    },
    "shift": {
        "uniform": (-1.0, 1.0),
        "triangular": (-1.0, 0.0, 1.0),
        "normal": (0.0, 1.0),
        "lognormal": (1.0, 0.2),
    },
}
"""Starting parameters, in what the fields show (a shift on a percentage in points)."""
UNSCALED = frozenset({"sigma"})
_ADAPTER: pydantic.TypeAdapter[Distribution] = pydantic.TypeAdapter(Uncertainty)


class UncertaintyDialog(QDialog):
    """Edits the uncertainty of `spec` (an assumption or a deal term); `value` holds the result.

    `value` is valid once the dialog is accepted.
    """

    def __init__(
        self,
        spec: Uncertain,
        title: str,
        current: Distribution | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.value: Distribution | None = current
        self.problem: str | None = None
        self.setWindowTitle(f"Uncertainty of {title}")
        self.dist_box = QComboBox(self)
        for key, text in DISTRIBUTIONS.items():
            self.dist_box.addItem(text, key)
        self.apply_box = QComboBox(self)
        is_term = isinstance(spec, TermSubject)
        factor = "Factor on the term (×)" if is_term else "Factor on the whole path (×)"
        shift = "Shift added to the term" if is_term else "Shift added to every year"
        self.apply_box.addItem(factor, "factor")
        self.apply_box.addItem(f"{shift} ({shift_unit(spec)})", "shift")
        self.fields = {name: self._field() for name in LABELS}
        self.problem_label = problem_label(self)
        self.preview_label = QLabel(self)
        self.preview_label.setWordWrap(True)
        self.buttons = ok_cancel(self)
        self._layout(title)
        self._show(current)
        self.dist_box.currentIndexChanged.connect(self._on_kind_edited)
        self.apply_box.currentIndexChanged.connect(self._on_kind_edited)
        for field in self.fields.values():
            field.valueChanged.connect(self._on_field_edited)
        self._validate()

    def _field(self) -> QDoubleSpinBox:
        field = QDoubleSpinBox(self)
        field.setRange(-1e6, 1e6)
        field.setDecimals(4)
        field.setSingleStep(0.05)
        return field

    def _layout(self, title: str) -> None:
        self.form = QFormLayout()
        self.form.addRow("Distribution", self.dist_box)
        self.form.addRow("Applied as", self.apply_box)
        for name, field in self.fields.items():
            self.form.addRow(LABELS[name], field)
        what = "the whole path" if not isinstance(self.spec, TermSubject) else "the term"
        where = (
            "to every year"
            if not isinstance(self.spec, TermSubject)
            else "to it, in every version of the deal that has the clause"
        )
        intro = QLabel(
            f"<b>{title}</b><br>Each Monte Carlo draw multiplies {what} by a factor "
            f"from this distribution, or adds a shift {where}. The tornado uses its "
            "P10 and P90.",
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def _show(self, dist: Distribution | None) -> None:
        """Put `dist` into the widgets without reacting to the changes."""
        kind = "none" if dist is None else dist.dist
        apply = "factor" if dist is None else dist.apply
        self.dist_box.setCurrentIndex(self.dist_box.findData(kind))
        self.apply_box.setCurrentIndex(self.apply_box.findData(apply))
        if dist is not None:
            for name in PARAMETERS[kind]:
                self._set_field(name, float(getattr(dist, name)), apply)
        else:
            self._load_defaults()
        self._show_fields()

    def _set_field(self, name: str, model_value: float, apply: str) -> None:
        scale = 1.0 if apply == "factor" or name in UNSCALED else shift_scale(self.spec)
        self.fields[name].setValue(model_value * scale)

    def _load_defaults(self) -> None:
        kind, apply = self.kind, self.apply
        if kind == "none":
            return
        for name, value in zip(PARAMETERS[kind], DEFAULTS[apply][kind], strict=True):
            self.fields[name].setValue(value)

    def _show_fields(self) -> None:
        shown = PARAMETERS.get(self.kind, ())
        for name, field in self.fields.items():
            self.form.setRowVisible(field, name in shown)
        self.form.setRowVisible(self.apply_box, self.kind != "none")

    @property
    def kind(self) -> str:
        """The chosen distribution, or ``none``."""
        return str(self.dist_box.currentData())

    @property
    def apply(self) -> str:
        """``factor`` or ``shift``."""
        return str(self.apply_box.currentData())

    def data(self) -> dict[str, object]:
        """The distribution as in a workspace file (model units)."""
        kind, apply = self.kind, self.apply
        scale = shift_scale(self.spec) if apply == "shift" else 1.0
        data: dict[str, object] = {"dist": kind, "apply": apply}
        for name in PARAMETERS.get(kind, ()):
            divisor = 1.0 if name in UNSCALED else scale
            data[name] = self.fields[name].value() / divisor
        return data

    def _on_kind_edited(self) -> None:
        for field in self.fields.values():
            field.blockSignals(True)  # defaults are loaded as one change, validated once
        self._load_defaults()
        for field in self.fields.values():
            field.blockSignals(False)
        self._show_fields()
        self._validate()

    def _on_field_edited(self) -> None:
        self._validate()

    def _validate(self) -> None:
        """Check the fields with the workspace's own rules; show the first problem inline."""
        self.problem = None
        if self.kind == "none":
            self.value = None
        else:
            try:
                self.value = _ADAPTER.validate_python(self.data())
            except pydantic.ValidationError as exc:
                self.value, self.problem = None, _message(exc)
        self.problem_label.setText(self.problem or "")
        self.problem_label.setVisible(self.problem is not None)
        preview = ""
        if self.value is not None:
            preview = uncertainty_tooltip(self.spec, self.value).split("\n")[1]
        self.preview_label.setText(preview)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.problem is None)


def _message(exc: pydantic.ValidationError) -> str:
    error = exc.errors()[0]
    field = str(error["loc"][-1]) if error["loc"] else ""
    message = str(error["msg"]).removeprefix("Value error, ")
    return f"{LABELS[field]}: {message}" if field in LABELS else message[:1].upper() + message[1:]
