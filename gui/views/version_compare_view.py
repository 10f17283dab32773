"""The current scenario under every version of its deal and as dated, and a clause diff."""

from __future__ import annotations

import math
from html import escape

from PySide6.QtCore import QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core.clausediff import ClauseDiff, diff_contracts
from core.clausetext import version_label
from core.compare import DATED_COLUMN, compare_versions
from core.contract import Contract
from core.keyfigures import KEY_FIGURES
from core.present.labels import fill_names
from core.present.palette import hex_colour
from core.present.text import TO_FIRST, change_text, figure_text
from core.projection import FigureValue
from gui.contract_versions import contract_versions, is_same_version, version_name
from gui.session import Session
from gui.views.table_fit import set_tooltips, wrap_row_labels
from gui.views.timeline_style import MUTED
from gui.views.visibility import is_on_screen

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CURRENT_FILL = QColor(hex_colour("version_current_row"))
STYLE = f"""
h3 {{ margin: 8px 0 2px 0; font-size: 11pt; }}
.muted {{ color: {MUTED}; }}
.added {{ color: {hex_colour("text_added")}; }}
.removed {{ color: {hex_colour("text_removed")}; }}
li {{ margin-bottom: 3px; }}
"""


def _item(text: str, align_right: bool = True) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if align_right:
        item.setTextAlignment(_RIGHT)
    return item


def _value(value: object, kind: str) -> FigureValue:
    """A key figure out of the comparison frame: NaN (no value) becomes None."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if kind == "year" and isinstance(value, int | float):
        return int(value)  # the frame holds years as floats
    return value if isinstance(value, str | int | float) else None


class VersionCompareView(QWidget):
    """Shows session.scenario under every contract version and a clause diff of two versions.

    The figures and the diff are two tabs, so that every column of the figures fits a laptop
    screen; headers are short, with the full names in their tooltips. Refreshes on
    projection_changed and document_changed while visible.
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.versions: list[Contract] = []
        self.diff: ClauseDiff | None = None
        self.caption = QLabel(self)
        self.table = QTableWidget(self)
        self.old_box = QComboBox(self)
        self.new_box = QComboBox(self)
        self.diff_browser = QTextBrowser(self)
        self.diff_browser.setFrameShape(QFrame.Shape.NoFrame)
        self._dirty = True
        self._lay_out()
        self.old_box.currentIndexChanged.connect(self._on_pair_edited)
        self.new_box.currentIndexChanged.connect(self._on_pair_edited)
        session.projection_changed.connect(self._on_session_changed)
        session.document_changed.connect(self._on_document_changed)
        # Nothing is computed until the view is first shown: at start it sits behind a tab.

    def _lay_out(self) -> None:
        self.caption.setStyleSheet(f"color: {MUTED};")
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.caption)
        upper_layout.addWidget(self.table)
        pair = QHBoxLayout()
        pair.addWidget(QLabel("Clauses changed from", self))
        pair.addWidget(self.old_box)
        pair.addWidget(QLabel("to", self))
        pair.addWidget(self.new_box)
        pair.addStretch(1)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(pair)
        lower_layout.addWidget(self.diff_browser)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(upper, "Key figures")
        self.tabs.addTab(lower, "Clause changes")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _on_document_changed(self) -> None:
        self.versions = []  # the pair of versions is chosen afresh around the new contract
        self._on_session_changed()

    def _on_session_changed(self, *_: object) -> None:
        if not is_on_screen(self):
            self._dirty = True  # hidden views do no work; showEvent refreshes
            return
        self.refresh()

    def refresh_if_dirty(self) -> None:
        """Refresh now if a change arrived while hidden (e.g. behind another dock tab)."""
        if self._dirty:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Refresh once shown if a change arrived while hidden.

        On the next turn, and only if still on screen: a dock added to a window is shown
        for a moment before it is tabbed behind another.
        """
        super().showEvent(event)
        if self._dirty:
            QTimer.singleShot(0, self._refresh_if_on_screen)

    def _refresh_if_on_screen(self) -> None:
        if self._dirty and is_on_screen(self):
            self.refresh()

    def refresh(self) -> None:
        """Recompute the comparison and the diff from the session now."""
        self._dirty = False
        current = self._session.contract
        if not self.versions or not any(is_same_version(v, current) for v in self.versions):
            self.versions = contract_versions(current)
            self._fill_pair_boxes(current)
        self._fill_table(current)
        self._fill_diff()

    def _current_index(self, current: Contract) -> int:
        return next(i for i, v in enumerate(self.versions) if is_same_version(v, current))

    def _fill_pair_boxes(self, current: Contract) -> None:
        names = [version_name(v) for v in self.versions]
        now = self._current_index(current)
        for box, chosen in ((self.old_box, max(now - 1, 0)), (self.new_box, now)):
            with QSignalBlocker(box):
                box.clear()
                box.addItems(names)
                box.setCurrentIndex(chosen)

    def _fill_table(self, current: Contract) -> None:
        scenario = self._session.scenario
        others = [v for v in self.versions if not is_same_version(v, current)]
        settings = self._session.workspace.settings
        chain = self._session.chain
        frame = compare_versions([current, *others], settings, scenario, chain)
        grid = self._session.projection.grid
        columns = [v.id for v in self.versions]
        headers = [_short(v) + ("\ncurrent" if v.id == current.id else "") for v in self.versions]
        tooltips = [
            version_name(v) + (" (current)" if v.id == current.id else "") for v in self.versions
        ]
        compared = [(v.id, _short(v), version_label(v)) for v in others]
        if DATED_COLUMN in frame.columns:
            columns.append(DATED_COLUMN)
            headers.append("As dated")
            tooltips.append("As dated: each period under its version")
            compared.append((DATED_COLUMN, "as dated", "as dated"))
        headers += [f"Δ {short}" for _, short, _ in compared]
        tooltips += [f"Δ {label} vs current" for _, _, label in compared]
        table = self.table
        table.clear()
        table.setRowCount(len(KEY_FIGURES))
        table.setColumnCount(len(columns) + len(compared))
        table.setHorizontalHeaderLabels(headers)
        set_tooltips(table, tooltips)
        wrap_row_labels(table, [fill_names(f.label, current) for f in KEY_FIGURES])
        self.caption.setText(
            f"Scenario “{escape(scenario.name)}” under every version of the deal, and as dated"
        )
        for row, figure in enumerate(KEY_FIGURES):
            now = _value(frame.at[figure.name, current.id], figure.kind)
            for column, key in enumerate(columns):
                value = _value(frame.at[figure.name, key], figure.kind)
                item = _item(figure_text(figure.kind, value))
                if key == current.id:
                    item.setBackground(CURRENT_FILL)
                table.setItem(row, column, item)
            for offset, (key, _, _) in enumerate(compared, start=len(columns)):
                value = _value(frame.at[figure.name, key], figure.kind)
                text = change_text(figure.kind, value, now, grid, TO_FIRST)
                table.setItem(row, offset, _item(text))

    def _on_pair_edited(self, _: int) -> None:
        self._fill_diff()

    def _fill_diff(self) -> None:
        old = self.versions[self.old_box.currentIndex()]
        new = self.versions[self.new_box.currentIndex()]
        self.diff = diff_contracts(old, new)
        self.diff_browser.setHtml(diff_html(self.diff, old, new))


def _short(contract: Contract) -> str:
    """A version's column header: ``2025-10``, starred when it is not a bundled version."""
    name = f"{contract.effective:%Y-%m}"
    return name if version_name(contract) == version_label(contract) else f"{name}*"


def diff_html(diff: ClauseDiff, old: Contract, new: Contract) -> str:
    """The clause diff in plain words: added, removed and changed clauses."""
    title = f"From the {version_label(old)} to the {version_label(new)}"
    if not (diff.added or diff.removed or diff.changed):
        return f"<style>{STYLE}</style><h3>{title}</h3><p class='muted'>No clause differs.</p>"
    counts = f"{len(diff.added)} added, {len(diff.removed)} removed, {len(diff.changed)} changed"
    parts = [f"<style>{STYLE}</style><h3>{escape(title)}</h3><p class='muted'>{counts}</p>"]
    if diff.added:
        parts.append("<h3 class='added'>Added</h3><ul>")
        parts += [f"<li>{escape(c.title)}</li>" for c in diff.added]
        parts.append("</ul>")
    if diff.removed:
        parts.append("<h3 class='removed'>Removed</h3><ul>")
        parts += [f"<li>{escape(c.title)}</li>" for c in diff.removed]
        parts.append("</ul>")
    if diff.changed:
        parts.append("<h3>Changed</h3><ul>")
        for change in diff.changed:
            details = "".join(
                f"<br><span class='muted'>{escape(item.name.replace('_', ' '))}:</span> "
                f"{escape(item.old)} → {escape(item.new)}"
                for item in change.changes
            )
            parts.append(f"<li><b>{escape(change.title)}</b>{details}</li>")
        parts.append("</ul>")
    return "".join(parts)
