"""The tornado: one horizontal bar per assumption from the base value to its low and high."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

from core.analysis import Sensitivity, SensitivityRow
from core.chain import Chain
from core.contract import Contract
from core.inputs import FloatArray
from gui.language import translate
from gui.theme import colour
from gui.views.analysis.names import (
    figure_label,
    figure_text,
    figure_unit,
    row_label,
    setting_text,
)
from gui.views.analysis.plots import AXIS_COLOUR, HIGH_COLOUR, LOW_COLOUR, AnalysisPlot
from gui.views.charts.plot_theme import line_width

MAX_BARS = 12
BAR_HEIGHT = 0.62


def drawn_rows(result: Sensitivity) -> list[SensitivityRow]:
    """The rows a tornado draws: both ends known and some swing, largest first."""
    rows = [
        r
        for r in result.rows
        if r.figure_low is not None and r.figure_high is not None and r.swing > 0
    ]
    return rows[:MAX_BARS]


class TornadoChart(AnalysisPlot):
    """Bars of key-figure swings, largest on top, labelled with assumption names and units."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("TornadoChart", "Sensitivity"), "", parent)
        item = self.getPlotItem()
        self.low_bars = pg.BarGraphItem(x0=[], x1=[], y=[], height=BAR_HEIGHT, brush=LOW_COLOUR)
        self.high_bars = pg.BarGraphItem(x0=[], x1=[], y=[], height=BAR_HEIGHT, brush=HIGH_COLOUR)
        for bars in (self.low_bars, self.high_bars):
            bars.setOpts(pen=None)
            item.addItem(bars)
        self.legend.hide()  # the panel shows the legend above the chart
        self.base_line = pg.InfiniteLine(
            angle=90, pen=pg.mkPen(AXIS_COLOUR, width=line_width(self, 1.5))
        )
        item.addItem(self.base_line, ignoreBounds=True)
        self.readout = pg.TextItem(
            anchor=(0, 1), fill=pg.mkBrush(255, 255, 255, 230), border="#bbb"
        )
        self.readout.setZValue(100)
        self.readout.hide()
        item.addItem(self.readout, ignoreBounds=True)
        item.getAxis("left").setStyle(tickLength=0)
        self.rows: list[SensitivityRow] = []
        self._texts: list[str] = []
        item.scene().sigMouseMoved.connect(self._on_mouse_moved)

    def show_sensitivity(
        self, result: Sensitivity, contract: Contract, chain: Chain | None = None
    ) -> None:
        """Draw `result`; labels use `contract`'s party names, `chain`'s clause titles."""
        self.rows = drawn_rows(result)
        base = result.base if result.base is not None else 0.0
        ys = np.arange(len(self.rows), dtype=np.float64)[::-1]
        lows = np.array([r.figure_low for r in self.rows], dtype=np.float64)
        highs = np.array([r.figure_high for r in self.rows], dtype=np.float64)
        for bars, ends in ((self.low_bars, lows), (self.high_bars, highs)):
            bars.setOpts(x0=np.minimum(ends, base), x1=np.maximum(ends, base), y=ys)
        self.base_line.setPos(base)
        versions = chain if chain is not None else Chain((contract,))
        labels = [row_label(r, contract, versions) for r in self.rows]
        axis = self.getPlotItem().getAxis("left")
        axis.setTicks([list(zip(ys.tolist(), labels, strict=True))])
        width = max((QFontMetrics(axis.font()).horizontalAdvance(t) for t in labels), default=40)
        axis.setWidth(width + 14)
        name, unit = figure_label(result.figure, contract), figure_unit(result.figure)
        self.set_title(
            self.tr("{name}: base {figure}").format(
                name=name, figure=figure_text(result.figure, result.base)
            )
        )
        self.getPlotItem().setLabel(
            "bottom", translate("Chart", unit), color=colour("plot_axis").name()
        )
        self._texts = [
            self._row_text(r, result.figure, label)
            for r, label in zip(self.rows, labels, strict=True)
        ]
        self._fit(base, lows, highs)
        empty = result.base is None or not self.rows
        self.show_note(self.tr("No assumption moves this figure.") if empty else "")

    def _fit(self, base: float, lows: FloatArray, highs: FloatArray) -> None:
        values = np.concatenate([[base], lows, highs])
        low, high = float(values.min()), float(values.max())
        pad = (high - low) * 0.06 or 1.0
        box = self.getPlotItem().getViewBox()
        box.setRange(
            xRange=(low - pad, high + pad), yRange=(-0.6, max(len(self.rows), 1) - 0.4), padding=0
        )

    @staticmethod
    def _row_text(row: SensitivityRow, figure: str, label: str) -> str:
        text = translate(
            "TornadoChart",
            '<b>{label}</b><br><span style="color:{low_colour}">■</span> low {low}: '
            '{figure_low}<br><span style="color:{high_colour}">■</span> high {high}: '
            "{figure_high}<br>swing {swing}",
        )
        return text.format(
            label=label,
            low_colour=LOW_COLOUR,
            low=setting_text(row.low),
            figure_low=figure_text(figure, row.figure_low),
            high_colour=HIGH_COLOUR,
            high=setting_text(row.high),
            figure_high=figure_text(figure, row.figure_high),
            swing=figure_text(figure, row.swing),
        )

    def row_at(self, y: float) -> int | None:
        """Index into `rows` of the bar nearest to height `y`, or None."""
        index = len(self.rows) - 1 - round(y)
        return index if 0 <= index < len(self.rows) and abs(y - round(y)) <= 0.5 else None

    def _on_mouse_moved(self, position: QPointF) -> None:
        box = self.getPlotItem().getViewBox()
        point = box.mapSceneToView(position)
        index = self.row_at(point.y()) if box.sceneBoundingRect().contains(position) else None
        if index is None:
            self.readout.hide()
            return
        self.readout.setHtml(self._texts[index])
        (left, right), _ = box.viewRange()
        self.readout.setAnchor((1, 1) if point.x() > (left + right) / 2 else (0, 1))
        self.readout.setPos(point.x(), point.y())
        self.readout.show()
