"""The Sensitivity and Goal Seek tabs of the Analysis dock, and the dock's place and menu."""

import pytest

from core.analysis import NoSolution, Solution
from core.edits.workspace import CellChange
from core.workspace import Triangular
from tests.gui.windows import solve, tornado


def test_the_dock_is_a_tab_of_the_bottom_group_with_a_menu(dock, main_window):
    assert dock.dock in main_window.tabifiedDockWidgets(
        main_window.contract_docks.docks["timeline"]
    )
    titles = [a.text() for a in main_window.menuBar().actions()]
    assert titles.index("&Analysis") == titles.index("&Help") - 1
    assert dock.dock.toggleViewAction().shortcut().toString() == "Ctrl+9"


def test_tornado_bars_are_ordered_by_swing_and_labelled_with_units(qtbot, dock, main_window):
    panel = tornado(qtbot, dock)
    result = dock.analysis.result("sensitivity")
    assert result.figure == "partner_net_npv"
    swings = [row.swing for row in panel.chart.rows]
    assert swings == sorted(swings, reverse=True)
    assert len(swings) > 3
    ys = panel.chart.high_bars.opts["y"]
    assert list(ys) == sorted(ys, reverse=True)  # the largest swing on top
    ticks = panel.chart.getPlotItem().getAxis("left")._tickLevels[0]
    assert ticks[0][1].endswith(")")  # "Revenue growth (%)"
    assert "Microsoft" in panel.chart.getPlotItem().titleLabel.text
    assert panel.table.rowCount() == len(result.rows)
    assert panel.table.item(0, 3).text().startswith("$")
    assert panel.table.item(0, 1).text().endswith("(×0.8)")


def test_changing_the_figure_recomputes(qtbot, dock):
    panel = tornado(qtbot, dock)
    panel.figure_box.setCurrentIndex(panel.figure_box.findData("revenue_share_total"))
    qtbot.waitUntil(
        lambda: dock.analysis.result("sensitivity").figure == "revenue_share_total",
        timeout=10_000,
    )


def test_a_hidden_tornado_does_no_work_until_shown(qtbot, dock, main_window):
    main_window.contract_docks.docks["timeline"].raise_()
    qtbot.wait(20)
    main_window.session.set_values([CellChange("revenue_base", None, 21.0)])
    qtbot.wait(300)
    assert not dock.analysis.is_pending("sensitivity")
    assert dock.analysis.result("sensitivity") is None
    tornado(qtbot, dock)


def test_an_edit_refreshes_a_visible_tornado(qtbot, dock, main_window):
    panel = tornado(qtbot, dock)
    before = dock.analysis.result("sensitivity")
    main_window.session.set_uncertainty(
        "revenue_growth", Triangular(dist="triangular", low=0.5, mode=1.0, high=1.5)
    )
    assert not dock.analysis.is_current("sensitivity")
    qtbot.waitUntil(lambda: dock.analysis.result("sensitivity") is not before, timeout=10_000)
    growth = next(
        r for r in dock.analysis.result("sensitivity").rows if r.assumption == "revenue_growth"
    )
    assert growth.low.source == "p10"
    assert panel.status_label.text() == ""


def test_include_in_brief_stores_the_tornado_figure_and_undo_removes_it(qtbot, dock, main_window):
    session = main_window.session
    panel = tornado(qtbot, dock)
    panel.brief_box.click()
    assert session.scenario.analysis.sensitivity.figure == "partner_net_npv"
    panel.figure_box.setCurrentIndex(panel.figure_box.findData("profit_share_total"))
    assert session.scenario.analysis.sensitivity.figure == "profit_share_total"
    session.undo_stack.undo()  # the figure edits merge into the one "include" step
    assert session.scenario.analysis is None
    assert not panel.brief_box.isChecked()


def test_goal_seek_apply_sets_a_scalar_and_undo_restores_it(qtbot, dock, main_window):
    session = main_window.session
    before = session.projection.key_figures["partner_net_npv"]
    target = round(before + 25.0, 2)
    panel = solve(qtbot, dock, "partner_net_npv", ("assumption", "revenue_base"), target)
    goal = dock.analysis.result("goal")
    assert isinstance(goal, Solution)
    assert "Set <b>" in panel.answer_label.text()
    assert panel.apply_button.isEnabled()
    panel.apply_button.click()
    assert session.scenario.resolved()["revenue_base"] == ((0, goal.value),)
    assert session.projection.key_figures["partner_net_npv"] == pytest.approx(target, abs=1e-6)
    assert not panel.apply_button.isEnabled()
    assert session.undo_stack.undoText() == "Goal seek"
    session.undo_stack.undo()
    assert session.projection.key_figures["partner_net_npv"] == before


def test_goal_seek_apply_scales_a_path(qtbot, dock, main_window):
    session = main_window.session
    path = session.scenario.resolved()["revenue_growth"]
    before = session.projection.key_figures["partner_net_npv"]
    panel = solve(
        qtbot, dock, "partner_net_npv", ("assumption", "revenue_growth"), round(before - 20.0, 2)
    )
    goal = dock.analysis.result("goal")
    assert goal.solve == "factor"
    panel.apply_button.click()
    assert session.scenario.resolved()["revenue_growth"] == tuple(
        (year, value * goal.value) for year, value in path
    )
    session.undo_stack.undo()
    assert session.scenario.resolved()["revenue_growth"] == path


def test_goal_seek_without_a_solution_says_so(qtbot, dock):
    panel = solve(qtbot, dock, "partner_net_npv", ("assumption", "discount_rate"), 1e6)
    assert isinstance(dock.analysis.result("goal"), NoSolution)
    assert "No solution within bounds" in panel.answer_label.text()
    assert not panel.apply_button.isEnabled()


def test_an_outdated_answer_cannot_be_applied(qtbot, dock, main_window):
    session = main_window.session
    before = session.projection.key_figures["partner_net_npv"]
    panel = solve(
        qtbot, dock, "partner_net_npv", ("assumption", "revenue_base"), round(before + 10, 2)
    )
    session.set_values([CellChange("discount_rate", None, 0.12)])
    assert not panel.apply_button.isEnabled()
    assert not dock.analysis.apply_goal()


def test_an_answer_for_an_outdated_scenario_is_dropped(qtbot, dock, main_window):
    dock.show_goal_seek()
    panel = dock.view.goalseek
    panel.solve_button.click()
    main_window.session.set_values([CellChange("discount_rate", None, 0.12)])
    qtbot.waitUntil(lambda: not dock.analysis.is_pending("goal"), timeout=10_000)
    assert dock.analysis.result("goal") is None
    assert panel.answer_label.text().startswith("No answer")
    assert not panel.apply_button.isEnabled()
