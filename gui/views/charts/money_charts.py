"""Money charts: the lab's revenue and profit with the partner's payments; cumulative payments."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from core.contract import Contract, ProfitShare, RevenueShare
from core.present.palette import SERIES
from core.projection import Projection
from gui.language import QT_TRANSLATE_NOOP
from gui.views.charts.chart import (
    STRAIGHT_LINE,
    Chart,
    ClickTargets,
    money_format,
    period_times,
)
from gui.views.charts.hover import FloatArray, Series

REVENUE, PROFIT, PAID, RECEIVED = (SERIES[k] for k in ("revenue", "profit", "paid", "received"))
CUMULATIVE_SHARE, CUMULATIVE_PROFIT_SHARE, CAP = (
    SERIES[k] for k in ("cumulative_share", "cumulative_profit_share", "cap")
)


def annual(projection: Projection, name: str) -> FloatArray:
    """A per-period flow summed by calendar year."""
    grid = projection.grid
    return projection.column(name).reshape(grid.year_count, grid.n).sum(axis=1)


def year_end_periods(projection: Projection) -> list[str]:
    """Each year's last period label (``2029Q4``): what a click on a yearly point explains."""
    grid = projection.grid
    return [str(label) for label in np.reshape(grid.labels, (grid.year_count, grid.n))[:, -1]]


class RevenueChart(Chart):
    """The lab's annual revenue and profit, with what it pays and receives under the deal.

    A click explains the revenue share from the revenue line, the profit from the profit line,
    and from the paid line whichever of revenue or profit share was larger that year.
    """

    title = QT_TRANSLATE_NOOP("Chart", "Revenue, profit and payments per year")
    unit = QT_TRANSLATE_NOOP("Chart", "$B")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.curves = {
            "revenue": self.curve(self.tr("Revenue"), REVENUE),
            "profit": self.curve(self.tr("Profit"), PROFIT),
            "partner_received": self.curve(self.tr("Paid to partner"), PAID),
            "reverse_revenue_share": self.curve(self.tr("Received from partner"), RECEIVED, 1.5),
        }
        self.zero_line = self.getPlotItem().plot(pen=pg.mkPen("#999"), **STRAIGHT_LINE)

    def show_projection(self, projection: Projection) -> None:
        """Set the curves and the hover readout from projection."""
        parties = projection.contract.parties
        names = {
            "revenue": self.tr("{lab} revenue").format(lab=parties.lab),
            "profit": self.tr("{lab} profit").format(lab=parties.lab),
            "partner_received": self.tr("Paid to {partner}").format(partner=parties.partner),
            "reverse_revenue_share": self.tr("Received from {partner}").format(
                partner=parties.partner
            ),
        }
        years = np.array(list(projection.grid.years), dtype=np.float64)
        colours = (REVENUE, PROFIT, PAID, RECEIVED)
        series = []
        for (key, curve), colour in zip(self.curves.items(), colours, strict=True):
            values = annual(projection, key)
            self.set_data(curve, years, values)
            self.name_curve(curve, names[key])
            series.append(Series(names[key], colour, values, money_format))
        self.readout.set_series(years, [str(int(y)) for y in years], series)
        self.click_targets = self._targets(projection, years, series)
        self.fit(years, [s.values for s in series])
        self.set_data(self.zero_line, [years[0], years[-1]], [0.0, 0.0])

    def _targets(
        self, projection: Projection, years: FloatArray, series: list[Series]
    ) -> ClickTargets:
        revenue, profit, paid, received = (s.values for s in series)
        # The paid line explains through whichever share made most of it that year.
        by_revenue = annual(projection, "revenue_share") >= annual(projection, "profit_share")
        figures = [
            ("revenue", revenue),
            ("profit", profit),
            ("revenue_share", np.where(by_revenue, paid, np.nan)),
            ("profit_share", np.where(by_revenue, np.nan, paid)),
            ("reverse_revenue_share", received),
        ]
        return ClickTargets(years, year_end_periods(projection), figures)


class PaymentsChart(Chart):
    """Cumulative revenue-share and profit-share payments against any caps in the contract.

    A click explains the revenue share or the profit share, whichever line is nearer.
    """

    title = QT_TRANSLATE_NOOP("Chart", "Cumulative payments against caps")
    unit = QT_TRANSLATE_NOOP("Chart", "$B")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.curves = {
            "revenue_share": self.curve(self.tr("Revenue share"), CUMULATIVE_SHARE),
            "profit_share": self.curve(self.tr("Profit share"), CUMULATIVE_PROFIT_SHARE),
        }
        self.cap_lines: list[tuple[pg.PlotDataItem, float]] = []
        self._contract: Contract | None = None

    def show_projection(self, projection: Projection) -> None:
        """Set the curves and the hover readout from projection."""
        xs = period_times(projection)
        series = []
        for key, colour, name in (
            ("revenue_share", CUMULATIVE_SHARE, self.tr("Revenue share paid")),
            ("profit_share", CUMULATIVE_PROFIT_SHARE, self.tr("Profit share paid")),
        ):
            values = np.cumsum(projection.column(key))
            self.set_data(self.curves[key], xs, values)
            # Short names keep the legend clear of the curves; the title names the partner.
            self.name_curve(self.curves[key], name)
            series.append(Series(name, colour, values, money_format))
        self.readout.set_series(xs, projection.grid.labels, series)
        figures = [("revenue_share", series[0].values), ("profit_share", series[1].values)]
        self.click_targets = ClickTargets(xs, projection.grid.labels, figures)
        if projection.contract is not self._contract:
            self._show_caps(projection.contract)
        self.fit(xs, [s.values for s in series], [value for _, value in self.cap_lines])
        for line, value in self.cap_lines:
            self.set_data(line, [xs[0], xs[-1]], [value, value])

    def _show_caps(self, contract: Contract) -> None:
        self._contract = contract
        title = self.tr("Cumulative payments to {partner} against caps").format(
            partner=contract.parties.partner
        )
        self.set_title(title)
        for line, _ in self.cap_lines:
            self.remove_curve(line)
        self.cap_lines = [
            (self.marker(f"{self.tr(text)} {money_format(value)}", CAP), value)
            for text, value in caps(contract)
        ]


def caps(contract: Contract) -> list[tuple[str, float]]:
    """(label, $B) of every revenue-share cap and every closed last profit-share tier."""
    found: list[tuple[str, float]] = []
    for clause in contract.clauses:
        if isinstance(clause, RevenueShare) and clause.cap_total is not None:
            found.append(
                (QT_TRANSLATE_NOOP("PaymentsChart", "Revenue-share cap"), clause.cap_total)
            )
        if isinstance(clause, ProfitShare) and clause.tiers[-1].until_total is not None:
            found.append(
                (
                    QT_TRANSLATE_NOOP("PaymentsChart", "Profit-share cap"),
                    clause.tiers[-1].until_total,
                )
            )
    return found
