"""The distribution of one key figure over the Monte Carlo draws, with its P10, P50 and P90."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from core.analysis import FigureDistribution
from core.present.text import share_of_draws
from core.projection import FigureValue
from gui.theme import colour
from gui.views.analysis.names import figure_text, figure_unit
from gui.views.analysis.plots import BAND_COLOUR, BAND_EDGE_COLOUR, MEDIAN_COLOUR, AnalysisPlot
from gui.views.charts.plot_theme import line_width

PERCENTILE_NAMES = ("P10", "P50", "P90")
LINE_STYLES = (Qt.PenStyle.DotLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine)


def position(dist: FigureDistribution, value: FigureValue) -> float | None:
    """Where `value` sits on the histogram's axis: years for periods and years, % for shares."""
    if value is None:
        return None
    if dist.kind == "period" and isinstance(value, str):
        year, _, quarter = value.partition("Q")
        return int(year) + (int(quarter) - 1) / 4 + 0.125 if quarter else int(year) + 0.5
    if dist.kind == "year":
        return float(value) + 0.5
    return float(value) * (100.0 if dist.kind == "share" else 1.0)


class HistogramChart(AnalysisPlot):
    """Bars of the share of draws per bin; dashed lines at the percentiles."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Distribution", "% of draws", parent)
        item = self.getPlotItem()
        self.bars = pg.BarGraphItem(
            x0=[], x1=[], y0=[], y1=[], brush=BAND_COLOUR, pen=pg.mkPen(BAND_EDGE_COLOUR)
        )
        item.addItem(self.bars)
        # Percentile markers are curves, not InfiniteLines: their labels are TextItems,
        # which fail on a plot that is not laid out yet (a tab never shown).
        self.lines: list[pg.PlotDataItem] = []
        for name, style in zip(PERCENTILE_NAMES, LINE_STYLES, strict=True):
            pen = pg.mkPen(MEDIAN_COLOUR, width=line_width(self, 1.6), style=style)
            self.lines.append(item.plot(pen=pen, name=name))
        # The three percentiles on one row: on a laptop screen a second row left the bars
        # too little height for their axis labels.
        self.legend.setColumnCount(len(PERCENTILE_NAMES))

    def show_distribution(self, dist: FigureDistribution, title: str) -> None:
        """Draw `dist`; the title says how many draws have no value."""
        histogram = dist.histogram
        scale = 100.0 if dist.kind == "share" else 1.0  # shares are shown in percent
        edges = np.asarray(histogram.edges, dtype=np.float64) * scale
        counts = np.asarray(histogram.counts, dtype=np.float64)
        total = counts.sum() + histogram.none
        shares = counts / total * 100.0 if total else counts
        if len(edges):
            self.bars.setOpts(x0=edges[:-1], x1=edges[1:], y0=np.zeros(len(counts)), y1=shares)
        else:
            self.bars.setOpts(x0=[], x1=[], y0=[], y1=[])
        top = float(np.max(shares)) * 1.08 if len(shares) else 1.0
        for line, name, value in zip(
            self.lines, PERCENTILE_NAMES, (dist.p10, dist.p50, dist.p90), strict=True
        ):
            at = position(dist, value)
            line.setData([] if at is None else [at, at], [] if at is None else [0.0, top])
            label = self.legend.getLabel(line)
            if label is not None:
                label.setText(f"{name} {figure_text(dist.name, value)}")
        unit = figure_unit(dist.name) or "year"
        self.getPlotItem().setLabel("bottom", unit, color=colour("plot_axis").name())
        share = share_of_draws(dist.none_share)
        none = f" · {share} of draws: none" if dist.none_share else ""
        self.set_title(f"{title}{none}")
        box = self.getPlotItem().getViewBox()
        if len(edges):
            # Head room above the bars keeps the legend clear of them.
            box.setRange(xRange=(edges[0], edges[-1]), yRange=(0, top * 1.45), padding=0.03)
        self.show_note("" if len(edges) else "No draw has a value")
