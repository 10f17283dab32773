import numpy as np

from core.edits.workspace import CellChange
from gui.views.charts.charts_view import ChartsView
from gui.views.compare_view import CompareView
from gui.views.key_figures_view import KeyFiguresView


def test_cards_use_party_names_and_show_change(qtbot, session):
    view = KeyFiguresView(session)
    qtbot.addWidget(view)
    card = view.cards["revenue_share_total"]
    assert card.title_label.text() == "Revenue share paid to Microsoft, 2025–2035"
    assert card.detail_label.text().startswith("NPV $")
    assert card.change_label.text() == ""
    session.set_values([CellChange("revenue_base", None, 2.0)])
    qtbot.waitUntil(lambda: view.cards["lab_revenue_final_year"].change_label.text() != "")
    assert view.cards["lab_revenue_final_year"].change_label.text().startswith("−$")


def test_hover_readout_reports_exact_values(qtbot, session):
    view = ChartsView(session)
    qtbot.addWidget(view)
    chart = view.charts["revenue"]
    xs, ys = chart.curves["revenue"].getData()
    text = chart.readout.text_at(xs[2] + 0.1)
    assert "<b>2027</b>" in text
    assert f"${ys[2]:,.1f}B" in text


def test_agi_chart_marks_determination_and_threshold(qtbot, session):
    view = ChartsView(session)
    qtbot.addWidget(view)
    chart = view.charts["agi"]
    assert list(chart.threshold.getData()[1]) == [100.0, 100.0]
    period = session.projection.key_figures["agi_determination_period"]
    assert period is not None
    year, quarter = str(period).split("Q")
    assert f"Q{quarter} {year}" in chart.legend.getLabel(chart.determination).text
    x = chart.determination.getData()[0][0]
    assert chart.readout.text_at(x).startswith(f"<b>{period}</b>")


def test_compute_chart_stacks_sources(qtbot, session):
    view = ChartsView(session)
    qtbot.addWidget(view)
    chart = view.charts["compute"]
    table = session.projection.table
    _, top = chart.areas["others_gw"].getData()
    assert np.allclose(top, table["demand_gw"].to_numpy())


def test_hidden_charts_do_no_work_until_shown(qtbot, session):
    view = ChartsView(session)
    qtbot.addWidget(view)
    curve = view.charts["revenue"].curves["revenue"]
    _, before = curve.getData()
    session.set_values([CellChange("revenue_base", None, 50.0)])
    qtbot.waitUntil(lambda: session.projection.assumptions["revenue_base"] == ((0, 50.0),))
    _, still = curve.getData()
    assert np.array_equal(before, still)
    view.show()
    qtbot.waitExposed(view)
    _, after = curve.getData()
    assert after[0] == 50.0


def test_compare_view_lists_figures_and_differing_inputs(qtbot, session):
    view = CompareView(session)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    table = view.figures_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Base", "Bull", "Δ Bull vs Base"]
    view.second_box.setCurrentText("Bull")
    rows = [view.inputs_table.item(0, c).text() for c in range(4)]
    assert rows[0].startswith("OpenAI revenue in the first year")
    assert rows[2:] == ["13.07", "20"]


def test_nice_ceiling_rounds_axis_ends_up():
    from gui.views.charts.chart import nice_ceiling

    assert nice_ceiling(0.0) == 0.0
    assert nice_ceiling(635.4) == 800.0
    assert nice_ceiling(92.0) == 100.0
    assert nice_ceiling(100.0) == 100.0
    assert nice_ceiling(0.23) == 0.25
