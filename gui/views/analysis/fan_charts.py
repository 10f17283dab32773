"""Monte Carlo charts over time: fan charts (P10–P90 band, P50 line) and P(AGI by year)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from core.analysis import Band
from core.inputs import FloatArray
from core.present.format import money, percent
from gui.views.analysis.plots import (
    BAND_COLOUR,
    MEDIAN_COLOUR,
    SCENARIO_COLOUR,
    AnalysisPlot,
)
from gui.views.charts.hover import HoverReadout, Series
from gui.views.charts.plot_theme import line_width


def _percent(value: float) -> str:
    return percent(value / 100, 0)


FAN_LEGEND = (
    f'<span style="color:{BAND_COLOUR}">██</span> P10–P90 of the draws &nbsp;&nbsp; '
    f'<span style="color:{MEDIAN_COLOUR}"><b>━━</b></span> P50 (median) &nbsp;&nbsp; '
    f'<span style="color:{SCENARIO_COLOUR}">╌╌</span> the scenario as set'
)
"""One legend for every fan chart, as rich text."""


class FanChart(AnalysisPlot):
    """One quantity per period: the P10–P90 band, the median, and the scenario without draws."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, "$B", parent)
        item = self.getPlotItem()
        edge = pg.mkPen(BAND_COLOUR, width=line_width(self, 1))
        self.p10 = item.plot(pen=edge)
        self.p90 = item.plot(pen=edge)
        self.band = pg.FillBetweenItem(self.p10, self.p90, brush=pg.mkBrush(BAND_COLOUR))
        item.addItem(self.band)
        self.p50 = item.plot(pen=pg.mkPen(MEDIAN_COLOUR, width=line_width(self, 2.2)))
        dashed = pg.mkPen(SCENARIO_COLOUR, width=line_width(self, 1.4), style=Qt.PenStyle.DashLine)
        self.scenario = item.plot(pen=dashed)
        self.legend.hide()  # the panel shows one legend for all fan charts (FAN_LEGEND)
        self.readout = HoverReadout(item)

    def show_band(
        self, xs: FloatArray, labels: Sequence[str], band: Band, scenario: FloatArray
    ) -> None:
        """Draw `band` over period starts `xs` and the scenario's own values."""
        self.p10.setData(xs, band.p10)
        self.p90.setData(xs, band.p90)
        self.p50.setData(xs, band.p50)
        self.scenario.setData(xs, scenario)
        self.readout.set_series(
            xs,
            labels,
            [
                Series("P90", MEDIAN_COLOUR, band.p90, money),
                Series("P50", MEDIAN_COLOUR, band.p50, money),
                Series("P10", MEDIAN_COLOUR, band.p10, money),
                Series("Scenario as set", SCENARIO_COLOUR, scenario, money),
            ],
        )
        self.getPlotItem().getViewBox().autoRange(padding=0.04)


class ProbabilityChart(AnalysisPlot):
    """The share of draws whose AGI clause is effective by the end of each year."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("AGI clause effective, by year end", "% of draws", parent)
        self.curve = self.getPlotItem().plot(
            pen=pg.mkPen(MEDIAN_COLOUR, width=line_width(self, 2)),
            symbol="o",
            symbolSize=6,
            symbolBrush=MEDIAN_COLOUR,
            symbolPen=None,
        )
        self.readout = HoverReadout(self.getPlotItem())
        self.getPlotItem().getViewBox().setYRange(0, 100, padding=0.04)

    def show_probability(self, by_year: dict[int, float], start: int, end: int) -> None:
        """Draw P(effective by year end) in percent; a note when there is no AGI clause."""
        years = np.array(sorted(by_year), dtype=np.float64)
        shares = np.array([by_year[int(y)] * 100.0 for y in years], dtype=np.float64)
        self.curve.setData(years, shares)
        series = [Series("Effective by year end", MEDIAN_COLOUR, shares, _percent)]
        self.readout.set_series(years, [str(int(y)) for y in years], series)
        box = self.getPlotItem().getViewBox()
        box.setRange(xRange=(start - 0.5, end + 0.5), yRange=(0, 100), padding=0.02)
        self.show_note("" if by_year else "No AGI clause in this contract")
