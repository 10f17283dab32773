"""Base of the analysis charts: a white pyqtgraph plot in the app's chart style."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from core.present.palette import SERIES, hex_colour
from gui.theme import colour
from gui.views.charts.chart import outside_legend
from gui.views.charts.plot_theme import TitledPlot

AXIS_COLOUR = hex_colour("plot_axis")
BAND_COLOUR = SERIES["band"]
BAND_EDGE_COLOUR = SERIES["band_edge"]
MEDIAN_COLOUR = SERIES["median"]
LOW_COLOUR = SERIES["low"]
HIGH_COLOUR = SERIES["high"]
SCENARIO_COLOUR = SERIES["scenario"]
NOTE_COLOUR = hex_colour("plot_note")


class AnalysisPlot(TitledPlot):
    """A titled plot with unit label, legend and no context menu; subclasses add the data."""

    def __init__(self, title: str, unit: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent, background=colour("plot_background"))
        item = self.getPlotItem()
        item.setTitle(title, color=AXIS_COLOUR, size="10pt")
        item.setMenuEnabled(False)
        item.hideButtons()
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(AXIS_COLOUR))
            axis.setTextPen(pg.mkPen(AXIS_COLOUR))
        item.setLabel("left", unit, color=AXIS_COLOUR)
        self.legend = outside_legend(item)
        self.note = pg.TextItem("", color=NOTE_COLOUR, anchor=(0.5, 0.5))
        # Hidden until needed: a visible TextItem on a plot not laid out yet trips pyqtgraph.
        self.note.hide()
        item.addItem(self.note, ignoreBounds=True)
        self.setMinimumSize(160, 150)
        self.shown_title = title
        self.follow_theme()

    def apply_theme(self) -> None:
        """Background, title, axes, legend and note in the theme's colours."""
        super().apply_theme()
        self.note.setColor(colour("plot_note"))

    def show_note(self, text: str) -> None:
        """Show `text` in the middle of the plot (empty hides it), e.g. "No AGI clause"."""
        self.note.setText(text)
        self.note.setVisible(bool(text))
        (left, right), (bottom, top) = self.getPlotItem().getViewBox().viewRange()
        self.note.setPos((left + right) / 2, (bottom + top) / 2)
