"""Uncertainty per assumption: the grid's Uncertainty column and its dialog, undoable."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from core.workspace import Normal, Triangular, Uniform

GROWTH = Triangular(dist="triangular", low=0.6, mode=1.0, high=1.25)


def _row(window, name):
    model = window.assumptions_panel.model
    return next(i for i, r in enumerate(model.rows) if r.spec and r.spec.name == name)


def _cell(window, name):
    model = window.assumptions_panel.model
    return model.index(_row(window, name), model.uncertainty_column)


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def _choose(dialog, kind, apply="factor", **values):
    dialog.dist_box.setCurrentIndex(dialog.dist_box.findData(kind))
    dialog.apply_box.setCurrentIndex(dialog.apply_box.findData(apply))
    for name, value in values.items():
        dialog.fields[name].setValue(value)


def test_the_grid_has_an_uncertainty_column(main_window):
    model = main_window.assumptions_panel.model
    table = main_window.assumptions_panel.table
    column = model.uncertainty_column
    assert column == len(main_window.session.years)
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Uncertainty"
    assert table.columnSpan(_row(main_window, "revenue_base"), 0) == column  # scalars: years only
    assert _cell(main_window, "revenue_growth").data() == ""
    assert model.cell(_row(main_window, "revenue_growth"), column) is None


def test_set_an_uncertainty_in_the_dialog_then_undo(qtbot, main_window):
    session, panel = main_window.session, main_window.assumptions_panel
    dialog = panel.edit_uncertainty(_row(main_window, "revenue_growth"))
    qtbot.waitExposed(dialog)
    assert dialog.kind == "none"
    _choose(dialog, "triangular", low=0.6, mode=1.0, high=1.25)
    assert "P10 to P90: ×0.761 to ×1.12" in dialog.preview_label.text()
    _ok(dialog).click()
    assert session.scenario.uncertainty["revenue_growth"] == GROWTH
    assert _cell(main_window, "revenue_growth").data() == "triangular ×0.6–1.25"
    assert session.undo_stack.undoText().startswith("Set uncertainty of Revenue growth")
    session.undo_stack.undo()
    assert "revenue_growth" not in session.scenario.uncertainty
    assert _cell(main_window, "revenue_growth").data() == ""
    assert panel.uncertainty_dialog is None


@pytest.mark.parametrize(
    ("kind", "values", "message"),
    [
        ("triangular", {"low": 1.2, "mode": 1.0, "high": 1.3}, "Low <= mode <= high is required"),
        ("uniform", {"low": 1.2, "high": 0.8}, "High must be >= low"),
        ("normal", {"mean": 1.0, "sd": -0.1}, "Standard deviation: Input should be greater"),
        ("lognormal", {"median": 0.0, "sigma": 0.2}, "Median: Input should be greater than 0"),
    ],
)
def test_invalid_parameters_show_the_rule_and_block_ok(qtbot, main_window, kind, values, message):
    dialog = main_window.assumptions_panel.edit_uncertainty(_row(main_window, "revenue_growth"))
    _choose(dialog, kind, **values)
    assert dialog.problem is not None
    assert dialog.problem.startswith(message)
    assert dialog.problem_label.text() == dialog.problem
    assert not _ok(dialog).isEnabled()
    dialog.reject()
    assert main_window.session.scenario.uncertainty == {}


def test_a_shift_on_a_percentage_is_typed_in_points(qtbot, main_window):
    session = main_window.session
    dialog = main_window.assumptions_panel.edit_uncertainty(_row(main_window, "api_revenue_share"))
    _choose(dialog, "uniform", "shift", low=-5.0, high=5.0)
    _ok(dialog).click()
    stored = session.scenario.uncertainty["api_revenue_share"]
    assert stored == Uniform(dist="uniform", low=-0.05, high=0.05, apply="shift")
    assert _cell(main_window, "api_revenue_share").data() == "uniform \u22125 to +5 pts"


def test_the_dialog_starts_from_the_current_uncertainty_and_none_removes_it(qtbot, main_window):
    session = main_window.session
    session.set_uncertainty("revenue_growth", Normal(dist="normal", mean=1.0, sd=0.1))
    dialog = main_window.assumptions_panel.edit_uncertainty(_row(main_window, "revenue_growth"))
    assert (dialog.kind, dialog.apply) == ("normal", "factor")
    assert dialog.fields["sd"].value() == pytest.approx(0.1)
    _choose(dialog, "none")
    assert dialog.value is None
    _ok(dialog).click()
    assert session.scenario.uncertainty == {}
    assert session.undo_stack.undoText().startswith("Remove uncertainty of")


def test_cancel_changes_nothing(qtbot, main_window):
    session = main_window.session
    before = session.workspace
    dialog = main_window.assumptions_panel.edit_uncertainty(_row(main_window, "revenue_growth"))
    _choose(dialog, "uniform", low=0.5, high=1.5)
    dialog.reject()
    assert session.workspace is before


def test_double_click_and_the_row_action_open_the_dialog(qtbot, main_window):
    panel = main_window.assumptions_panel
    index = _cell(main_window, "compute_growth")
    panel.table.doubleClicked.emit(index)
    assert panel.uncertainty_dialog is not None
    assert panel.uncertainty_dialog.spec.name == "compute_growth"
    panel.uncertainty_dialog.reject()
    panel.table.setCurrentIndex(panel.model.index(_row(main_window, "discount_rate"), 0))
    panel.uncertainty_action.trigger()
    assert panel.uncertainty_dialog.spec.name == "discount_rate"
    panel.uncertainty_dialog.reject()
