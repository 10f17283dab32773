"""The current scenario under every version of its deal and as dated, and a clause diff."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSignalBlocker
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core.clausediff import ClauseDiff, diff_contracts
from core.clausetext import version_label
from core.contract import Contract
from core.keyfigures import KEY_FIGURES
from core.present.labels import fill_names
from core.present.palette import hex_colour
from core.present.text import TO_FIRST, change_text, figure_text
from gui.change import Change
from gui.contract_versions import contract_versions, is_same_version, version_name
from gui.session import DATED, Session
from gui.views.pair_choice import pair_choice
from gui.views.table_fit import read_only_item, set_tooltips, wrap_row_labels
from gui.views.timeline_style import MUTED
from gui.views.visibility import WhenShown

CURRENT_FILL = QColor(hex_colour("version_current_row"))
STYLE = f"""
h3 {{ margin: 8px 0 2px 0; font-size: 11pt; }}
.muted {{ color: {MUTED}; }}
.added {{ color: {hex_colour("text_added")}; }}
.removed {{ color: {hex_colour("text_removed")}; }}
li {{ margin-bottom: 3px; }}
"""


class VersionCompareView(QWidget):
    """Shows session.scenario under every contract version and a clause diff of two versions.

    The figures and the diff are two tabs, so that every column of the figures fits a laptop
    screen; headers are short, with the full names in their tooltips. Refreshes on a new
    projection or document while visible, from the session's cached projections.
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
        self.when_shown = WhenShown(self, self._refresh, settle=True)
        self._lay_out()
        self.old_box.currentIndexChanged.connect(self._on_pair_edited)
        self.new_box.currentIndexChanged.connect(self._on_pair_edited)
        session.changed.connect(self._on_changed)
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
        words = ("Clauses changed from", "to")
        boxes = (self.old_box, self.new_box)
        lower = pair_choice(self, words, boxes, self.diff_browser)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(upper, "Key figures")
        self.tabs.addTab(lower, "Clause changes")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _on_changed(self, change: Change) -> None:
        if change.document:
            self.versions = []  # the pair of versions is chosen afresh around the new contract
        if change.document or change.projection:
            self.when_shown.request()

    def refresh(self) -> None:
        """Compare again and diff from the session now."""
        self.when_shown.refresh()

    def _refresh(self) -> None:
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
        projections = self._session.version_projections([current, *others])
        grid = self._session.projection.grid
        columns = [v.id for v in self.versions]
        headers = [_short(v) + ("\ncurrent" if v.id == current.id else "") for v in self.versions]
        tooltips = [
            version_name(v) + (" (current)" if v.id == current.id else "") for v in self.versions
        ]
        compared = [(v.id, _short(v), version_label(v)) for v in others]
        if DATED in projections:
            columns.append(DATED)
            headers.append("As dated")
            tooltips.append("As dated: each period under its version")
            compared.append((DATED, "as dated", "as dated"))
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
            now = projections[current.id].key_figures[figure.name]
            for column, key in enumerate(columns):
                value = projections[key].key_figures[figure.name]
                item = read_only_item(figure_text(figure.kind, value))
                if key == current.id:
                    item.setBackground(CURRENT_FILL)
                table.setItem(row, column, item)
            for offset, (key, _, _) in enumerate(compared, start=len(columns)):
                value = projections[key].key_figures[figure.name]
                text = change_text(figure.kind, value, now, grid, TO_FIRST)
                table.setItem(row, offset, read_only_item(text))

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
