"""The AGI measure against its threshold, with the determination and effective periods."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from core.present.format import NONE
from core.present.format import period as format_period
from core.present.palette import SERIES
from core.projection import FigureValue, Projection
from gui.language import QT_TRANSLATE_NOOP
from gui.views.charts.chart import (
    NO_TARGETS,
    Chart,
    ClickTargets,
    money_format,
    period_times,
)
from gui.views.charts.hover import FloatArray, Series

MEASURE, THRESHOLD, DETERMINATION, EFFECTIVE = (
    SERIES[k] for k in ("measure", "threshold", "determination", "effective")
)
MEASURE_NAMES = {
    "annual": QT_TRANSLATE_NOOP("AgiChart", "annual profit"),
    "ttm": QT_TRANSLATE_NOOP("AgiChart", "trailing 12-month profit"),
    "cumulative": QT_TRANSLATE_NOOP("AgiChart", "cumulative profit"),
}


class AgiChart(Chart):
    """Shows the contract's AGI measure per period against its threshold.

    A click explains the AGI measure in the nearest period it is tested in.
    """

    title = QT_TRANSLATE_NOOP("Chart", "AGI measure against threshold")
    unit = QT_TRANSLATE_NOOP("Chart", "$B")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.measure = self.curve(self.tr("Measure"), MEASURE)
        self.threshold = self.marker(self.tr("Threshold"), THRESHOLD)
        # The two periods are often adjacent, so the legend names them, not labels on the lines.
        self.determination = self.marker(self.tr("Determination"), DETERMINATION)
        self.effective = self.marker(self.tr("Effective"), EFFECTIVE)
        self.notice = pg.TextItem(
            self.tr("No AGI clause in this contract"), color="#666", anchor=(0.5, 0.5)
        )
        self.getPlotItem().addItem(self.notice, ignoreBounds=True)

    def show_projection(self, projection: Projection) -> None:
        """Set the curves and the hover readout from projection."""
        clause = projection.contract.agi_clause
        xs = period_times(projection)
        values = projection.column("agi_measure")
        # Only measured periods: an annual measure exists once a year.
        measured = np.isfinite(values)
        self.set_data(self.measure, xs[measured], values[measured])
        low, high = self.fit(xs, [values], [clause.threshold] if clause is not None else [])
        self.notice.setVisible(clause is None)
        if clause is None:
            self.set_data(self.threshold, [], [])
            self.notice.setPos(float(np.mean(xs)) if len(xs) else 0.0, 0.5)
            self.readout.set_series(xs, projection.grid.labels, [])
            self.click_targets = NO_TARGETS
        else:
            self.set_data(self.threshold, [xs[0], xs[-1]], [clause.threshold] * 2)
            self.name_curve(
                self.threshold,
                self.tr("Threshold {value}").format(value=money_format(clause.threshold)),
            )
            name = self.tr("Measure: {measure}").format(
                measure=self.tr(MEASURE_NAMES[clause.measure])
            )
            self.name_curve(self.measure, name)
            series = [Series(name, MEASURE, values, money_format)]
            self.readout.set_series(xs, projection.grid.labels, series)
            tested = [str(label) for label in np.asarray(projection.grid.labels)[measured]]
            self.click_targets = ClickTargets(
                xs[measured], tested, [("agi_measure", values[measured])]
            )
        figures = projection.key_figures
        for line, text, key in (
            (self.determination, self.tr("Determination"), "agi_determination_period"),
            (self.effective, self.tr("Effective"), "agi_effective_period"),
        ):
            self._mark(line, text, figures[key], xs, (low, high), projection)

    def _mark(
        self,
        line: pg.PlotDataItem,
        text: str,
        period: FigureValue,
        xs: FloatArray,
        span: tuple[float, float],
        projection: Projection,
    ) -> None:
        if not isinstance(period, str):
            self.set_data(line, [], [])
            self.name_curve(line, f"{text}: {NONE}")
            return
        x = float(xs[projection.grid.index_of(period)])
        self.set_data(line, [x, x], list(span))
        self.name_curve(line, f"{text} {format_period(period)}")
