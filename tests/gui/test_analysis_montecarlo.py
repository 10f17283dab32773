"""Monte Carlo in the Analysis dock: run, progress, cancel, outdated results, brief settings."""

import io

import pytest
from PySide6.QtCore import QTimer

from core.edits.workspace import CellChange
from core.present.format import money as money_text
from core.workspace import Triangular

GROWTH = Triangular(dist="triangular", low=0.6, mode=1.0, high=1.25)


@pytest.fixture
def dock(main_window):
    main_window.session.set_uncertainty("revenue_growth", GROWTH)
    dock = main_window.analysis_dock
    dock.show_tab("montecarlo")
    return dock


def _run(qtbot, dock, draws, seed=3):
    panel = dock.view.montecarlo
    panel.draws_box.setValue(draws)
    panel.seed_box.setValue(seed)
    dock.run_monte_carlo()
    return panel


def test_a_run_draws_fan_charts_without_editing_the_document(qtbot, dock, main_window):
    session = main_window.session
    undo_steps, modified = session.undo_stack.count(), session.is_modified
    panel = _run(qtbot, dock, 2000)
    qtbot.waitUntil(lambda: panel.results.simulation is not None, timeout=20_000)
    simulation = panel.results.simulation
    assert simulation.draws == 2000
    periods = len(session.projection.grid.labels)
    for chart in panel.results.fans.values():
        xs, _ = chart.p50.getData()
        assert len(xs) == periods
        assert len(chart.p10.getData()[1]) == periods
    years, shares = panel.results.probability.curve.getData()
    assert len(years) == len(session.years)
    assert 0.0 <= shares.min() <= shares.max() <= 100.0
    assert panel.results.table.rowCount() == 0  # the Key figures page draws once opened
    panel.results.setCurrentIndex(1)
    assert panel.results.table.rowCount() == len(simulation.key_figures)
    assert panel.results.selected_figure() == "partner_net_npv"
    bars = panel.results.histogram.bars.opts
    assert len(bars["x0"]) == 30
    panel.results.table.selectRow(0)  # AGI determination: a period, binned by year
    assert "AGI determination" in panel.results.histogram.getPlotItem().titleLabel.text
    assert "2,000 draws" in panel.status_label.text()
    assert session.scenario.analysis is None  # running is not an edit
    assert not panel.brief_box.isChecked()
    assert session.undo_stack.count() == undo_steps
    assert session.is_modified == modified
    panel.brief_box.click()  # the user's explicit choice, one undo step
    stored = session.scenario.analysis.montecarlo
    assert (stored.draws, stored.seed) == (2000, 3)
    assert session.undo_stack.count() == undo_steps + 1
    session.undo_stack.undo()
    assert session.scenario.analysis is None
    assert not panel.brief_box.isChecked()


def test_a_run_with_other_settings_keeps_the_briefs_stored_run(qtbot, dock, main_window):
    session = main_window.session
    panel = dock.view.montecarlo
    panel.draws_box.setValue(3000)
    panel.brief_box.click()
    panel = _run(qtbot, dock, 1500, seed=8)
    qtbot.waitUntil(lambda: panel.results.simulation is not None, timeout=20_000)
    stored = session.scenario.analysis.montecarlo
    assert (stored.draws, stored.seed) == (3000, 0)
    assert "The brief keeps its own run (3,000 draws, seed 0)" in panel.status_label.text()


def test_progress_is_shown_and_the_run_button_waits(qtbot, dock):
    panel = _run(qtbot, dock, 5000)
    assert not panel.run_button.isEnabled()
    assert panel.cancel_button.isEnabled()
    assert not dock.run_action.isEnabled()
    qtbot.waitUntil(lambda: panel.run_button.isEnabled(), timeout=20_000)
    assert panel.progress_bar.value() == panel.progress_bar.maximum() == 5000
    assert not panel.cancel_button.isEnabled()


def test_cancel_stops_a_long_run_and_the_gui_stays_responsive(qtbot, dock, main_window):
    analysis = dock.analysis
    panel = _run(qtbot, dock, 1_000_000)
    qtbot.waitUntil(lambda: panel.progress_bar.value() > 0, timeout=20_000)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    qtbot.wait(400)  # the GUI thread keeps serving events while the draws run
    timer.stop()
    assert len(ticks) >= 5
    assert analysis.running
    panel.cancel_button.click()
    qtbot.waitUntil(lambda: not analysis.running, timeout=10_000)
    assert panel.status_label.text().startswith("Cancelled after")
    assert panel.progress_bar.value() < 1_000_000
    assert analysis.result("montecarlo") is None
    assert main_window.session.workspace.scenario("Base").analysis is None


def test_a_result_for_an_outdated_scenario_is_dropped(qtbot, dock, main_window):
    session, analysis = main_window.session, dock.analysis
    panel = _run(qtbot, dock, 20_000)
    session.set_values([CellChange("revenue_base", None, 21.0)])
    qtbot.waitUntil(lambda: not analysis.running, timeout=20_000)
    assert analysis.result("montecarlo") is None
    assert panel.results.simulation is None
    assert panel.status_label.text().startswith("Dropped")
    assert session.scenario.analysis is None


def test_an_edit_after_a_run_marks_it_out_of_date(qtbot, dock, main_window):
    session, analysis = main_window.session, dock.analysis
    panel = _run(qtbot, dock, 1000)
    qtbot.waitUntil(lambda: analysis.result("montecarlo") is not None, timeout=20_000)
    assert analysis.is_current("montecarlo")
    session.set_values([CellChange("revenue_base", None, 21.0)])
    assert not analysis.is_current("montecarlo")
    assert panel.status_label.text().startswith("Out of date")
    session.undo_stack.undo()
    assert analysis.is_current("montecarlo")  # the same inputs again


def test_the_same_seed_gives_the_same_result(qtbot, dock):
    analysis = dock.analysis
    _run(qtbot, dock, 1500, seed=9)
    qtbot.waitUntil(lambda: analysis.result("montecarlo") is not None, timeout=20_000)
    first = analysis.result("montecarlo")
    _run(qtbot, dock, 1500, seed=9)
    qtbot.waitUntil(lambda: analysis.result("montecarlo") is not first, timeout=20_000)
    assert analysis.result("montecarlo").percentiles == first.percentiles


def test_include_in_brief_stores_and_removes_the_settings(qtbot, dock, main_window):
    session = main_window.session
    panel = dock.view.montecarlo
    panel.draws_box.setValue(4000)
    panel.brief_box.click()
    assert session.scenario.analysis.montecarlo.draws == 4000
    panel.brief_box.click()
    assert session.scenario.analysis is None


def test_switching_scenarios_shows_their_stored_settings(qtbot, dock, main_window):
    session = main_window.session
    panel = dock.view.montecarlo
    panel.draws_box.setValue(4000)
    panel.seed_box.setValue(5)
    panel.brief_box.click()
    session.set_current("Bull")
    assert (panel.draws_box.value(), panel.seed_box.value()) == (10_000, 0)
    assert not panel.brief_box.isChecked()
    assert "No assumption of Bull is uncertain" in panel.sampled_label.text()
    session.set_current("Base")
    assert (panel.draws_box.value(), panel.seed_box.value()) == (4000, 5)
    assert "Revenue growth (triangular ×0.6–1.25)" in panel.sampled_label.text()


def test_a_brief_of_the_workspace_repeats_the_run(qtbot, dock, main_window):
    pypdf = pytest.importorskip("pypdf")
    from core.report import brief_bytes

    session = main_window.session
    panel = _run(qtbot, dock, 800, seed=4)
    qtbot.waitUntil(lambda: dock.analysis.result("montecarlo") is not None, timeout=20_000)
    panel.brief_box.click()
    simulation = dock.analysis.result("montecarlo")
    data = brief_bytes(session.workspace, session.contract, sections={"analyses"})
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    assert "Monte Carlo under Base" in text
    assert "800 draws, seed 4" in text
    p50 = simulation.key_figures["partner_net_npv"].p50
    assert money_text(p50) in text  # the same numbers as in the app, in the brief's style


def test_an_edit_cancels_a_long_run(qtbot, dock, main_window):
    session, analysis = main_window.session, dock.analysis
    panel = _run(qtbot, dock, 1_000_000)
    qtbot.waitUntil(lambda: panel.progress_bar.value() > 0, timeout=20_000)
    session.set_values([CellChange("revenue_base", None, 21.0)])
    qtbot.waitUntil(lambda: not analysis.running, timeout=10_000)
    assert panel.progress_bar.value() < 1_000_000  # stopped, not run to the end
    assert panel.status_label.text().startswith("Dropped")
    assert analysis.result("montecarlo") is None
    assert panel.run_button.isEnabled()
