"""Hover readout for a chart: a vertical cursor and the exact values at the nearest point."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pyqtgraph as pg
from PySide6.QtCore import QObject, QPointF, Qt

FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class Series:
    """One line of the readout: a name, its colour, and values over the chart's x."""

    name: str
    colour: str
    values: FloatArray
    unit_format: Callable[[float], str]


class HoverReadout(QObject):
    """Follows the mouse over `plot` and shows every series' value at the nearest x."""

    def __init__(self, plot: pg.PlotItem) -> None:
        super().__init__()
        self._plot = plot
        self._xs: FloatArray = np.zeros(0)
        self._labels: Sequence[str] = ()
        self._series: Sequence[Series] = ()
        self.hint = ""  # a muted last line, e.g. what a click does
        # The cursor and label are made when the mouse first moves over the plot: nothing
        # shows them before, and the start builds four charts.
        self._items: tuple[pg.PlotDataItem, pg.TextItem] | None = None
        plot.scene().sigMouseMoved.connect(self._on_mouse_moved)

    @property
    def cursor(self) -> pg.PlotDataItem:
        """The dashed vertical line at the point read out."""
        return self._shown_items()[0]

    @property
    def label(self) -> pg.TextItem:
        """The box with the values at the point read out."""
        return self._shown_items()[1]

    def _shown_items(self) -> tuple[pg.PlotDataItem, pg.TextItem]:
        if self._items is None:
            cursor = pg.PlotDataItem(pen=pg.mkPen("#888", style=Qt.PenStyle.DashLine))
            label = pg.TextItem(
                anchor=(0, 0), color="#222", fill=pg.mkBrush(255, 255, 255, 235), border="#bbb"
            )
            cursor.setZValue(100)
            cursor.hide()
            self._plot.addItem(cursor, ignoreBounds=True)
            # The label lives in the view box's pixels, above the legend (a sibling item
            # there), so that it can be kept inside the plot and is never covered.
            label.setParentItem(self._plot.getViewBox())
            label.setZValue(1000)
            label.hide()
            self._items = (cursor, label)
        return self._items

    def set_series(self, xs: FloatArray, labels: Sequence[str], series: Sequence[Series]) -> None:
        """Set what the readout reports: x positions, their labels and the series."""
        self._xs, self._labels, self._series = xs, labels, series

    def text_at(self, x: float) -> str:
        """The readout's HTML for the point nearest to `x`."""
        index = self.nearest(x)
        if index is None:
            return ""
        lines = [f"<b>{self._labels[index]}</b>"]
        for series in self._series:
            value = float(series.values[index])
            shown = "—" if np.isnan(value) else series.unit_format(value)
            lines.append(f'<span style="color:{series.colour}">■</span> {series.name}: {shown}')
        if self.hint:
            lines.append(f'<span style="color:#888"><i>{self.hint}</i></span>')
        return "<br>".join(lines)

    def nearest(self, x: float) -> int | None:
        """Index of the point nearest to `x`, or None when there is no data."""
        if len(self._xs) == 0:
            return None
        return int(np.argmin(np.abs(self._xs - x)))

    def hide(self) -> None:
        """Hide the cursor and the label (the mouse left the chart)."""
        if self._items is not None:
            for item in self._items:
                item.hide()

    def _on_mouse_moved(self, position: QPointF) -> None:
        box = self._plot.getViewBox()
        if not box.sceneBoundingRect().contains(position) or len(self._xs) == 0:
            self.hide()
            return
        point = box.mapSceneToView(position)
        index = self.nearest(point.x())
        if index is None:
            return
        cursor, label = self._shown_items()
        label.setHtml(self.text_at(point.x()))
        _, (bottom, top) = box.viewRange()
        cursor.setData([self._xs[index]] * 2, [bottom, top])
        at = box.mapFromScene(box.mapViewToScene(QPointF(float(self._xs[index]), top)))
        # Right of the cursor when the label fits there, else left of it; always inside.
        width, room = label.boundingRect().width(), box.boundingRect().width()
        left = at.x() + 6 if at.x() + 6 + width <= room else at.x() - 6 - width
        label.setPos(max(0.0, min(left, room - width)), at.y() + 2)
        cursor.show()
        label.show()
