import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from gui.views.charts.chart import Chart


def _click_chart(qtbot, chart: Chart, x: float, y: float) -> None:
    """A real left click on the chart at data point (x, y)."""
    scene = chart.getPlotItem().getViewBox().mapViewToScene(QPointF(x, y))
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=chart.mapFromScene(scene))


def _explain(main_window):
    return main_window.contract_docks.explain


def test_a_click_on_cumulative_payments_explains_the_revenue_share_then(qtbot, main_window):
    chart = main_window.charts_view.charts["payments"]
    grid = main_window.session.projection.grid
    t = grid.index_of("2027Q3")
    xs, cumulative = chart.curves["revenue_share"].getData()
    with qtbot.waitSignal(main_window.charts_view.point_clicked) as blocker:
        _click_chart(qtbot, chart, xs[t] + 0.05, cumulative[t])
    assert blocker.args == ["revenue_share", "2027Q3"]
    explain = _explain(main_window)
    assert (explain.figure, explain.period) == ("revenue_share", "2027Q3")
    assert explain.text().startswith("2027Q3")
    assert main_window.contract_docks.docks["explain"].isVisible()


def test_a_yearly_point_explains_the_years_last_period(qtbot, main_window):
    chart = main_window.charts_view.charts["revenue"]
    years, profit = chart.curves["profit"].getData()
    others = [c.getData()[1] for name, c in chart.curves.items() if name != "profit"]
    # The year where profit stands furthest from every other curve, so the click is its.
    index = max(range(len(years)), key=lambda i: min(abs(profit[i] - o[i]) for o in others))
    year = int(years[index])
    _click_chart(qtbot, chart, year + 0.1, profit[index])
    explain = _explain(main_window)
    assert (explain.figure, explain.period) == ("profit", f"{year}Q4")


def test_the_nearest_curve_decides_the_figure(qtbot, main_window):
    chart = main_window.charts_view.charts["revenue"]
    years, revenue = chart.curves["revenue"].getData()
    assert chart.target_at(years[-1], revenue[-1]) == ("revenue", "2035Q4")
    _, received = chart.curves["reverse_revenue_share"].getData()
    _, profit = chart.curves["profit"].getData()
    if abs(received[0] - profit[0]) > 1.0:
        assert chart.target_at(years[0], received[0])[0] == "reverse_revenue_share"


def test_compute_areas_explain_allocation_and_demand(qtbot, main_window):
    chart = main_window.charts_view.charts["compute"]
    table = main_window.session.projection.table
    t = 12
    own, partner = table["own_used_gw"].iloc[t], table["partner_gw"].iloc[t]
    total = own + partner + table["others_gw"].iloc[t]
    x = chart.areas["own_used_gw"].getData()[0][t]
    period = main_window.session.projection.grid.labels[t]
    assert chart.target_at(x, own + partner / 2) == ("partner_gw", period)
    assert chart.target_at(x, (own + partner + total) / 2) == ("demand_gw", period)
    _click_chart(qtbot, chart, x, own + partner / 2)
    assert (_explain(main_window).figure, _explain(main_window).period) == ("partner_gw", period)


def test_agi_clicks_explain_the_measure_in_a_tested_period(qtbot, main_window):
    chart = main_window.charts_view.charts["agi"]
    xs, values = chart.measure.getData()
    assert np.all(np.isfinite(values))
    _click_chart(qtbot, chart, xs[5], values[5])
    explain = _explain(main_window)
    assert explain.figure == "agi_measure"
    assert explain.period == main_window.session.projection.grid.labels[5]


def test_a_click_outside_the_plot_explains_nothing(qtbot, main_window):
    chart = main_window.charts_view.charts["payments"]
    with qtbot.assertNotEmitted(chart.point_clicked):
        assert not chart.click_scene_position(QPointF(-50, -50))


def test_a_card_click_explains_its_key_figure(qtbot, main_window):
    view = main_window.figures_view
    card = view.cards["agi_determination_period"]
    with qtbot.waitSignal(view.card_clicked) as blocker:
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert blocker.args == ["agi_determination_period"]
    explain = _explain(main_window)
    period = main_window.session.projection.key_figures["agi_determination_period"]
    assert (explain.figure, explain.period) == ("agi_measure", period)
    assert main_window.contract_docks.docks["explain"].isVisible()


def test_a_click_on_a_cards_value_explains_too(qtbot, main_window):
    card = main_window.figures_view.cards["revenue_share_total"]
    qtbot.mouseClick(card.value_label, Qt.MouseButton.LeftButton)
    assert _explain(main_window).total == "revenue_share_total"


def test_a_total_card_explains_the_whole_horizon(qtbot, main_window):
    session = main_window.session
    card = main_window.figures_view.cards["revenue_share_total"]
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    explain = _explain(main_window)
    total = session.projection.key_figures["revenue_share_total"]
    text = explain.text()
    years = session.years
    assert f"{years[0]}–{years[-1]}" in text
    assert explain.explanation.value == pytest.approx(total)
    assert "by year:" in text
    explain.show_explanation("profit", "2027Q1")  # choosing a period leaves the total
    assert explain.total is None


def test_a_click_on_the_revenue_curve_explains_revenue(qtbot, main_window):
    chart = main_window.charts_view.charts["revenue"]
    years, revenue = chart.curves["revenue"].getData()
    index = list(years).index(2029.0)
    _click_chart(qtbot, chart, 2029.0, revenue[index])
    explain = _explain(main_window)
    assert explain.figure == "revenue"
    assert "2029 revenue" in explain.text()
    assert "growth over the year before" in explain.text()


def test_cards_without_an_explanation_are_not_clickable(qtbot, main_window):
    view = main_window.figures_view
    card = view.cards["lab_revenue_final_year"]
    assert card.cursor().shape() != Qt.CursorShape.PointingHandCursor
    assert view.cards["revenue_share_total"].cursor().shape() == Qt.CursorShape.PointingHandCursor
    assert view.cards["revenue_share_total"].toolTip().endswith("Click to explain")
    with qtbot.assertNotEmitted(view.card_clicked):
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)


def test_enter_on_a_focused_card_explains_it(qtbot, main_window):
    view = main_window.figures_view
    card = view.cards["profit_share_total"]
    with qtbot.waitSignal(view.card_clicked):
        qtbot.keyClick(card, Qt.Key.Key_Return)
    assert _explain(main_window).total == "profit_share_total"


def test_the_hover_readout_stays_inside_the_plot_and_hides_on_leave(qtbot, main_window):
    chart = main_window.charts_view.charts["payments"]
    box = chart.getPlotItem().getViewBox()
    inside = box.sceneBoundingRect()
    readout = chart.readout
    for x in (2025.2, 2030.0, 2035.7):
        readout._on_mouse_moved(box.mapViewToScene(QPointF(x, 10.0)))
        shown = readout.label.sceneBoundingRect()
        assert readout.label.isVisible()
        assert inside.left() - 0.5 <= shown.left()
        assert shown.right() <= inside.right() + 0.5
    assert "Click to explain" in readout.text_at(2030.0)
    qtbot.mouseMove(chart.viewport(), chart.viewport().rect().center())
    qtbot.mouseMove(main_window.figures_view)
    qtbot.waitUntil(lambda: not readout.label.isVisible())
