"""An edit does only the work its change needs, and every view still shows the new values."""

import numpy as np
import pytest

from gui.views.assumption_model import AssumptionModel
from gui.views.charts.chart import column


def _row(model: AssumptionModel, name: str) -> int:
    return next(i for i, r in enumerate(model.rows) if r.spec and r.spec.name == name)


def _edit(qtbot, main_window, name: str, value: str) -> None:
    model = main_window.assumptions_panel.model
    with qtbot.waitSignal(main_window.session.projection_changed):
        model.setData(model.index(_row(model, name), 0), value)


def test_chart_columns_are_the_tables_columns(session):
    projection = session.projection
    for name in ("revenue", "profit", "agi_measure", "own_used_gw", "revenue_share"):
        expected = projection.table[name].to_numpy(dtype=np.float64)
        assert np.array_equal(column(projection, name), expected, equal_nan=True)
    clause = next(c for c in projection.table.columns if c.startswith("payment:"))
    assert np.array_equal(column(projection, clause), projection.table[clause].to_numpy())


def test_an_edit_draws_the_charts_without_building_the_table(qtbot, main_window):
    _edit(qtbot, main_window, "revenue_base", "20")
    projection = main_window.session.projection
    assert "table" not in projection.__dict__  # the pandas frame was never built
    _, revenue = main_window.charts_view.charts["revenue"].curves["revenue"].getData()
    first_year = projection.arrays.columns["revenue"][0][: projection.grid.n].sum()
    assert revenue[0] == pytest.approx(first_year, rel=1e-12)
