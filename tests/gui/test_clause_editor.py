"""The clause editor (scenario terms and contract variants) and File > Export Contract."""

from __future__ import annotations

import pytest

from core.contract_yaml import contract_to_yaml
from core.errors import ValidationError
from core.files import bundled_contracts, contract_from_text, load_contract, load_workspace
from gui.main_window import MainWindow
from tests.gui.windows import NEWEST, session_of


@pytest.fixture
def window(newest_window: MainWindow) -> MainWindow:
    return newest_window


def _editor(window: MainWindow, clause_id: str):
    inspector = window.contract_docks.inspector
    window.contract_docks.show_clause(clause_id)
    inspector.edit_button.click()
    assert inspector.editing
    return inspector.editor


def test_edit_mode_shows_the_clauses_terms_with_units_and_bounds(window):
    editor = _editor(window, "revenue-share")
    cap = editor.term_edits["revenue-share.cap_total"]
    assert cap.text() == "38"
    assert "Allowed: 0 to 1,000,000 $B, or empty for none" in cap.toolTip()
    assert editor.term_edits["revenue-share.rate"].text() == "20"
    assert editor.scenario_choice.isChecked()
    assert not editor.title_edit.isEnabled()  # words change only in a variant
    assert editor.tiers_table.isHidden()


def test_for_this_scenario_sets_the_scenarios_terms_in_one_undo_step(qtbot, window):
    session = session_of(window)
    editor = _editor(window, "revenue-share")
    editor.term_edits["revenue-share.cap_total"].setText("50")
    editor.term_edits["revenue-share.rate"].setText("15%")

    with qtbot.waitSignal(session.projection_changed, timeout=2000):
        editor.apply_button.click()

    assert session.scenario.terms == {"revenue-share.cap_total": 50.0, "revenue-share.rate": 0.15}
    assert session.workspace.scenario("Bear").terms == {}
    assert session.contract == bundled_contracts()[NEWEST]
    assert session.undo_stack.count() == 1
    inspector = window.contract_docks.inspector
    editor.done_button.click()
    assert not inspector.editing
    assert "Scenario Base sets: rate 15%, cap 50 $B" in inspector.text()
    session.undo_stack.undo()
    assert session.scenario.terms == {}


def test_a_refused_term_keeps_everything_and_says_why(window):
    session = session_of(window)
    editor = _editor(window, "agi")
    editor.term_edits["agi.verification_lag_quarters"].setText("2.5")

    assert not editor.apply()

    assert "not a whole number" in editor.problem_label.text()
    assert session.undo_stack.count() == 0


def test_a_variant_edit_embeds_an_edited_contract_for_every_scenario(qtbot, window):
    session = session_of(window)
    bundled = bundled_contracts()[NEWEST]
    editor = _editor(window, "revenue-share")
    editor.variant_choice.setChecked(True)
    assert editor.title_edit.isEnabled()
    editor.term_edits["revenue-share.cap_total"].setText("50")
    editor.title_edit.setText("Revenue share, capped at $50B")
    editor.sources_edit.setText("lds-cap-2026, https://example.com/cap-memo")

    with qtbot.waitSignal(session.projection_changed, timeout=2000):
        assert editor.apply()

    variant = session.contract
    assert variant.id == f"{NEWEST}-edited"
    assert variant.supersedes == NEWEST
    assert variant.title == bundled.title + " (edited)"
    clause = variant.clause("revenue-share")
    assert clause.cap_total == 50.0
    assert clause.title == "Revenue share, capped at $50B"
    assert clause.confidence == "assumed"  # an edited clause, the user said nothing else
    assert clause.sources == ("lds-cap-2026", "added-1")
    assert variant.source("added-1").url == "https://example.com/cap-memo"
    assert session.workspace.contract == variant  # embedded
    for name in ("Base", "Bear"):
        assert session.projection_of(name).key_figures["revenue_share_total"] == 50.0
    assert session.undo_stack.count() == 1

    session.undo_stack.undo()
    assert session.contract == bundled
    assert session.workspace.contract == NEWEST
    assert session.projection.key_figures["revenue_share_total"] == 38.0


def test_worded_terms_change_in_a_variant_from_the_registrys_words(qtbot, window):
    session = session_of(window)
    editor = _editor(window, "capacity-build")
    purpose = editor.choices.boxes["purpose"]
    assert not purpose.isEnabled()  # scenario terms are numbers only
    assert purpose.currentText() == "any purpose"
    before = session.projection.key_figures["partner_cloud_revenue_total"]
    editor.variant_choice.setChecked(True)
    purpose = editor.choices.boxes["purpose"]
    assert [purpose.itemText(i) for i in range(purpose.count())] == [
        "research and training only",
        "any purpose",
    ]
    purpose.setCurrentIndex(purpose.findData("training"))

    with qtbot.waitSignal(session.projection_changed, timeout=2000):
        assert editor.apply()

    clause = session.contract.clause("capacity-build")
    assert clause.purpose == "training"
    assert clause.confidence == "assumed"
    # Capacity the lab builds now serves training only: more compute goes to the partner.
    assert session.projection.key_figures["partner_cloud_revenue_total"] > before


def test_the_clauses_the_agi_clause_ends_are_edited_by_id_and_checked(window):
    session = session_of(window)
    editor = _editor(window, "agi")
    editor.variant_choice.setChecked(True)
    ends = editor.choices.lists["ends"]
    assert ends.text() == "ip-research"
    ends.setText("ip-research, no-such-clause")

    assert not editor.apply()
    assert "ends: found unknown ids ['no-such-clause']" in editor.problem_label.text()

    editor.choices.lists["ends"].setText("ip-research, ip-models")
    assert editor.apply()
    assert session.contract.clause("agi").ends == ("ip-research", "ip-models")


def test_a_variant_keeps_the_confidence_the_user_chose(window):
    session = session_of(window)
    editor = _editor(window, "revenue-share")
    editor.variant_choice.setChecked(True)
    editor.term_edits["revenue-share.rate"].setText("18")
    editor.confidence_box.setCurrentText("reported")
    editor.confidence_box.activated.emit(1)

    assert editor.apply()

    assert session.contract.clause("revenue-share").confidence == "reported"
    assert session.contract.clause("revenue-share").rate == pytest.approx(0.18)


def test_a_variant_edit_out_of_bounds_is_refused_with_the_loaders_message(window):
    session = session_of(window)
    editor = _editor(window, "revenue-share")
    editor.variant_choice.setChecked(True)
    editor.term_edits["revenue-share.rate"].setText("150")

    assert not editor.apply()

    # The loader's words for the same contract file.
    bundled = bundled_contracts()[NEWEST]
    edited = contract_to_yaml(bundled).replace("  rate: 0.2\n", "  rate: 1.5\n")
    with pytest.raises(ValidationError) as raised:
        contract_from_text(edited)
    problem = raised.value.problems[0]
    expected = f"{problem.path}: found {problem.found}; allowed: {problem.allowed}"
    assert editor.problem_label.text() == expected
    assert problem.path.endswith(".rate")
    assert session.contract == bundled_contracts()[NEWEST]
    assert session.undo_stack.count() == 0


def test_clauses_are_added_and_removed_in_the_variant_and_references_are_kept(window):
    session = session_of(window)
    editor = _editor(window, "revenue-share")
    editor.variant_choice.setChecked(True)
    editor.kind_box.setCurrentIndex(editor.kind_box.findData("profit_share"))

    assert editor.add_clause()

    added = session.contract.clause("profit-share")
    assert added.confidence == "assumed"
    assert editor.clause_id == "profit-share"
    assert window.contract_docks.inspector.clause_id == "profit-share"
    assert not editor.tiers_table.isHidden()
    editor.add_tier_button.click()
    editor.tiers_table.item(0, 1).setText("20")
    editor.tiers_table.item(1, 0).setText("10")
    assert editor.apply()
    tiers = session.contract.clause("profit-share").tiers
    assert [(t.rate, t.until_total) for t in tiers] == [(0.2, 20.0), (0.1, None)]

    # The AGI clause ends the research licence: removing it is refused, with the reason.
    window.contract_docks.show_clause("ip-research")
    assert not editor.remove_clause()
    assert "ends" in editor.problem_label.text()
    window.contract_docks.show_clause("equity-stake")
    assert editor.remove_clause()
    assert "equity-stake" not in {c.id for c in session.contract.clauses}
    assert not window.contract_docks.inspector.editing
    session.undo_stack.undo()
    assert "equity-stake" in {c.id for c in session.contract.clauses}


def test_a_variant_that_would_break_a_scenarios_term_is_refused(window):
    session = session_of(window)
    assert session.set_terms({"equity-stake.share": 0.3})
    window.contract_docks.show_clause("equity-stake")
    editor = _editor(window, "equity-stake")
    editor.variant_choice.setChecked(True)

    assert not editor.remove_clause()

    assert "scenarios[0].terms" in window.statusBar().currentMessage()
    assert "equity-stake" in {c.id for c in session.contract.clauses}


def test_export_contract_round_trips_and_the_saved_workspace_reopens(qtbot, window, tmp_path):
    session = session_of(window)
    editor = _editor(window, "revenue-share")
    editor.variant_choice.setChecked(True)
    editor.term_edits["revenue-share.cap_total"].setText("50")
    assert editor.apply()
    path = tmp_path / "variant.yaml"

    assert window.contract_export.export_contract(path)

    assert load_contract(path) == session.contract
    saved = tmp_path / "w.json"
    session.save(saved)
    reopened = load_workspace(saved)
    assert reopened.contract == session.contract
    assert reopened.contract.clause("revenue-share").cap_total == 50.0


def test_export_into_a_missing_folder_warns_and_writes_nothing(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    target = tmp_path / "missing" / "c.yaml"

    assert not window.contract_export.export_contract(target)

    assert warnings
    assert "missing" in warnings[0]
    assert not target.exists()


def test_export_contract_sits_in_the_file_menu_after_the_charts(window):
    actions = window.file_menu_widget.actions()
    export = window.contract_export.action
    assert actions.index(export) == actions.index(window.actions_.export_charts) + 1
    assert not export.shortcut().isEmpty()
    assert export.toolTip()


def test_a_new_deals_empty_contract_gets_its_clauses_in_the_editor(qtbot, window):
    import datetime as dt

    from core.new_deal import new_deal_contract

    session = session_of(window)
    empty = new_deal_contract("Anthropic", "Amazon", "AWS", dt.date(2026, 11, 30), None)
    assert window.file_menu.new_deal(empty)
    inspector = window.contract_docks.inspector
    assert session.contract.clauses == ()

    inspector.edit_button.click()
    editor = inspector.editor
    assert editor.variant_choice.isChecked()
    assert not editor.scenario_choice.isEnabled()
    editor.kind_box.setCurrentIndex(editor.kind_box.findData("revenue_share"))
    assert editor.add_clause()

    assert [c.id for c in session.contract.clauses] == ["revenue-share"]
    assert session.contract.id == empty.id  # the deal's own contract: no second variant
    editor.term_edits["revenue-share.rate"].setText("10")
    editor.term_edits["revenue-share.cap_total"].setText("5")
    assert editor.apply()
    assert session.projection.key_figures["revenue_share_total"] == pytest.approx(5.0)
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert session.contract.clauses == ()
