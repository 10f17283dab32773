"""The Backtest tab beside Compare, and reported figures marked on the charts."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QDockWidget

from core.actuals import bundled_actuals
from gui.views.backtest_view import COLUMNS, BacktestView


def _row_of(view: BacktestView, figure: str, first: str, last: str) -> int:
    assert view.result is not None
    for index, row in enumerate(view.result.rows):
        if (row.figure, row.first, row.last) == (figure, first, last):
            return index
    raise AssertionError(f"no row {figure} {first}-{last}")


def test_backtest_tab_sits_with_compare_and_lists_every_actual(qtbot, main_window, session):
    dock = main_window.findChild(QDockWidget, "backtest_dock")
    assert dock in main_window.tabifiedDockWidgets(main_window.docks["compare"])
    dock.show()
    dock.raise_()
    view = dock.widget()
    assert isinstance(view, BacktestView)
    qtbot.waitUntil(lambda: view.result is not None)
    table = view.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert tuple(headers) == COLUMNS
    assert table.rowCount() == len(bundled_actuals()["microsoft-openai"].actuals)
    # The 2025 revenue row holds the projection's own 2025 revenue, and the ratio to 13.07.
    revenue = session.projection.table
    model_2025 = float(np.sum(revenue.loc[revenue["year"] == 2025, "revenue"]))
    r = _row_of(view, "lab_revenue", "2025", "2025")
    assert table.item(r, 0).text() == "OpenAI revenue"
    assert table.item(r, 2).text() == "$13.07B"
    assert table.item(r, 3).text() == f"${model_2025:,.2f}B"
    assert table.item(r, 4).text() == f"{model_2025 / 13.07:.2f}"
    site = table.item(r, 5)
    # The first source's site and how many more; the whole addresses in the tooltip.
    assert site.text() == "promptgenius.net +1"
    assert site.toolTip() == (
        "https://promptgenius.net/blog/openai-leaked-financials-2026\n"
        "https://bizage.jp/en/articles/openai-2025-financials-news"
    )
    assert table.item(r, 6).text() == "reported"
    # 2023 is before the horizon: listed, not comparable, with the reason on hover.
    early = _row_of(view, "lab_revenue", "2023", "2023")
    assert table.item(early, 3).text() == "not comparable"
    assert table.item(early, 3).toolTip() == "outside the horizon (2025Q1-2035Q4)"
    assert "Median |ln(model / reported)|" in view.summary.text()


def test_backtest_follows_the_current_scenario(qtbot, main_window, session):
    dock = main_window.findChild(QDockWidget, "backtest_dock")
    dock.show()
    dock.raise_()
    view = dock.widget()
    qtbot.waitUntil(lambda: view.result is not None)
    r = _row_of(view, "lab_revenue", "2025", "2025")
    session.set_current("Bull")  # revenue_base 20 in 2025
    qtbot.waitUntil(lambda: view.table.item(r, 3).text() == "$20.00B")
    assert "Scenario Bull" in view.summary.text()


def test_reported_figures_are_marked_on_the_charts_with_their_sources(main_window):
    marks = main_window.charts_view.actual_marks
    compute = marks["compute"].marks
    # Only 2025 of the compute actuals lies in the 2025-2035 horizon: its last quarter.
    assert [(m.x, m.y) for m in compute] == [(2025.75, 1.9)]
    assert compute[0].tip.startswith("Reported OpenAI compute (GW), 2025: 1.90 GW (official)")
    assert "https://openai.com/" in compute[0].tip
    yearly = sorted((m.x, m.y) for m in marks["revenue"].marks)
    assert yearly == [(2025.0, -20.92), (2025.0, 13.07)]
    scatter = marks["revenue"].scatter
    assert len(scatter.data) == 2
    assert "promptgenius.net" in scatter.opts["tip"](2025.0, 13.07, marks["revenue"].marks[0].tip)
