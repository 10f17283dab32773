"""Base of every chart: a styled pyqtgraph plot with a legend, a hover readout and clicks.

A click on the plot emits `point_clicked(figure, period)`: the explainable figure (a key of
`core.explain.FIGURES`) of the series nearest the click, in the period nearest to it.
Charts that plot per year give each year's last period (``2029Q4`` for 2029), the period
the year's totals are complete in; the Explain panel then shows that period.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from pyqtgraph.GraphicsScene.mouseEvents import MouseClickEvent
from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from core.present.format import gigawatts, money
from core.present.palette import hex_colour
from core.projection import Projection
from gui.theme import colour
from gui.views.charts.hover import FloatArray, HoverReadout
from gui.views.charts.menu_view_box import MenuOnDemandViewBox
from gui.views.charts.plot_theme import TitledPlot, line_width

AXIS_COLOUR = hex_colour("plot_axis")
NICE_STEPS = (1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)
FAST_CURVE: dict[str, object] = {"dynamicRangeLimit": None}
"""Our curves hold tens of points: no need to re-clip them on every view change."""
STRAIGHT_LINE: dict[str, object] = {**FAST_CURVE, "antialias": False}
"""Level and date lines run along the pixel grid: smoothing them shows nothing and costs."""


@dataclass(frozen=True, slots=True)
class ClickTargets:
    """What a click can explain: x positions, their period labels, and per figure its values.

    A click picks the x nearest to it, then the figure whose value there is nearest to the
    click's level; `values` are in the plot's coordinates (stacked areas: their top).
    """

    xs: FloatArray
    periods: Sequence[str]
    figures: Sequence[tuple[str, FloatArray]]


NO_TARGETS = ClickTargets(np.zeros(0), (), ())


def money_format(value: float) -> str:
    """$B with one decimal."""
    return money(value)


def gw_format(value: float) -> str:
    """Gigawatts with two decimals."""
    return gigawatts(value)


def period_times(projection: Projection) -> FloatArray:
    """Each period's start as a fractional year (2025.25 is 2025Q2)."""
    grid = projection.grid
    return grid.start_year + np.arange(grid.count, dtype=np.float64) / grid.n


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 8 or 10 times a power of ten >= `value`.

    Rounding the axis ends keeps them steady through small edits, which also saves redraws.
    """
    if value <= 0:
        return 0.0
    scale = 10.0 ** math.floor(math.log10(value))
    step = next(s for s in NICE_STEPS if s * scale >= value * (1 - 1e-12))
    return step * scale


LEGEND_COLUMNS = 2


def outside_legend(item: pg.PlotItem) -> pg.LegendItem:
    """A legend in its own row under the plot, so it never covers data.

    Inside the plot it hid curves and cap lines wherever they passed its corner.
    """
    legend = pg.LegendItem(
        offset=None,
        labelTextColor=AXIS_COLOUR,
        labelTextSize="8pt",
        verSpacing=-8,
        horSpacing=14,
        colCount=LEGEND_COLUMNS,
        brush=None,
        pen=None,
    )
    # Across the axis columns too: a legend wider than the plot then neither pushes the
    # plot off the right edge nor gets cut.
    item.layout.addItem(legend, 5, 0, 1, 3)
    item.layout.setRowSpacing(4, 0)
    # The rows overlap a little (verSpacing < 0): room below the last one for its descenders.
    left, top, right, _ = item.layout.getContentsMargins()
    item.layout.setContentsMargins(left, top, right, 6)
    item.legend = legend  # plot(name=...) adds its curve here
    return legend


def _same(shown: FloatArray, new: FloatArray) -> bool:
    """Whether two point arrays are equal, NaN matching NaN (gaps in a measured series)."""
    return shown.shape == new.shape and bool(np.array_equal(shown, new, equal_nan=True))


class Chart(TitledPlot):
    """A titled plot with a legend, unit axis and hover readout; subclasses fill it in."""

    point_clicked = Signal(str, str)  # figure (a key of core.explain.FIGURES), period label

    title = ""
    unit = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        # The right-click menu (View All after a pan or zoom, axis ranges, plot options,
        # Export) is on, as pyqtgraph's default; the view box builds its part when first shown.
        super().__init__(
            parent, background=colour("plot_background"), viewBox=MenuOnDemandViewBox()
        )
        item = self.getPlotItem()
        # No grid: grid lines doubled the redraw time per edit; the hover readout gives values.
        # The title, the axes' and the label's colours come with the theme (follow_theme).
        item.setLabel("left", self.tr(self.unit))
        item.getAxis("left").setWidth(52)
        for name in ("bottom", "top", "right"):
            # Without a label an axis never scales to an SI prefix; keeping the automatic
            # prefix only re-set its empty label on every change of range.
            item.getAxis(name).enableAutoSIPrefix(False)
        self.legend = outside_legend(item)
        item.disableAutoRange()
        self.readout = HoverReadout(item)
        self.click_targets = NO_TARGETS
        self.readout.hint = self.tr("Click to explain")
        # A signal to our own bound method: pyqtgraph items keep no reference to this view.
        item.scene().sigMouseClicked.connect(self._on_scene_clicked)
        # Per curve (by id; the curve is kept so that its id is not reused): the data shown.
        self._shown: dict[int, tuple[pg.PlotDataItem, FloatArray, FloatArray]] = {}
        self._range: tuple[float, float, float, float] | None = None
        self.setMinimumSize(240, 170)
        # Reached by Tab; the arrow keys then move the explained point (see keyPressEvent).
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(
            self.tr("{title} chart").format(title=self.tr(self.title))
            if self.title
            else self.tr("Chart")
        )
        self.setAccessibleDescription(
            self.tr(
                "Left and Right move through the periods, Up and Down through the series; "
                "each step explains the selected point"
            )
        )
        self.key_point: tuple[int, int] | None = None  # (x index, figure index) from the keys
        self.shown_title = self.tr(self.title)
        self.follow_theme()

    def curve(
        self, name: str, colour: str, width: float = 2.0, **style: object
    ) -> pg.PlotDataItem:
        """Add an empty named curve to the plot and its legend."""
        pen = pg.mkPen(colour, width=line_width(self, width))
        return self.getPlotItem().plot(name=name, pen=pen, **{**FAST_CURVE, **style})

    def fit(
        self, xs: FloatArray, values: Sequence[FloatArray], extra: Sequence[float] = ()
    ) -> tuple[float, float]:
        """Show all of `values` (and `extra` levels such as caps) and zero, in one step.

        Setting the range here instead of auto-ranging saves a second repaint per edit.
        Returns the lowest and highest level shown.
        """
        finite = [v[np.isfinite(v)] for v in values]
        levels = np.concatenate([*finite, np.asarray(extra, dtype=np.float64), np.zeros(1)])
        low, high = -nice_ceiling(-float(levels.min())), nice_ceiling(float(levels.max()))
        if high - low < 1e-9:
            high = low + 1.0
        shown = (float(xs[0]), float(xs[-1]), low, high)
        if shown == self._range:
            return low, high  # same view: no new transform, no axis redraw
        self._range = shown
        box = self.getPlotItem().getViewBox()
        box.setRange(xRange=(xs[0], xs[-1]), yRange=(low, high), padding=0.04)
        # Apply the new transform now, so the coming paint does not schedule a second one.
        box.updateMatrix()
        return low, high

    def set_data(
        self,
        curve: pg.PlotDataItem,
        xs: FloatArray | Sequence[float],
        ys: FloatArray | Sequence[float],
    ) -> None:
        """Give `curve` points (`xs`, `ys`), only when they differ from the ones it shows.

        An edit often leaves some series as they were (a cap, a threshold, a flow the edit
        does not reach): setting them again re-measures and repaints them for nothing.
        """
        x, y = np.asarray(xs, dtype=np.float64), np.asarray(ys, dtype=np.float64)
        shown = self._shown.get(id(curve))
        if shown is not None and _same(shown[1], x) and _same(shown[2], y):
            return
        self._shown[id(curve)] = (curve, x.copy(), y.copy())
        curve.setData(x, y)

    def remove_curve(self, curve: pg.PlotDataItem) -> None:
        """Take `curve` off the plot and its legend, and forget its data."""
        self._shown.pop(id(curve), None)
        self.legend.removeItem(curve)
        self.getPlotItem().removeItem(curve)

    def marker(self, name: str | None, colour: str) -> pg.PlotDataItem:
        """A dashed line for a level or a date, drawn as a curve.

        InfiniteLines re-lay out on every view change and cost a second repaint per edit.
        """
        pen = pg.mkPen(colour, width=line_width(self, 1.5), style=Qt.PenStyle.DashLine)
        return self.getPlotItem().plot(name=name, pen=pen, **STRAIGHT_LINE)

    def name_curve(self, curve: pg.PlotDataItem, name: str) -> None:
        """Set `curve`'s legend text, only when it changed (setting it re-lays out the legend)."""
        label = self.legend.getLabel(curve)
        if label is not None and label.text != name:
            label.setText(name)

    def show_projection(self, projection: Projection) -> None:
        """Draw `projection`; subclasses set their curves' data."""
        raise NotImplementedError

    def leaveEvent(self, event: QEvent) -> None:
        """Hide the hover readout when the mouse leaves the chart."""
        super().leaveEvent(event)
        self.readout.hide()

    def target_at(self, x: float, y: float) -> tuple[str, str] | None:
        """The (figure, period) a click at data point (`x`, `y`) explains, or None."""
        targets = self.click_targets
        if len(targets.xs) == 0 or not targets.figures:
            return None
        index = int(np.argmin(np.abs(targets.xs - x)))
        figure = self.figure_at(index, y)
        return None if figure is None else (figure, targets.periods[index])

    def figure_at(self, index: int, y: float) -> str | None:
        """The figure whose value at `index` is nearest to level `y`; charts may override."""
        distances = [
            (abs(float(values[index]) - y), figure)
            for figure, values in self.click_targets.figures
            if np.isfinite(values[index])
        ]
        return min(distances)[1] if distances else None

    def click_scene_position(self, position: QPointF) -> bool:
        """Emit point_clicked for a click at scene `position`; False if it hit no target."""
        box = self.getPlotItem().getViewBox()
        if not box.sceneBoundingRect().contains(position):
            return False
        point = box.mapSceneToView(position)
        target = self.target_at(point.x(), point.y())
        if target is None:
            return False
        self.point_clicked.emit(*target)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrow keys move the selected point and explain it; other keys go to the plot."""
        steps = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        step = steps.get(Qt.Key(event.key()))
        targets = self.click_targets
        if step is None or len(targets.xs) == 0 or not targets.figures:
            super().keyPressEvent(event)
            return
        event.accept()
        if self.key_point is None:
            index = 0 if step[0] >= 0 else len(targets.xs) - 1
            self.key_point = (index, 0)
        else:
            index = min(max(self.key_point[0] + step[0], 0), len(targets.xs) - 1)
            figure = (self.key_point[1] + step[1]) % len(targets.figures)
            self.key_point = (index, figure)
        index, figure = self.key_point
        self.point_clicked.emit(targets.figures[figure][0], targets.periods[index])

    def _on_scene_clicked(self, event: MouseClickEvent) -> None:
        # A drag (pan) never arrives here; a double click was a click just before.
        if event.button() == Qt.MouseButton.LeftButton and not event.double():
            self.click_scene_position(event.scenePos())
