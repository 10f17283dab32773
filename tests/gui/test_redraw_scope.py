"""An edit redraws what it changed: the typed cell, the series that moved; the cards stay put."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from gui.views.assumption_model import AssumptionModel
from gui.views.cell_delegate import CellDelegate, CellEditor
from gui.views.charts.chart import Chart


def _row(model: AssumptionModel, name: str) -> int:
    return next(i for i, r in enumerate(model.rows) if r.spec and r.spec.name == name)


def _settle(qtbot) -> None:
    qtbot.wait(50)


def _count_calls(monkeypatch: pytest.MonkeyPatch, target: object, name: str) -> list[tuple]:
    """Record each call of `target.name` (its arguments), still calling it."""
    calls: list[tuple] = []
    original = getattr(target, name)

    def counting(*args, **kwargs):
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(target, name, counting)
    return calls


def test_a_typed_value_repaints_its_cell_not_the_whole_grid(qtbot, main_window):
    main_window.resize(1440, 900)
    main_window.docks["assumptions"].raise_()
    panel = main_window.assumptions_panel
    table, model = panel.table, panel.model
    _settle(qtbot)
    painted: list[tuple[int, int]] = []

    class Counting(CellDelegate):
        def paint(self, painter, option, index):
            painted.append((index.row(), index.column()))
            super().paint(painter, option, index)

    delegate = Counting(model, table)
    table.setItemDelegate(delegate)
    table.viewport().repaint()
    everything = set(painted)
    row = _row(model, "revenue_base")
    index = model.index(row, 0)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.indexWidget(index)
    assert isinstance(editor, CellEditor)
    editor.clear()
    qtbot.keyClicks(editor, "13.5")
    _settle(qtbot)
    painted.clear()
    with qtbot.waitSignal(main_window.session.projection_changed):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.indexWidget(index) is None)
    _settle(qtbot)
    assert index.data() == "13.5"
    assert (row, 0) in painted  # the new value is drawn
    assert table.hasFocus()  # the focus came back to the grid
    # Before, the focus coming back from the editor repainted every visible cell.
    assert len(everything) > 20
    assert {r for r, _ in painted} <= {row - 1, row, row + 1}


def test_an_edit_sets_only_the_series_that_changed(qtbot, main_window, monkeypatch):
    charts = main_window.charts_view.charts
    revenue, payments = charts["revenue"], charts["payments"]
    cap_line, cap = payments.cap_lines[0]
    revenue_calls = _count_calls(monkeypatch, revenue.curves["revenue"], "setData")
    zero_calls = _count_calls(monkeypatch, revenue.zero_line, "setData")
    cap_calls = _count_calls(monkeypatch, cap_line, "setData")
    _, before = revenue.curves["revenue"].getData()
    model = main_window.assumptions_panel.model
    with qtbot.waitSignal(main_window.session.projection_changed):
        model.setData(model.index(_row(model, "revenue_base"), 0), "20")
    _, after = revenue.curves["revenue"].getData()
    assert after[0] == pytest.approx(before[0] * 20 / 13.07, rel=1e-9)
    assert len(revenue_calls) == 1
    # The zero line and the revenue-share cap stay where they were: not set again.
    assert zero_calls == []
    assert cap_calls == []
    _, y = cap_line.getData()
    assert list(y) == [cap, cap]


def test_fit_sets_the_range_only_when_it_changes(qtbot, main_window, monkeypatch):
    chart: Chart = main_window.charts_view.charts["payments"]
    box = chart.getPlotItem().getViewBox()
    calls = _count_calls(monkeypatch, box, "setRange")
    xs = np.array([2025.0, 2026.0, 2027.0])
    assert chart.fit(xs, [np.array([1.0, 2.0, 7.2])]) == (0.0, 8.0)
    assert chart.fit(xs, [np.array([1.0, 2.0, 7.9])]) == (0.0, 8.0)  # same nice ends
    assert len(calls) == 1
    assert chart.fit(xs, [np.array([1.0, 2.0, 8.5])]) == (0.0, 10.0)
    assert len(calls) == 2
    (low, high) = box.viewRange()[1]
    assert low < 0.0 < 10.0 < high  # 4 % padding around 0..10


def test_set_data_shows_new_points_and_keeps_nan_gaps(qtbot, main_window):
    chart: Chart = main_window.charts_view.charts["agi"]
    curve = chart.measure
    chart.set_data(curve, [1.0, 2.0, 3.0], [1.0, np.nan, 3.0])
    chart.set_data(curve, [1.0, 2.0, 3.0], [1.0, np.nan, 3.0])
    x, y = curve.getData()
    assert list(x) == [1.0, 2.0, 3.0]
    assert np.isnan(y[1])
    chart.set_data(curve, [1.0, 2.0], [4.0, 5.0])
    x, y = curve.getData()
    assert list(x) == [1.0, 2.0]
    assert list(y) == [4.0, 5.0]


def test_the_cards_body_keeps_its_height_through_edits(qtbot, main_window):
    view = main_window.figures_view
    body = view.widget()
    model = main_window.assumptions_panel.model
    row = _row(model, "revenue_base")
    heights = set()
    for value in ("13.5", "27.25", "8.125", "19"):
        with qtbot.waitSignal(main_window.session.projection_changed):
            model.setData(model.index(row, 0), value)
        _settle(qtbot)
        heights.add(body.height())
    assert len(heights) == 1
    # The body is as tall as its cards at its width, not taller.
    assert body.height() == max(view.viewport().height(), body.heightForWidth(body.width()))


def test_cards_show_the_change_in_its_colour_and_the_value_in_the_tooltip(qtbot, main_window):
    from PySide6.QtGui import QPalette

    from gui.theme import colour

    card = main_window.figures_view.cards["lab_revenue_final_year"]
    model = main_window.assumptions_panel.model
    with qtbot.waitSignal(main_window.session.projection_changed):
        model.setData(model.index(_row(model, "revenue_base"), 0), "20")
    shown = card.change_label.palette().color(QPalette.ColorRole.WindowText)
    assert shown == colour("changed_text")
    assert card.value_label.text() in card.toolTip()
    card.set_clickable(True)
    assert card.toolTip().endswith("Click to explain")
    card.set_clickable(False)
    assert not card.toolTip().endswith("Click to explain")
    assert card.value_label.text() in card.toolTip()


def test_goal_seek_relists_the_terms_only_when_they_change(qtbot, main_window):
    panel = main_window.analysis_dock.view.goalseek
    box = panel.term_box
    relisted: list[int] = []
    box.model().rowsRemoved.connect(lambda *_: relisted.append(1))
    model = main_window.assumptions_panel.model
    with qtbot.waitSignal(main_window.session.projection_changed):
        model.setData(model.index(_row(model, "revenue_base"), 0), "20")
    assert relisted == []  # an assumption edit leaves the deal's terms as they were
    main_window.session.set_terms({"rs.cap_total": 50.0})
    assert relisted
    assert box.itemText(1) == "Cap of Revenue share (now $50B)"
