"""Chart colours from the theme, and line widths that stay the same on high-DPI screens."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from gui.theme import colour


def line_width(widget: QWidget, width: float) -> float:
    """`width` in device pixels for `widget`'s screen.

    pyqtgraph's cosmetic pens are drawn in device pixels, so at a scale of 2 a 2-pixel line
    came out half as thick as the rest of the window; this keeps it in logical pixels.
    """
    return width * max(1.0, widget.devicePixelRatioF())


def theme_plot(plot: pg.PlotWidget, title: str, legend: pg.LegendItem | None) -> None:
    """Paint `plot`'s background, title, axes, axis labels and legend in the theme's colours."""
    axis_colour = colour("plot_axis")
    plot.setBackground(colour("plot_background"))
    item = plot.getPlotItem()
    item.setTitle(title, color=axis_colour.name(), size="10pt")
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(axis_colour))
        axis.setTextPen(pg.mkPen(axis_colour))
        if axis.labelText:
            axis.setLabel(axis.labelText, color=axis_colour.name())
    if legend is not None:
        legend.setLabelTextColor(axis_colour)
        legend.setBrush(pg.mkBrush(colour("plot_legend")))
        for _, label in legend.items:
            label.setText(label.text, color=axis_colour.name())
