"""Deal terms in the Analysis dock: tornado bars per term, goal seek on a term."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from core.analysis import NoSolution, Solution
from core.terms import term_label
from core.workspace import Uniform
from gui.views.terms_model import VALUE_COLUMN
from tests.gui.windows import solve, tornado

# The test contract's numeric terms, in the contract's order: the revenue share's rate and
# cap, the profit share's tier rate and bound, the AGI threshold and verification lag.
TERMS = [
    "rs.rate",
    "rs.cap_total",
    "ps.tiers[0].rate",
    "ps.tiers[0].until_total",
    "agi.threshold",
    "agi.verification_lag_quarters",
]


def _termstornado(qtbot, dock):
    panel = tornado(qtbot, dock)
    before = dock.analysis.result("sensitivity")
    panel.terms_box.click()
    qtbot.waitUntil(lambda: dock.analysis.result("sensitivity") is not before, timeout=10_000)
    qtbot.waitUntil(lambda: dock.analysis.is_current("sensitivity"), timeout=10_000)
    return panel


def test_include_deal_terms_adds_a_bar_per_term_named_in_words(qtbot, dock, main_window):
    panel = tornado(qtbot, dock)
    assert not panel.terms_box.isChecked()
    assert not any(row.term for row in dock.analysis.result("sensitivity").rows)
    panel = _termstornado(qtbot, dock)
    result = dock.analysis.result("sensitivity")
    terms = [row.assumption for row in result.rows if row.term]
    assert sorted(terms) == sorted(TERMS)
    chain = main_window.session.chain
    names = [
        " ".join(panel.table.item(i, 0).text().split()) for i in range(panel.table.rowCount())
    ]
    assert "Cap of Revenue share" in names
    assert "Tier 1 rate of Profit share" in names
    assert not any("rs.cap_total" in name for name in names)
    ticks = [text for _, text in panel.chart.getPlotItem().getAxis("left")._tickLevels[0]]
    drawn_terms = [row.assumption for row in panel.chart.rows if row.term]
    assert {term_label(chain, key) for key in drawn_terms} <= set(ticks)
    cap = next(row for row in result.rows if row.assumption == "rs.cap_total")
    assert (cap.low.value, cap.high.value) == (0.8, 1.2)


def test_the_terms_choice_is_stored_for_the_brief_and_undone(qtbot, dock, main_window):
    session = main_window.session
    panel = tornado(qtbot, dock)
    panel.brief_box.click()
    assert session.scenario.analysis.sensitivity.include_terms is False
    panel.terms_box.click()
    assert session.scenario.analysis.sensitivity.include_terms is True
    assert session.scenario.analysis.sensitivity.figure == "partner_net_npv"
    session.undo_stack.undo()  # the tornado's edits merge into the one "include" step
    assert session.scenario.analysis is None
    session.undo_stack.redo()
    session.set_current("Bull")
    assert not panel.brief_box.isChecked()
    session.set_current("Base")
    assert panel.brief_box.isChecked()
    assert panel.terms_box.isChecked()


def test_the_tornado_uses_the_scenarios_terms(qtbot, dock, main_window):
    session = main_window.session
    assert session.set_terms({"rs.cap_total": 10.0})
    _termstornado(qtbot, dock)
    cap = next(
        r for r in dock.analysis.result("sensitivity").rows if r.assumption == "rs.cap_total"
    )
    assert cap.swing > 0  # a $10B cap binds: 8 and 12 pay different totals


def test_goal_seek_lists_the_deals_numeric_terms(qtbot, dock, main_window):
    dock.show_goal_seek()
    panel = dock.view.goalseek
    panel.lever_box.setCurrentIndex(panel.lever_box.findData("term"))
    assert panel.term_box.isVisible()
    assert not panel.assumption_box.isVisible()
    keys = [panel.term_box.itemData(i) for i in range(panel.term_box.count())]
    assert keys == TERMS
    assert panel.term_box.itemText(1) == "Cap of Revenue share (now $60B)"
    main_window.session.set_terms({"rs.cap_total": 50.0})
    assert panel.term_box.itemText(1) == "Cap of Revenue share (now $50B)"
    assert panel.term is not None


def test_goal_seek_on_a_cap_applies_the_scenarios_term_and_undo_restores(qtbot, dock, main_window):
    session = main_window.session
    before = session.projection.key_figures["revenue_share_total"]
    assert before > 30.0
    # The share paid is the lesser of the uncapped total and the cap, so a $30B total needs
    # a $30B cap.
    panel = solve(qtbot, dock, "revenue_share_total", ("term", "rs.cap_total"), 30.0)
    goal = dock.analysis.result("goal")
    assert isinstance(goal, Solution)
    assert goal.value == pytest.approx(30.0, abs=1e-4)
    assert "Cap of Revenue share</b> to <b>$30B</b>" in panel.answer_label.text()
    panel.apply_button.click()
    assert session.scenario.terms["rs.cap_total"] == pytest.approx(30.0, abs=1e-4)
    assert session.projection.key_figures["revenue_share_total"] == pytest.approx(30.0, abs=1e-4)
    assert session.undo_stack.undoText() == "Goal seek: Cap of Revenue share"
    session.undo_stack.undo()
    assert session.scenario.terms == {}
    assert session.projection.key_figures["revenue_share_total"] == before


def test_goal_seek_on_a_term_without_a_solution_says_so(qtbot, dock):
    # No cap lifts the total above what the uncapped share pays.
    panel = solve(qtbot, dock, "revenue_share_total", ("term", "rs.cap_total"), 1e6)
    goal = dock.analysis.result("goal")
    assert isinstance(goal, NoSolution)
    text = panel.answer_label.text()
    assert "No solution within bounds" in text
    assert "allowed Cap of Revenue share ($0B to $1,000,000B)" in text
    assert not panel.apply_button.isEnabled()


def _terms_row(main_window, key):
    return main_window.assumptions_panel.terms.model.row_of(key)


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_a_deal_terms_uncertainty_is_set_in_the_editor_and_undone(qtbot, main_window):
    session = main_window.session
    terms = main_window.assumptions_panel.terms
    dialog = terms.edit_uncertainty(_terms_row(main_window, "rs.rate"))
    assert dialog.windowTitle() == "Uncertainty of Rate of Revenue share"
    assert dialog.apply_box.itemText(1) == "Shift added to the term (pts)"
    dialog.dist_box.setCurrentIndex(dialog.dist_box.findData("triangular"))
    dialog.apply_box.setCurrentIndex(dialog.apply_box.findData("shift"))
    for name, value in (("low", -5.0), ("mode", 0.0), ("high", 5.0)):
        dialog.fields[name].setValue(value)
    assert _ok(dialog).isEnabled()
    assert "the term in every version" in dialog.preview_label.text()
    _ok(dialog).click()
    dist = session.scenario.uncertainty["rs.rate"]
    # Five points either side of the 20 % rate: a shift of -0.05 to +0.05 in the model.
    assert (dist.dist, dist.apply) == ("triangular", "shift")
    assert (dist.low, dist.mode, dist.high) == pytest.approx((-0.05, 0.0, 0.05))
    assert session.undo_stack.undoText() == "Set uncertainty of Rate of Revenue share"
    index = terms.model.index(_terms_row(main_window, "rs.rate"), VALUE_COLUMN)
    assert "Uncertain: triangular \u22125 to +5 pts" in index.data(Qt.ItemDataRole.ToolTipRole)
    session.undo_stack.undo()
    assert "rs.rate" not in session.scenario.uncertainty


def test_a_date_or_an_open_term_cannot_be_uncertain(main_window):
    terms = main_window.assumptions_panel.terms
    assert terms.edit_uncertainty(_terms_row(main_window, "rs.end")) is None
    assert terms.can_be_uncertain(_terms_row(main_window, "rs.cap_total"))


def test_monte_carlo_and_the_tornado_use_a_terms_uncertainty(qtbot, dock, main_window):
    session = main_window.session
    spread = Uniform(dist="uniform", apply="shift", low=-0.1, high=0.1)
    session.set_uncertainty("rs.rate", spread)
    dock.analysis.run_monte_carlo(400, 3)
    qtbot.waitUntil(lambda: dock.analysis.is_current("montecarlo"), timeout=20_000)
    simulation = dock.analysis.result("montecarlo")
    assert list(simulation.uncertainty) == ["rs.rate"]
    panel = _termstornado(qtbot, dock)
    rate = next(r for r in dock.analysis.result("sensitivity").rows if r.assumption == "rs.rate")
    # P10 and P90 of a uniform from -0.1 to +0.1: -0.08 and +0.08.
    assert (rate.low.source, rate.high.source) == ("p10", "p90")
    assert (rate.low.value, rate.high.value) == pytest.approx((-0.08, 0.08))
    assert "Rate of Revenue share" in [
        " ".join(panel.table.item(i, 0).text().split()) for i in range(panel.table.rowCount())
    ]
