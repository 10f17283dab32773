"""The four charts of the current scenario in a grid; hidden charts wait until shown."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice, Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from core.actuals import actuals_for
from core.errors import DealscopeError
from core.projection import Projection
from gui.change import Change
from gui.session import Session
from gui.views.charts.actual_marks import ActualMarks, compute_marks, yearly_marks
from gui.views.charts.agi_chart import AgiChart
from gui.views.charts.chart import Chart
from gui.views.charts.compute_chart import ComputeChart
from gui.views.charts.money_charts import PaymentsChart, RevenueChart
from gui.views.visibility import WhenShown

EXPORT_SUFFIXES = (".png", ".svg")


class ChartsView(QWidget):
    """Shows session.projection as four charts; redraws on projection_changed when visible.

    A click on a chart emits `point_clicked(figure, period)` (see `Chart.point_clicked`).
    """

    point_clicked = Signal(str, str)  # figure (a key of core.explain.FIGURES), period label
    _marked: tuple[object, object] | None = None  # the contract and periods the marks are for

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.charts: dict[str, Chart] = {
            "revenue": RevenueChart(self),
            "compute": ComputeChart(self),
            "agi": AgiChart(self),
            "payments": PaymentsChart(self),
        }
        layout = QGridLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(4)
        for index, chart in enumerate(self.charts.values()):
            layout.addWidget(chart, index // 2, index % 2)
            chart.point_clicked.connect(self.point_clicked)
        self.actual_marks = {
            "revenue": ActualMarks(self.charts["revenue"]),
            "compute": ActualMarks(self.charts["compute"]),
        }
        self._when_shown = WhenShown(self, self._draw_current, stale=False)
        session.changed.connect(self._on_changed)
        self._draw(session.projection)

    def _on_changed(self, change: Change) -> None:
        if change.projection:
            self._when_shown.request()

    def _draw_current(self) -> None:
        self._draw(self._session.projection)

    def _draw(self, projection: Projection) -> None:
        for chart in self.charts.values():
            chart.show_projection(projection)
        self._draw_actuals(projection)

    def _draw_actuals(self, projection: Projection) -> None:
        """Mark the deal's reported figures on the revenue and compute charts.

        The marks depend on the contract and the periods only, not on the assumptions: an
        edit of an assumption leaves them as they are.
        """
        marked = (projection.contract, projection.grid)
        if (
            self._marked is not None
            and marked[0] is self._marked[0]
            and marked[1] == self._marked[1]
        ):
            return
        self._marked = marked
        try:
            actuals = actuals_for(projection.contract)
        except DealscopeError:
            actuals = None  # the Backtest view reports an unreadable actuals reference
        if actuals is None:
            for marks in self.actual_marks.values():
                marks.set_marks(())
            return
        self.actual_marks["revenue"].set_marks(yearly_marks(projection, actuals))
        self.actual_marks["compute"].set_marks(compute_marks(projection, actuals))

    def render_chart(self, key: str, suffix: str) -> bytes:
        """Chart `key` as the bytes of a PNG or SVG file (by `suffix`), drawn up to date."""
        suffix = suffix.lower()
        if suffix not in EXPORT_SUFFIXES:
            raise ValueError(
                f"export to {', '.join(EXPORT_SUFFIXES)}, not {suffix or 'no suffix'}"
            )
        # The exporters (and the XML library the SVG one needs) load with the first export.
        import pyqtgraph.exporters as pg_exporters

        self._when_shown.refresh_if_stale()
        item = self.charts[key].getPlotItem()
        if suffix == ".svg":
            data = pg_exporters.SVGExporter(item).export(toBytes=True)
            return bytes(data) if data else b""
        image = pg_exporters.ImageExporter(item).export(toBytes=True)
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if image is None or image.isNull() or not image.save(buffer, "PNG"):
            return b""
        return bytes(buffer.data().data())
