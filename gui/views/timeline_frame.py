"""The timeline's frame: header and lane plots, caption, legend, buttons; zoom, pan, scroll.

It knows nothing of the session: `TimelineView` draws the timeline model into it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QKeyEvent
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollBar,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.present.timeline import TimelineLayout
from gui.views.timeline_axes import LaneAxis, YearAxis
from gui.views.timeline_drawing import FLAG_POINTS, HEADER_ROWS, Drawing
from gui.views.timeline_events import EventCluster
from gui.views.timeline_items import ClauseBarItem, EventDiamond, TimelineClicks
from gui.views.timeline_labels import place_labels
from gui.views.timeline_legend import LegendStrip
from gui.views.timeline_style import timeline_colour

MIN_ROW_PX = 15.0
"""Below this lane height the lanes scroll, unless every lane is asked for."""
MAX_ROW_PX = 26.0
GUTTER_PX = 112
ZOOM_STEP = 1.5
PAN_STEP = 0.15


def header_px() -> int:
    """The header's height: four rows (two of flags, events, versions), each a flag high."""
    font = QFont()
    font.setPointSizeF(FLAG_POINTS)
    return round(HEADER_ROWS * max(17.0, QFontMetricsF(font).height() + 5))


def title_point_size(row_px: float) -> float:
    """The bar titles' font size for lanes `row_px` pixels high."""
    return min(9.0, max(6.5, row_px * 0.5))


class _LaneViewBox(pg.ViewBox):  # type: ignore[misc]
    """Wheel zooms time; Shift+wheel asks to scroll the lanes (`lanes_scrolled`).

    It holds no reference to the view: a Python cycle through a ViewBox subclass crashes
    when the garbage collector breaks it.
    """

    lanes_scrolled = Signal(float)  # lanes down (negative: up)

    def wheelEvent(self, ev: Any, axis: int | None = None) -> None:
        """Zoom the time axis, or scroll the lanes with Shift held."""
        if ev.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.lanes_scrolled.emit(-ev.delta() / 120 * 2)
            ev.accept()
            return
        super().wheelEvent(ev, axis=0)


class TimelineFrame(QWidget):
    """The plots and controls of the timeline, with navigation by mouse, buttons and keys.

    `timeline` is the model drawn (None before the first drawing) and `drawing` its items.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline: TimelineLayout | None = None
        self._drawing = Drawing()
        self._selected_event: int | None = None
        self._top = 0.0
        self._row_px = MAX_ROW_PX
        self._title_size = 0.0
        self.all_lanes = False
        self.cluster_menu: QMenu | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._clicks = TimelineClicks(self)
        self._build()

    # -- public state, for the docks and tests ------------------------------------------

    @property
    def drawing(self) -> Drawing:
        """The items on screen."""
        return self._drawing

    @property
    def bars(self) -> dict[str, ClauseBarItem]:
        """Bar items by clause id; `x_range` and `cut_at` are in fractional years."""
        return self._drawing.bars

    @property
    def event_markers(self) -> list[EventDiamond]:
        """Event diamonds in contract order; `x` is the date in fractional years."""
        return self._drawing.events

    @property
    def event_badges(self) -> list[EventCluster]:
        """The visible badges of crowded events, left to right."""
        shown = [b for b in self._drawing.badges if b.isVisible()]
        return sorted(shown, key=lambda b: b.pos().x())

    @property
    def marker_lines(self) -> dict[str, pg.InfiniteLine]:
        """The vertical line of each computed marker across the lanes."""
        return self._drawing.marker_lines

    @property
    def row_px(self) -> float:
        """The height of one lane in pixels."""
        return self._row_px

    def visible_lanes(self) -> tuple[float, float]:
        """The lanes in view, top and bottom, in lane units."""
        low, high = self.lanes_plot.getViewBox().viewRange()[1]
        return float(low), float(high)

    def x_range(self) -> tuple[float, float]:
        """The visible years."""
        low, high = self.lanes_plot.getViewBox().viewRange()[0]
        return float(low), float(high)

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.caption = QLabel(self)
        self.caption.setToolTip(
            self.tr("Scroll to zoom, drag to pan, Shift+scroll for more lanes")
        )
        self.legend = LegendStrip(self)
        # A narrow dock clips the legend's last entries instead of growing.
        self.legend.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.graphics = pg.GraphicsLayoutWidget(self)
        self.graphics.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # A moved marker dirties thin strips across both plots (about 40 rectangles): painting
        # their bounding rectangle once costs half of clipping every item to the strips.
        self.graphics.setViewportUpdateMode(
            QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate
        )
        # Never let the lanes collapse to nothing: a zero-sized view has no inverse transform.
        header = header_px()
        self.graphics.setMinimumSize(GUTTER_PX + 160, header + 3 * int(MIN_ROW_PX) + 40)
        self.graphics.installEventFilter(self)
        self.graphics.ci.setSpacing(0)
        self.graphics.ci.setContentsMargins(4, 2, 10, 2)
        # The plots have no context menu (`_style_plot`): their view boxes never build one.
        self.header_plot = self.graphics.addPlot(
            row=0, col=0, axisItems={"left": LaneAxis()}, enableMenu=False
        )
        viewbox = _LaneViewBox(enableMenu=False)
        viewbox.lanes_scrolled.connect(self.scroll_lanes)
        self.lanes_plot = self.graphics.addPlot(
            row=1,
            col=0,
            viewBox=viewbox,
            axisItems={"left": LaneAxis(), "bottom": YearAxis("bottom")},
        )
        self.graphics.ci.layout.setRowFixedHeight(0, header)
        for plot in (self.header_plot, self.lanes_plot):
            self._style_plot(plot)
        self.header_plot.hideAxis("bottom")
        self.header_plot.setYRange(0, HEADER_ROWS, padding=0)
        self.header_plot.setXLink(self.lanes_plot)
        self.lanes_plot.showGrid(x=True, alpha=0.25)
        self.lanes_plot.getAxis("bottom").setHeight(20)
        self.scrollbar = QScrollBar(Qt.Orientation.Vertical, self)
        self.scrollbar.valueChanged.connect(self._on_scrollbar_moved)
        viewbox = self.lanes_plot.getViewBox()
        viewbox.sigXRangeChanged.connect(self._on_x_range_changed)
        viewbox.sigResized.connect(self._on_lanes_resized)
        self._lay_out()
        self._apply_colours()

    def _apply_colours(self) -> None:
        """Colour the caption, background, header and axes for the theme in use."""
        muted = timeline_colour("muted")
        self.caption.setStyleSheet(f"color: {muted.name()};")
        self.graphics.setBackground(timeline_colour("background"))
        self.header_plot.getViewBox().setBackgroundColor(timeline_colour("band"))
        bottom = self.lanes_plot.getAxis("bottom")
        bottom.setPen(pg.mkPen(timeline_colour("rule")))
        bottom.setTextPen(pg.mkPen(muted))
        for plot in (self.header_plot, self.lanes_plot):
            plot.getAxis("left").setTextPen(pg.mkPen(muted))

    def _style_plot(self, plot: pg.PlotItem) -> None:
        plot.hideButtons()
        plot.setMenuEnabled(False)
        for name in ("left", "bottom", "top", "right"):
            # Without a label an axis never scales to an SI prefix; keeping the automatic
            # prefix only re-set its empty label on every change of range.
            plot.getAxis(name).enableAutoSIPrefix(False)
        viewbox = plot.getViewBox()
        viewbox.setMouseEnabled(x=True, y=False)
        viewbox.disableAutoRange()
        viewbox.invertY(True)
        left = plot.getAxis("left")
        left.setWidth(GUTTER_PX)
        left.setPen(pg.mkPen(None))
        left.setStyle(tickLength=0, tickTextOffset=10)
        font = self.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.9)
        left.setTickFont(font)
        for name in ("left", "bottom"):
            # Redrawn only when the range or labels change, not for each moving marker.
            plot.getAxis(name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.setContentsMargins(8, 2, 8, 0)
        top.setSpacing(12)
        top.addWidget(self.caption)
        top.addWidget(self.legend, 1)
        self.all_lanes_button = self._button(
            self.tr("All lanes"), self.tr("Fit every lane in view (A)")
        )
        self.all_lanes_button.setCheckable(True)
        self.all_lanes_button.toggled.connect(self.set_all_lanes)
        top.addWidget(self.all_lanes_button)
        for text, tip, slot in (
            ("−", self.tr("Zoom out (−)"), self.zoom_out),
            ("+", self.tr("Zoom in (+)"), self.zoom_in),
            (self.tr("Fit"), self.tr("Show the whole contract (0)"), self.fit),
        ):
            button = self._button(text, tip)
            button.clicked.connect(slot)
            top.addWidget(button)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.graphics, 1)
        body.addWidget(self.scrollbar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addLayout(body, 1)

    def _button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return button

    # -- navigation ----------------------------------------------------------------------

    def fit(self) -> None:
        """Show the whole axis, from the earliest date to the horizon end."""
        if self.timeline is None:
            return
        low, high = self.timeline.axis
        pad = (high - low) * 0.015
        self.lanes_plot.setXRange(low - pad, high + pad, padding=0)

    def zoom_in(self) -> None:
        """Show a narrower span of years, around the centre."""
        self.zoom(ZOOM_STEP)

    def zoom_out(self) -> None:
        """Show a wider span of years, around the centre."""
        self.zoom(1 / ZOOM_STEP)

    def zoom(self, factor: float) -> None:
        """Zoom by `factor` (above 1 zooms in) around the centre of the visible years."""
        low, high = self.x_range()
        middle, half = (low + high) / 2, (high - low) / 2 / factor
        self.lanes_plot.setXRange(middle - half, middle + half, padding=0)

    def pan(self, fraction: float) -> None:
        """Move the visible years by `fraction` of their span (negative: earlier)."""
        low, high = self.x_range()
        shift = (high - low) * fraction
        self.lanes_plot.setXRange(low + shift, high + shift, padding=0)

    def scroll_lanes(self, lanes: float) -> None:
        """Scroll the lanes down by `lanes` (negative: up)."""
        self.scrollbar.setValue(self.scrollbar.value() + round(lanes * 10))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """+ and − zoom, arrows pan and scroll, 0 or Home fits."""
        if not self._handle_key(event):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Take the navigation keys before the graphics view scrolls with them."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._handle_key(event)
        return super().eventFilter(watched, event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        actions: dict[Qt.Key, Callable[[], None]] = {
            Qt.Key.Key_Plus: self.zoom_in,
            Qt.Key.Key_Equal: self.zoom_in,
            Qt.Key.Key_Minus: self.zoom_out,
            Qt.Key.Key_0: self.fit,
            Qt.Key.Key_A: lambda: self.set_all_lanes(not self.all_lanes),
            Qt.Key.Key_Home: self.fit,
            Qt.Key.Key_Left: lambda: self.pan(-PAN_STEP),
            Qt.Key.Key_Right: lambda: self.pan(PAN_STEP),
            Qt.Key.Key_Up: lambda: self.scroll_lanes(-1),
            Qt.Key.Key_Down: lambda: self.scroll_lanes(1),
        }
        action = actions.get(Qt.Key(event.key()))
        if action is None:
            return False
        action()
        event.accept()
        return True

    def set_all_lanes(self, on: bool) -> None:
        """Fit every lane in view however low they get (on), or scroll below MIN_ROW_PX."""
        self.all_lanes = on
        with QSignalBlocker(self.all_lanes_button):
            self.all_lanes_button.setChecked(on)
        self._on_lanes_resized()

    def _on_lanes_resized(self, *_: object) -> None:
        """Size the lanes to the dock: all of them when they fit, else scroll."""
        height = max(self.lanes_plot.getViewBox().height(), 1.0)
        total = max(self._drawing.lanes, 1.0)
        row = height / total
        if not self.all_lanes:
            row = max(row, MIN_ROW_PX)
        self._row_px = min(row, MAX_ROW_PX)
        visible = height / self._row_px
        spare = max(total - visible, 0.0)
        with QSignalBlocker(self.scrollbar):
            self.scrollbar.setRange(0, math.ceil(spare * 10))
            self.scrollbar.setPageStep(max(round(visible * 10), 1))
            self.scrollbar.setSingleStep(10)
        self.scrollbar.setVisible(spare > 0.05)
        self._top = min(self._top, spare)
        self.scrollbar.setValue(round(self._top * 10))
        self._set_title_size(title_point_size(self._row_px))
        self._show_lanes()
        self._place_labels()

    def _set_title_size(self, points: float) -> None:
        if points == self._title_size:
            return
        self._title_size = points
        font = QFont()
        font.setPointSizeF(points)
        for label in self._drawing.labels.values():
            label.setFont(font)

    def _on_scrollbar_moved(self, value: int) -> None:
        self._top = value / 10
        self._show_lanes()

    def _show_lanes(self) -> None:
        visible = self.lanes_plot.getViewBox().height() / self._row_px
        self.lanes_plot.setYRange(self._top, self._top + max(visible, 1.0), padding=0)

    def _on_x_range_changed(self, *_: object) -> None:
        self._place_labels()

    def _scale(self) -> tuple[float, float, float]:
        """The first visible year, years per pixel, and the width of the lanes in pixels."""
        viewbox = self.lanes_plot.getViewBox()
        (low, high), _ = viewbox.viewRange()
        width = max(viewbox.width(), 1.0)
        return low, (high - low) / width, width

    def _place_labels(self) -> None:
        low, per_px, width = self._scale()
        place_labels(self._drawing, low, per_px, width, self._new_badge, self._selected_event)

    def _new_badge(self) -> EventCluster:
        badge = EventCluster(self._clicks)
        self.header_plot.addItem(badge)
        return badge
