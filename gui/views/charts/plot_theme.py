"""Chart colours from the theme, and line widths that stay the same on high-DPI screens."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QWidget

from gui.theme import colour, theme_notifier


def line_width(widget: QWidget, width: float) -> float:
    """`width` in device pixels for `widget`'s screen.

    pyqtgraph's cosmetic pens are drawn in device pixels, so at a scale of 2 a 2-pixel line
    came out half as thick as the rest of the window; this keeps it in logical pixels.
    """
    return width * max(1.0, widget.devicePixelRatioF())


TITLE_POINTS = 10.0
TITLE_MARGIN = 24


def fitted_title(title: str, width: float, font: QFont) -> str:
    """`title` broken into lines (``<br>``) no wider than `width` pixels in `font` at 10 pt.

    A plot's title sets its minimum width: an unbroken long title on a narrow plot pushed the
    plot's right part out of view (the tornado's bars, the Monte Carlo title).
    """
    sized = QFont(font)
    sized.setPointSizeF(TITLE_POINTS)
    metrics = QFontMetricsF(sized)
    if width <= 0 or metrics.horizontalAdvance(title) <= width:
        return title
    lines: list[str] = []
    line = ""
    for word in title.split(" "):
        candidate = f"{line} {word}".strip()
        if line and metrics.horizontalAdvance(candidate) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    lines.append(line)
    return "<br>".join(lines)


def title_width(plot: pg.PlotWidget, width: float | None = None) -> float:
    """The width a title has: over the plotted area, right of the left axis.

    `width` is the plot's coming width (in a resize event), else its width now.
    """
    axis = plot.getPlotItem().getAxis("left")
    # A fixed axis width (the tornado sets one for its labels) holds before the layout runs.
    left = max(axis.width(), axis.minimumWidth()) if axis.isVisible() else 0.0
    return float((plot.width() if width is None else width) - left - TITLE_MARGIN)


def show_title(plot: pg.PlotWidget, title: str, width: float | None = None) -> None:
    """Set `plot`'s title in the theme's colour, broken to fit the plot's (coming) width.

    In a resize event call it before the view lays the plot out for the new size: the plot
    cannot be narrower than its title.
    """
    item = plot.getPlotItem()
    if item is None:  # the plot is being taken down
        return
    text = fitted_title(title, title_width(plot, width), plot.font())
    if item.titleLabel.text != text or not item.titleLabel.isVisible():
        item.setTitle(text, color=colour("plot_axis").name(), size=f"{TITLE_POINTS:g}pt")
        _hold_title(item)


def _hold_title(item: pg.PlotItem) -> None:
    """Make a title of three lines or more as high as its lines: pyqtgraph fixes it at 30 px."""
    if item.titleLabel.text.count("<br>") < 2:
        return  # one or two lines fit pyqtgraph's row
    height = max(30, int(item.titleLabel.item.boundingRect().height()) + 2)
    item.titleLabel.setMaximumHeight(height)
    item.layout.setRowFixedHeight(0, height)


def theme_plot(plot: pg.PlotWidget, title: str, legend: pg.LegendItem | None) -> None:
    """Paint `plot`'s background, title, axes, axis labels and legend in the theme's colours."""
    axis_colour = colour("plot_axis")
    plot.setBackground(colour("plot_background"))
    item = plot.getPlotItem()
    item.setTitle(
        fitted_title(title, title_width(plot), plot.font()),
        color=axis_colour.name(),
        size=f"{TITLE_POINTS:g}pt",
    )
    _hold_title(item)
    pen = pg.mkPen(axis_colour)
    for name in ("left", "bottom"):
        # Each of these re-lays out the axis label: only what differs is set (a new plot
        # already has the light theme's colours).
        axis = item.getAxis(name)
        if axis.pen() != pen:
            axis.setPen(pen)
        if axis.textPen() != pen:
            axis.setTextPen(pen)
        if axis.labelText and axis.labelStyle != {"color": axis_colour.name()}:
            axis.setLabel(axis.labelText, color=axis_colour.name())
    if legend is not None:
        legend.setLabelTextColor(axis_colour)
        legend.setBrush(pg.mkBrush(colour("plot_legend")))
        for _, label in legend.items:
            label.setText(label.text, color=axis_colour.name())


class TitledPlot(pg.PlotWidget):  # type: ignore[misc]  # pyqtgraph ships no type hints
    """A plot in the theme's colours, its title kept through theme changes and fitted.

    A subclass sets `legend` and calls `follow_theme` once it is built; the title is broken
    into lines to fit the plot's width.
    """

    shown_title = ""
    legend: pg.LegendItem

    def follow_theme(self) -> None:
        """Paint in the current theme now and again whenever the theme changes."""
        self.apply_theme()
        theme_notifier().changed.connect(self._on_theme_changed)

    def _on_theme_changed(self, _: bool) -> None:
        self.apply_theme()

    def apply_theme(self) -> None:
        """Background, title, axes and legend in the theme's colours."""
        theme_plot(self, self.shown_title, self.legend)

    def set_title(self, title: str) -> None:
        """Change the title (kept through theme changes, broken to fit the width)."""
        self.shown_title = title
        show_title(self, title)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt's name
        """Break the title again for the new width."""
        if self.shown_title:
            show_title(self, self.shown_title, event.size().width())
        super().resizeEvent(event)
