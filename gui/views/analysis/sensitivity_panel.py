"""The Sensitivity tab: a key figure, its tornado and the table of every assumption's swing."""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from core.analysis import Sensitivity
from gui.change import Change
from gui.language import QT_TRANSLATE_NOOP
from gui.session import Session
from gui.views.analysis.names import (
    DEFAULT_FIGURE,
    NUMERIC_FIGURES,
    compact_rows,
    figure_label,
    figure_text,
    row_label,
    setting_text,
)
from gui.views.analysis.panel import AnalysisPanel
from gui.views.analysis.plots import HIGH_COLOUR, LOW_COLOUR
from gui.views.analysis.tornado_chart import TornadoChart
from gui.views.table_fit import fit_in_splitter, set_row, side_by_side, two_lines
from gui.views.visibility import WhenShown

REFRESH_DELAY_MS = 150
"""Wait this long after an edit before recomputing, so a burst of edits computes once."""
HEADERS = (
    QT_TRANSLATE_NOOP("SensitivityPanel", "Assumption"),
    QT_TRANSLATE_NOOP("SensitivityPanel", "At low setting"),
    QT_TRANSLATE_NOOP("SensitivityPanel", "At high setting"),
    QT_TRANSLATE_NOOP("SensitivityPanel", "Swing"),
)
TORNADO_LEGEND = QT_TRANSLATE_NOOP(
    "SensitivityPanel",
    '<span style="color:{low}">██</span> at the low setting &nbsp;&nbsp; '
    '<span style="color:{high}">██</span> at the high setting',
)


class SensitivityPanel(AnalysisPanel):
    """Shows the tornado of a chosen key figure; recomputes on an edit while visible."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.figure_box = QComboBox(self)
        self.figure_box.setToolTip(self.tr("The key figure whose swings the tornado shows"))
        self.terms_box = QCheckBox(self.tr("Include deal terms"), self)
        self.terms_box.setToolTip(
            self.tr(
                "Add a bar per numeric term of the deal (a cap, a rate, a threshold) at 0.8 and "
                "1.2 times its value, in every version that has the clause"
            )
        )
        self.brief_box = QCheckBox(self.tr("Include in brief"), self)
        self.brief_box.setToolTip(
            self.tr("Store this figure with the scenario; the brief repeats it")
        )
        self.status_label = QLabel(self)
        self.chart = TornadoChart(self)
        self.table = QTableWidget(0, len(HEADERS), self)
        self._setup_table()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)
        self._when_shown = WhenShown(self, self._request, settle=True)
        self._layout()
        self._fill_figures()
        self._show_stored()
        session.changed.connect(self._on_changed)
        self.figure_box.currentIndexChanged.connect(self._on_figure_edited)
        self.terms_box.clicked.connect(self._on_terms_edited)
        self.brief_box.clicked.connect(self._on_brief_edited)
        shown: Sensitivity | None = self._analysis.result("sensitivity")
        if shown is not None:
            self._draw(shown)

    def _setup_table(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr(name) for name in HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        compact_rows(self.table)
        self.table.setAlternatingRowColors(True)
        # Long assumption names take two lines, so every column shows whole beside the chart.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)

    def _layout(self) -> None:
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Key figure"), self))
        controls.addWidget(self.figure_box)
        controls.addSpacing(12)
        legend = self.tr(TORNADO_LEGEND).format(low=LOW_COLOUR, high=HIGH_COLOUR)
        controls.addWidget(QLabel(legend, self))
        controls.addSpacing(12)
        controls.addWidget(self.status_label, 1)
        controls.addWidget(self.terms_box)
        controls.addWidget(self.brief_box)
        splitter = side_by_side(self, self.chart, self.table, 540)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(controls)
        layout.addWidget(splitter, 1)

    @property
    def figure(self) -> str:
        """The key figure chosen."""
        return str(self.figure_box.currentData())

    @property
    def include_terms(self) -> bool:
        """Whether the tornado has a bar per deal term."""
        return self.terms_box.isChecked()

    def _fill_figures(self) -> None:
        contract = self._session.contract
        current = self.figure_box.currentData() or DEFAULT_FIGURE
        self.figure_box.blockSignals(True)
        self.figure_box.clear()
        for name in NUMERIC_FIGURES:
            self.figure_box.addItem(figure_label(name, contract), name)
        self.figure_box.setCurrentIndex(self.figure_box.findData(current))
        self.figure_box.blockSignals(False)

    def _show_stored(self) -> None:
        """Show the scenario's stored tornado figure and terms choice, without writing back."""
        analysis = self._session.scenario.analysis
        stored = analysis.sensitivity if analysis is not None else None
        self.brief_box.setChecked(stored is not None)
        if stored is not None:
            self.terms_box.setChecked(stored.include_terms)
        if stored is not None and stored.figure != self.figure:
            self.figure_box.blockSignals(True)
            self.figure_box.setCurrentIndex(self.figure_box.findData(stored.figure))
            self.figure_box.blockSignals(False)

    def refresh(self) -> None:
        """Ask for the tornado of the chosen figure now if visible, else when shown."""
        self._when_shown.request()

    def _request(self) -> None:
        self._analysis.request_sensitivity(self.figure, self.include_terms)
        pending = self._analysis.is_pending("sensitivity")
        self.status_label.setText(self.tr("Computing…") if pending else "")

    def refresh_if_dirty(self) -> None:
        """Compute if the scenario changed while hidden (the dock came forward)."""
        self._when_shown.catch_up()

    def _on_changed(self, change: Change) -> None:
        if change.document:
            self._fill_figures()
        if change.inputs:
            self._show_stored()
            self._timer.start(REFRESH_DELAY_MS)  # hidden, the refresh only marks it stale
        if "sensitivity" in change.analyses:
            self._on_sensitivity_changed(self._analysis.result("sensitivity"))

    def _on_figure_edited(self) -> None:
        if self.brief_box.isChecked():
            self._session.set_sensitivity_figure(self.figure, self.include_terms)
        self.refresh()

    def _on_terms_edited(self) -> None:
        self._on_figure_edited()

    def _on_brief_edited(self, checked: bool) -> None:
        figure = self.figure if checked else None
        self._session.set_sensitivity_figure(figure, self.include_terms)

    def _on_sensitivity_changed(self, result: Sensitivity) -> None:
        shown = (result.figure, self._analysis.sensitivity_terms)
        if shown == (self.figure, self.include_terms):
            self.status_label.setText("")
            self._draw(result)

    def _draw(self, result: Sensitivity) -> None:
        contract, chain = self._session.contract, self._session.chain
        self.chart.show_sensitivity(result, contract, chain)
        self.table.setRowCount(len(result.rows))
        for i, row in enumerate(result.rows):
            cells = (
                two_lines(row_label(row, contract, chain)),
                f"{figure_text(result.figure, row.figure_low)}\n({setting_text(row.low)})",
                f"{figure_text(result.figure, row.figure_high)}\n({setting_text(row.high)})",
                figure_text(result.figure, row.swing),
            )
            set_row(self.table, i, cells)
        self._fit_table()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep every column of the table in view."""
        super().resizeEvent(event)
        self._fit_table()

    def _fit_table(self) -> None:
        """Give the table every column's width (at most half), the tornado the rest."""
        fit_in_splitter(self.splitter, self.table, Fraction(1, 2))
