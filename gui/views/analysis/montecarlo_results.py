"""What a Monte Carlo run found: fan charts, P(AGI by year), key-figure table and histogram."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
from PySide6.QtCore import QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from core.analysis import Simulation
from core.contract import Contract
from core.inputs import FloatArray
from core.present.format import NONE
from core.present.text import share_of_draws
from core.projection import Projection
from gui.views.analysis.fan_charts import FAN_LEGEND, FanChart, ProbabilityChart
from gui.views.analysis.histogram_chart import HistogramChart
from gui.views.analysis.names import DEFAULT_FIGURE, compact_rows, figure_label, figure_text
from gui.views.table_fit import fit_in_splitter, set_row, side_by_side, two_lines

HEADERS = ("Key figure", "P10", "P50", "P90", "Mean", "No value")
FANS = ("revenue", "cumulative_profit", "cumulative_partner_payments")
FAN_PAGE, FIGURES_PAGE = 0, 1


def period_starts(labels: tuple[str, ...]) -> FloatArray:
    """Each period's start as a fractional year: ``2025Q2`` is 2025.25, ``2026`` is 2026."""
    starts = []
    for label in labels:
        year, _, quarter = label.partition("Q")
        starts.append(int(year) + ((int(quarter) - 1) / 4 if quarter else 0.0))
    return np.asarray(starts, dtype=np.float64)


def scenario_values(projection: Projection, key: str) -> FloatArray:
    """The scenario's own value of a fan chart's quantity in every period."""
    table = projection.table
    if key == "cumulative_partner_payments":
        return np.cumsum(table["partner_received"].to_numpy(dtype=np.float64))
    return table[key].to_numpy(dtype=np.float64)


class MonteCarloResults(QTabWidget):
    """Shows one Simulation on a Fan charts page and a Key figures page; hidden pages wait."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fans = {key: FanChart("", self) for key in FANS}
        self.probability = ProbabilityChart(self)
        charts = QWidget(self)
        grid = QGridLayout(charts)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        self.legend = QLabel(FAN_LEGEND, charts)
        grid.addWidget(self.legend, 0, 0, 1, len(FANS))
        for column, chart in enumerate([*self.fans.values(), self.probability]):
            grid.addWidget(chart, 1, column)
        self.table = QTableWidget(0, len(HEADERS), self)
        self._setup_table()
        self.histogram = HistogramChart(self)
        figures = side_by_side(self, self.table, self.histogram, 560)
        self.figures_splitter = figures
        self.addTab(charts, "Fan charts")
        self.addTab(figures, "Key figures")
        self.simulation: Simulation | None = None
        self._names: list[str] = []
        self._contract: Contract | None = None
        self._projection: Projection | None = None
        self._stale_pages: set[int] = set()
        self.table.currentCellChanged.connect(self._on_row_selected)
        self.currentChanged.connect(self._on_page_changed)

    def _setup_table(self) -> None:
        self.table.setHorizontalHeaderLabels(HEADERS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        compact_rows(self.table)
        self.table.setAlternatingRowColors(True)
        self.table.setToolTip("Select a key figure to see its distribution")
        # Long names take two lines, so every column shows whole beside the histogram.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)

    def show_simulation(
        self, simulation: Simulation, contract: Contract, projection: Projection
    ) -> None:
        """Show `simulation`; the page in front draws now, the other when it is opened."""
        self.simulation, self._contract, self._projection = simulation, contract, projection
        self._stale_pages = {FAN_PAGE, FIGURES_PAGE}
        self._on_page_changed(self.currentIndex())

    def _on_page_changed(self, index: int) -> None:
        if self.simulation is None or self._contract is None or index not in self._stale_pages:
            return
        self._stale_pages.discard(index)
        if index == FAN_PAGE:
            self._draw_fans(self.simulation, self._contract, self._projection)
        else:
            self._fill_table(self.simulation, self._contract)

    def _draw_fans(
        self, simulation: Simulation, contract: Contract, projection: Projection | None
    ) -> None:
        """Fan charts and P(AGI); the dashed lines are `projection` if on the same periods."""
        xs = period_starts(simulation.labels)
        same_grid = projection is not None and projection.grid.labels == simulation.labels
        parties = contract.parties
        per = "quarter" if "Q" in simulation.labels[0] else "year"
        titles = {
            "revenue": f"{parties.lab} revenue per {per}",
            "cumulative_profit": f"{parties.lab} cumulative profit",
            "cumulative_partner_payments": f"Paid to {parties.partner}, cumulative",
        }
        for key, chart in self.fans.items():
            chart.set_title(titles[key])
            mine = np.full(len(xs), np.nan)
            if same_grid and projection is not None:
                mine = scenario_values(projection, key)
            chart.show_band(xs, simulation.labels, simulation.bands[key], mine)
        first, last = int(xs[0]), int(xs[-1])
        self.probability.show_probability(simulation.p_agi_effective_by_year, first, last)

    def _fill_table(self, simulation: Simulation, contract: Contract) -> None:
        selected = self.selected_figure() or DEFAULT_FIGURE
        self._names = list(simulation.key_figures)
        self.table.setRowCount(len(self._names))
        for row, (name, dist) in enumerate(simulation.key_figures.items()):
            values = (dist.p10, dist.p50, dist.p90)
            label = two_lines(figure_label(name, contract))
            cells = [label, *(figure_text(name, v) for v in values)]
            timing = dist.kind in ("period", "year")  # no mean of a date
            cells.append(NONE if timing else figure_text(name, dist.mean))
            cells.append(share_of_draws(dist.none_share) if dist.none_share else "")
            set_row(self.table, row, cells)
        self.table.blockSignals(True)
        self.table.selectRow(self._names.index(selected))
        self.table.blockSignals(False)
        self.show_histogram(selected)
        QTimer.singleShot(0, self.fit_table)  # once the page is laid out at its size

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep every column of the table in view."""
        super().resizeEvent(event)
        self.fit_table()

    def fit_table(self) -> None:
        """Give the table every column's width (at most three fifths), the histogram the rest."""
        fit_in_splitter(self.figures_splitter, self.table, Fraction(3, 5))

    def selected_figure(self) -> str | None:
        """The key figure whose histogram is shown, or None before the first run."""
        row = self.table.currentRow()
        return self._names[row] if 0 <= row < len(self._names) else None

    def show_histogram(self, name: str) -> None:
        """Show the distribution of key figure `name`."""
        if self.simulation is None or self._contract is None:
            return
        dist = self.simulation.key_figures[name]
        self.histogram.show_distribution(dist, figure_label(name, self._contract))

    def _on_row_selected(self, row: int, *_: int) -> None:
        if 0 <= row < len(self._names):
            self.show_histogram(self._names[row])
