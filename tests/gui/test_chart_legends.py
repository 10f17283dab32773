"""Chart legends sit outside the plotted area, so they never cover data."""

from PySide6.QtWidgets import QApplication


def test_no_chart_legend_overlaps_its_plot_area(main_window):
    QApplication.processEvents()
    for key, chart in main_window.charts_view.charts.items():
        box = chart.getPlotItem().getViewBox().sceneBoundingRect()
        legend = chart.legend.sceneBoundingRect()
        assert legend.height() > 0, key
        assert not legend.intersects(box), key
        assert legend.top() >= box.bottom(), key
