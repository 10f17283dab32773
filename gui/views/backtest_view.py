"""The Backtest view: every reported actual of the deal beside the current scenario's model."""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.actuals import actuals_for
from core.backtest import FIGURE_LABELS, Backtest, BacktestRow, backtest
from core.errors import DealscopeError
from core.present.format import number, ratio
from core.present.labels import fill
from core.present.palette import hex_colour
from core.present.text import reported_text
from gui.change import Change
from gui.session import Session
from gui.views.visibility import WhenShown

COLUMNS = ("Figure", "Periods", "Reported", "Model", "Ratio", "Source", "Confidence")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_MUTED = QBrush(QColor(hex_colour("table_muted")))


def _item(text: str, right: bool = False, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if right:
        item.setTextAlignment(_RIGHT)
    if tip:
        item.setToolTip(tip)
    return item


class BacktestView(QWidget):
    """Compares the current scenario with the deal's actuals; redraws only while visible."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.result: Backtest | None = None
        self.when_shown = WhenShown(self, self._refresh)
        session.changed.connect(self._on_changed)

    def _on_changed(self, change: Change) -> None:
        if change.projection or change.document:
            self.when_shown.request()

    def _refresh(self) -> None:
        """Compare the current projection with the actuals and fill the table."""
        session = self._session
        try:
            actuals = actuals_for(session.contract)
        except DealscopeError as exc:
            self._show_message(f"The contract's actuals cannot be read: {exc}")
            return
        if actuals is None:
            parties = session.contract.parties
            self._show_message(
                f"No reported figures are bundled for {parties.lab} and {parties.partner}."
            )
            return
        self.result = backtest(session.projection, actuals)
        self._fill(self.result.rows)
        self.summary.setText(self._summary_text(self.result))

    def _show_message(self, text: str) -> None:
        self.result = None
        self.table.setRowCount(0)
        self.summary.setText(text)

    def _summary_text(self, result: Backtest) -> str:
        median = result.median_abs_log_ratio
        compared = len(result.comparable_rows)
        text = (
            f"Scenario {self._session.current} against {len(result.rows)} reported figures "
            f"({compared} comparable with this horizon and frequency). "
        )
        if median is None:
            return text + "None can be compared."
        text += f"Median |ln(model / reported)|: {number(median, 3)}"
        worst = result.worst
        if worst is not None and worst.ratio is not None:
            periods = _periods(worst)
            text += f"; furthest off: {self._label(worst)} {periods}, ratio {ratio(worst.ratio)}."
        return text

    def _label(self, row: BacktestRow) -> str:
        return fill(FIGURE_LABELS[row.figure], self._session.contract)

    def _fill(self, rows: tuple[BacktestRow, ...]) -> None:
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            model = reported_text(row.figure, row.model) if row.comparable else "not comparable"
            shown_ratio = "" if row.ratio is None else ratio(row.ratio)
            source = _site(row.source_urls)
            cells = (
                _item(self._label(row), tip=row.note or ""),
                _item(_periods(row)),
                _item(reported_text(row.figure, row.reported), right=True),
                _item(model, right=True, tip=row.reason or ""),
                _item(shown_ratio, right=True),
                _item(source, tip="\n".join(row.source_urls)),
                _item(row.confidence),
            )
            for c, cell in enumerate(cells):
                if not row.comparable:
                    cell.setForeground(_MUTED)
                self.table.setItem(r, c, cell)


def _site(urls: tuple[str, ...]) -> str:
    """The first source's site (``www.`` dropped), ``+N`` for more; the URLs are its tooltip.

    A whole URL ran the table off a laptop screen, out of sight of the Confidence column.
    """
    if not urls:
        return ""
    host = urlsplit(urls[0]).hostname or urls[0]
    host = host.removeprefix("www.")
    return host if len(urls) == 1 else f"{host} +{len(urls) - 1}"


def _periods(row: BacktestRow) -> str:
    return row.first if row.first == row.last else f"{row.first}–{row.last}"
