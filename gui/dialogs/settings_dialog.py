"""Edit the projection's time grid: start year, end year and frequency, validated by core."""

from __future__ import annotations

import pydantic
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QSpinBox,
    QWidget,
)

from core.workspace import Settings
from gui.dialogs.parts import lay_out_form, ok_cancel, problem_label

FREQUENCIES = {"Q": "Quarters", "A": "Years"}
FIRST_YEAR, LAST_YEAR = 1900, 2300
VERSIONS = {
    "dated": "As dated (each period under the version in force)",
    "selected": "Selected version only, whole horizon",
}
FIELD_NAMES = {"start_year": "start year", "end_year": "end year"}


class SettingsDialog(QDialog):
    """Edits a copy of `settings`; `value` holds valid settings, or None with `problem` shown."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Projection Settings")
        self.value: Settings | None = settings
        self.problem: str | None = None
        self.start_box = self._year_box(settings.start_year)
        self.end_box = self._year_box(settings.end_year)
        self.frequency_box = QComboBox(self)
        for key, text in FREQUENCIES.items():
            self.frequency_box.addItem(text, key)
        self.frequency_box.setCurrentIndex(self.frequency_box.findData(settings.frequency))
        self.versions_box = QComboBox(self)
        for key, text in VERSIONS.items():
            self.versions_box.addItem(text, key)
        self.versions_box.setCurrentIndex(self.versions_box.findData(settings.versions))
        self.versions_box.setToolTip(
            "As dated: each period under the contract version in force then, payments and "
            "the AGI determination carried across versions.\nSelected version: the chosen "
            "contract over the whole horizon."
        )
        self.problem_label = problem_label(self)
        self.buttons = ok_cancel(self)
        self._layout()
        self.start_box.valueChanged.connect(self._on_field_edited)
        self.end_box.valueChanged.connect(self._on_field_edited)
        self.frequency_box.currentIndexChanged.connect(self._on_field_edited)
        self.versions_box.currentIndexChanged.connect(self._on_field_edited)
        self._validate()

    def _year_box(self, year: int) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(FIRST_YEAR, LAST_YEAR)
        box.setValue(year)
        return box

    def _layout(self) -> None:
        rows = [
            ("Start year", self.start_box),
            ("End year", self.end_box),
            ("Periods", self.frequency_box),
            ("Contract versions", self.versions_box),
        ]
        lay_out_form(self, rows, [self.problem_label, self.buttons])
        self.setMinimumWidth(320)

    def _on_field_edited(self) -> None:
        self._validate()

    def _validate(self) -> None:
        """Check the fields with the workspace's own rules; show the first problem inline."""
        self.problem = None
        try:
            self.value = Settings.model_validate(
                {
                    "start_year": self.start_box.value(),
                    "end_year": self.end_box.value(),
                    "frequency": self.frequency_box.currentData(),
                    "versions": self.versions_box.currentData(),
                }
            )
        except pydantic.ValidationError as exc:
            self.value, self.problem = None, _message(exc)
        self.problem_label.setText(self.problem or "")
        self.problem_label.setVisible(self.problem is not None)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.problem is None)


def _message(exc: pydantic.ValidationError) -> str:
    message = str(exc.errors()[0]["msg"]).removeprefix("Value error, ")
    for field, words in FIELD_NAMES.items():
        message = message.replace(field, words)
    return message[:1].upper() + message[1:]
