"""Compute by source as stacked areas (own, partner cloud, other clouds), API shortfall marked."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from core.present.palette import SERIES
from core.projection import Projection
from gui.language import QT_TRANSLATE_NOOP
from gui.views.charts.chart import Chart, ClickTargets, gw_format, period_times
from gui.views.charts.hover import Series

OWN, PARTNER, OTHERS, SHORTFALL = (SERIES[k] for k in ("own", "partner", "others", "shortfall"))


def _brush(colour: str, alpha: int) -> pg.QtGui.QBrush:
    brush_colour = pg.mkColor(colour)
    brush_colour.setAlpha(alpha)
    return pg.mkBrush(brush_colour)


class ComputeChart(Chart):
    """Capacity in use by source, stacked; the API capacity shortfall drawn on top in red.

    A click explains the allocation (compute on the partner cloud) from the own and partner
    areas, the compute cost from the other clouds' area, and the shortfall from its area.
    """

    title = QT_TRANSLATE_NOOP("Chart", "Compute by source")
    unit = "GW"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Drawn top layer first: each area fills down to zero over the one below it.
        self.areas = {
            "others_gw": self._area(self.tr("Other clouds"), OTHERS),
            "partner_gw": self._area(self.tr("Partner cloud"), PARTNER),
            "own_used_gw": self._area(self.tr("Own capacity"), OWN),
        }
        self.shortfall = self.curve(
            self.tr("API shortfall"), SHORTFALL, 2.0, fillLevel=0, brush=_brush(SHORTFALL, 110)
        )
        self.shortfall.setZValue(10)
        self._shortfall = np.zeros(0)

    def _area(self, name: str, colour: str) -> pg.PlotDataItem:
        # Antialiased fills cost a third of this chart's redraw and look the same here.
        return self.curve(
            name, colour, 1.0, fillLevel=0, brush=_brush(colour, 150), antialias=False
        )

    def figure_at(self, index: int, y: float) -> str | None:
        """The shortfall inside its area, the allocation up to the partner's, else the cost."""
        if self._shortfall[index] > 0 and y <= self._shortfall[index]:
            return "shortfall_gw"
        _, partner_top = self.click_targets.figures[0]
        return "partner_gw" if y <= partner_top[index] else "demand_gw"

    def show_projection(self, projection: Projection) -> None:
        """Set the curves and the hover readout from projection."""
        xs = period_times(projection)
        own = projection.column("own_used_gw")
        partner = projection.column("partner_gw")
        others = projection.column("others_gw")
        shortfall = projection.column("shortfall_gw")
        self.set_data(self.areas["own_used_gw"], xs, own)
        self.set_data(self.areas["partner_gw"], xs, own + partner)
        total = own + partner + others
        self.set_data(self.areas["others_gw"], xs, total)
        self.fit(xs, [total, shortfall])
        self.set_data(self.shortfall, xs, shortfall)
        self._shortfall = shortfall
        figures = [("partner_gw", own + partner), ("demand_gw", total)]
        self.click_targets = ClickTargets(xs, projection.grid.labels, figures)
        cloud = projection.contract.parties.partner_cloud
        self.name_curve(self.areas["partner_gw"], cloud)
        peak = float(np.max(shortfall)) if len(shortfall) else 0.0
        shortfall_name = self.tr("API shortfall") if peak > 0 else self.tr("API shortfall (none)")
        self.name_curve(self.shortfall, shortfall_name)
        self.readout.set_series(
            xs,
            projection.grid.labels,
            [
                Series(self.tr("Own capacity"), OWN, own, gw_format),
                Series(cloud, PARTNER, partner, gw_format),
                Series(self.tr("Other clouds"), OTHERS, others, gw_format),
                Series(self.tr("API shortfall"), SHORTFALL, shortfall, gw_format),
            ],
        )
