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


def test_a_long_title_breaks_to_fit_a_narrow_plot_instead_of_pushing_it_out(qtbot):
    from gui.views.analysis.plots import AnalysisPlot

    plot = AnalysisPlot("AGI clause effective, by year end of every draw")
    qtbot.addWidget(plot)
    plot.resize(200, 180)
    plot.show()
    qtbot.waitExposed(plot)
    QApplication.processEvents()
    assert "<br>" in plot.getPlotItem().titleLabel.text
    item = plot.getPlotItem()
    qtbot.waitUntil(lambda: item.sceneBoundingRect().width() <= plot.width() + 1, timeout=3000)
    plot.resize(900, 180)
    QApplication.processEvents()
    assert "<br>" not in plot.getPlotItem().titleLabel.text
