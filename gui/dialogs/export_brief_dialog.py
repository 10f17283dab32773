"""Asks what a PDF brief shows: scenarios, reader, sections, title, audience and page size."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from gui.brief_export import BriefOptions
from gui.dialogs.parts import lay_out_form, ok_cancel

if TYPE_CHECKING:
    from core.report.content import Reader

PAGE_SIZES = ("A4", "Letter")
READERS = (
    ("partner", "The partner: what the deal is worth to it"),
    ("lab", "The lab: what the deal costs it"),
    ("neutral", "Neutral: what the deal moves between them"),
)
LANGUAGES = (("en", "English"),)
Check = Qt.CheckState


def default_page_size() -> str:
    """US Letter where the locale measures in inches (US), A4 elsewhere."""
    imperial = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "Letter" if imperial else "A4"


class ExportBriefDialog(QDialog):
    """Edits a BriefOptions; `options()` reads it back. The file name is asked afterwards.

    `scenarios` lists the workspace's scenarios with the current one first; `sections`
    maps section keys to headings (``core.report.SECTIONS``), printed in the list's order
    (drag an entry to move it).
    """

    def __init__(
        self,
        scenarios: Sequence[str],
        sections: Mapping[str, str],
        default_title: str,
        previous: BriefOptions | None = None,
        parent: QWidget | None = None,
        author: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export Brief")
        self._default_title = default_title
        kept = set(previous.scenarios or ()) & set(scenarios) if previous else set()
        chosen = kept or set(scenarios)  # scenarios renamed or deleted since: all again
        self.scenario_list = _check_list(((n, n) for n in scenarios), chosen, self)
        shown = set(previous.sections or sections) if previous else set(sections)
        order = list(previous.sections or ()) if previous else []
        order += [key for key in sections if key not in order]
        entries = ((key, sections[key]) for key in order if key in sections)
        self.section_list = _check_list(entries, shown, self)
        self.section_list.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.reader_box = _combo(READERS, previous.reader if previous else "partner", self)
        self.lang_box = _combo(LANGUAGES, previous.lang if previous else "en", self)
        self.title_edit = QLineEdit(previous.title if previous else "", self)
        self.title_edit.setPlaceholderText(default_title)
        if not self.title_edit.text():
            self.title_edit.setText(default_title)
        self.audience_edit = QLineEdit(previous.audience if previous else "", self)
        self.audience_edit.setPlaceholderText("e.g. the board (optional)")
        self.audience_edit.setToolTip(
            "Printed on the cover and in every footer: “Confidential · Prepared for …”"
        )
        self.author_edit = QLineEdit(author, self)
        self.author_edit.setPlaceholderText("your name (optional)")
        self.author_edit.setToolTip("The PDF's author in its properties; remembered")
        self.page_size_box = QComboBox(self)
        self.page_size_box.addItems(PAGE_SIZES)
        self.page_size_box.setCurrentText(previous.page_size if previous else default_page_size())
        self.open_box = QCheckBox("Open the PDF when done", self)
        self.open_box.setChecked(previous.open_when_done if previous else True)
        self.buttons = ok_cancel(self)
        self.export_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText("Export…")
        self.scenario_list.itemChanged.connect(self._on_choice_edited)
        self.section_list.itemChanged.connect(self._on_choice_edited)
        self._lay_out()
        self._on_choice_edited()

    def _lay_out(self) -> None:
        rows = [
            ("&Scenarios:", self.scenario_list),
            ("&Reader:", self.reader_box),
            ("S&ections:", self.section_list),
            ("&Title:", self.title_edit),
            ("&Prepared for:", self.audience_edit),
            ("&Analyst:", self.author_edit),
            ("Page si&ze:", self.page_size_box),
            ("&Language:", self.lang_box),
            ("", self.open_box),
        ]
        form = lay_out_form(self, rows, [self.buttons])
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.resize(480, self.sizeHint().height())

    def options(self) -> BriefOptions:
        """The options as edited; the default title is sent as "" (the core's default)."""
        title = self.title_edit.text().strip()
        return BriefOptions(
            scenarios=tuple(_checked(self.scenario_list)),
            sections=tuple(_checked(self.section_list)),
            title="" if title == self._default_title else title,
            audience=self.audience_edit.text().strip(),
            page_size="Letter" if self.page_size_box.currentText() == "Letter" else "A4",
            open_when_done=self.open_box.isChecked(),
            reader=_reader(self.reader_box.currentData()),
            lang="en",
            author=self.author_edit.text().strip(),
        )

    def _on_choice_edited(self, _: object = None) -> None:
        ready = bool(_checked(self.scenario_list))
        self.export_button.setEnabled(ready)
        self.export_button.setToolTip("" if ready else "Choose at least one scenario")


def _check_list(
    entries: Iterable[tuple[str, str]], checked: set[str], parent: QWidget
) -> QListWidget:
    widget = QListWidget(parent)
    for key, text in entries:
        item = QListWidgetItem(text, widget)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Check.Checked if key in checked else Check.Unchecked)
    rows = max(widget.count(), 1)
    widget.setFixedHeight(min(rows, 8) * widget.sizeHintForRow(0) + 2 * widget.frameWidth() + 2)
    return widget


def _combo(entries: Sequence[tuple[str, str]], current: str, parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    for key, text in entries:
        box.addItem(text, key)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


def _reader(key: object) -> Reader:
    for choice in ("partner", "lab", "neutral"):
        if key == choice:
            return choice
    return "partner"


def _checked(widget: QListWidget) -> list[str]:
    return [
        str(item.data(Qt.ItemDataRole.UserRole))
        for item in (widget.item(row) for row in range(widget.count()))
        if item.checkState() == Check.Checked
    ]
