"""The Deal terms section: editing the April 2026 cap moves cards and charts; undo restores."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from core.errors import ValidationError
from core.loading import workspace_from_text
from gui.main_window import MainWindow
from gui.theme import colour
from gui.views.terms_model import VALUE_COLUMN
from tests.gui.windows import NEWEST, session_of

CAP_KEY = "revenue-share.cap_total"


@pytest.fixture
def bundled_window(newest_window: MainWindow) -> MainWindow:
    return newest_window


def _cap_index(window: MainWindow):
    model = window.assumptions_panel.terms.model
    return model.index(model.row_of(CAP_KEY), VALUE_COLUMN)


def _card(window: MainWindow, name: str) -> str:
    return window.figures_view.cards[name].value_label.text()


def test_the_section_lists_the_contracts_numeric_terms_with_the_contracts_values(
    bundled_window,
):
    model = bundled_window.assumptions_panel.terms.model
    keys = [f.key for f in model.fields]
    assert keys[:2] == ["azure-commitment.amount", "azure-commitment.start"]
    assert {CAP_KEY, "revenue-share.rate", "equity-stake.share", "agi.threshold"} <= set(keys)
    assert "capacity-build.start" not in keys  # no numeric term: not a lever
    index = _cap_index(bundled_window)
    assert index.data() == "38"
    assert index.siblingAtColumn(1).data() == "cap"
    assert index.siblingAtColumn(3).data() == "$B"
    greyed = colour("cell_unused_text").name()
    assert index.data(Qt.ItemDataRole.ForegroundRole).color().name() == greyed


def test_editing_the_cap_to_50_moves_cards_and_charts_and_undo_restores_38(qtbot, bundled_window):
    session = session_of(bundled_window)
    before = session.projection.key_figures["revenue_share_total"]
    # The cap binds under Base: the lab pays exactly the $38B cap before 2030 ends.
    assert before == pytest.approx(38.0)
    card_before = _card(bundled_window, "revenue_share_total")
    payments = bundled_window.charts_view.charts["payments"]
    curve_before = np.array(payments.curves["revenue_share"].getData()[1])
    assert curve_before.max() == pytest.approx(38.0)

    bundled_window.docks["assumptions"].raise_()
    view = bundled_window.assumptions_panel.terms.table
    view.setCurrentIndex(_cap_index(bundled_window))
    view.edit(_cap_index(bundled_window))
    editor = view.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor.text() == "38"
    editor.selectAll()
    qtbot.keyClicks(editor, "50")
    with qtbot.waitSignal(session.projection_changed, timeout=2000):
        qtbot.keyClick(editor, Qt.Key.Key_Return)

    assert session.scenario.terms == {CAP_KEY: 50.0}
    assert session.projection.key_figures["revenue_share_total"] == pytest.approx(50.0)
    assert _card(bundled_window, "revenue_share_total") != card_before
    assert "50" in _card(bundled_window, "revenue_share_total")
    curve_after = np.array(payments.curves["revenue_share"].getData()[1])
    assert curve_after.max() == pytest.approx(50.0)
    assert [value for _, value in payments.cap_lines] == [50.0]
    assert _cap_index(bundled_window).data() == "50"
    assert session.undo_stack.count() == 1  # one undo step

    with qtbot.waitSignal(session.projection_changed, timeout=2000):
        session.undo_stack.undo()
    assert session.scenario.terms == {}
    assert session.projection.key_figures["revenue_share_total"] == pytest.approx(38.0)
    assert _card(bundled_window, "revenue_share_total") == card_before
    assert np.array(payments.curves["revenue_share"].getData()[1]).max() == pytest.approx(38.0)
    assert _cap_index(bundled_window).data() == "38"


def test_a_term_out_of_bounds_is_refused_with_the_loaders_message(bundled_window):
    session = session_of(bundled_window)
    model = bundled_window.assumptions_panel.terms.model
    rate = model.index(model.row_of("revenue-share.rate"), VALUE_COLUMN)
    errors: list[str] = []
    session.error_raised.connect(errors.append)

    assert not model.setData(rate, "150")

    assert session.scenario.terms == {}
    assert session.undo_stack.count() == 0
    # The same words as the loader's for a workspace file holding that term.
    text = json.dumps(
        {
            "format": "dealscope-workspace/1",
            "contract": NEWEST,
            "scenarios": [{"name": "Base", "terms": {"revenue-share.rate": 1.5}}],
        }
    )
    with pytest.raises(ValidationError) as raised:
        workspace_from_text(text, "w.json")
    (problem,) = raised.value.problems
    assert errors == [f"{problem.path}: found {problem.found}; allowed: {problem.allowed}"]
    assert "less than or equal to 1" in errors[0]
    assert rate.data(Qt.ItemDataRole.ToolTipRole).startswith("Refused: ")


def test_delete_resets_a_term_to_the_contracts_value_in_one_undo_step(qtbot, bundled_window):
    session = session_of(bundled_window)
    terms = bundled_window.assumptions_panel.terms
    assert session.set_terms({CAP_KEY: 50.0, "revenue-share.rate": 0.15})
    bundled_window.docks["assumptions"].raise_()
    terms.table.setCurrentIndex(_cap_index(bundled_window))
    terms.table.setFocus()

    qtbot.keyClick(terms.table, Qt.Key.Key_Delete)

    assert session.scenario.terms == {"revenue-share.rate": 0.15}
    assert _cap_index(bundled_window).data() == "38"
    session.undo_stack.undo()
    assert session.scenario.terms == {CAP_KEY: 50.0, "revenue-share.rate": 0.15}


def test_compare_lists_differing_terms_next_to_assumptions(qtbot, bundled_window):
    session = session_of(bundled_window)
    assert session.set_terms({CAP_KEY: 50.0})
    compare = bundled_window.compare_view
    bundled_window.docks["compare"].raise_()
    compare.first_box.setCurrentText("Base")
    compare.second_box.setCurrentText("Bear")
    compare.refresh()

    table = compare.inputs_table
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    title = session.contract.clause("revenue-share").title
    assert [f"Deal term: {title}: cap ($B)", "", "50", "38"] in rows
