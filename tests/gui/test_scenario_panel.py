from PySide6.QtCore import Qt

from gui.views.scenario_panel import ScenarioPanel


def _names(panel):
    return [panel.scenario_list.item(i).text() for i in range(panel.scenario_list.count())]


def test_panel_adds_duplicates_deletes_and_undoes(qtbot, session):
    panel = ScenarioPanel(session)
    qtbot.addWidget(panel)
    panel.add_action.trigger()
    assert _names(panel) == ["Base", "Scenario", "Bull"]
    assert panel.scenario_list.currentItem().text() == "Scenario"
    panel.duplicate_action.trigger()
    assert "Scenario copy" in _names(panel)
    panel.delete_action.trigger()
    assert "Scenario copy" not in _names(panel)
    session.undo_stack.undo()
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert _names(panel) == ["Base", "Bull"]


def test_renaming_an_item_renames_the_scenario(qtbot, session):
    panel = ScenarioPanel(session)
    qtbot.addWidget(panel)
    panel.scenario_list.item(1).setText("Upside")
    assert [s.name for s in session.workspace.scenarios] == ["Base", "Upside"]
    panel.scenario_list.item(1).setText("Base")  # taken: refused, text restored
    assert _names(panel) == ["Base", "Upside"]
    session.undo_stack.undo()
    assert _names(panel) == ["Base", "Bull"]


def test_selecting_a_scenario_makes_it_current(qtbot, session):
    panel = ScenarioPanel(session)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(session.projection_changed):
        panel.scenario_list.setCurrentRow(1)
    assert session.current == "Bull"
    assert panel.scenario_list.item(1).font().bold()


def test_notes_typing_is_committed_after_a_pause(qtbot, session):
    panel = ScenarioPanel(session)
    qtbot.addWidget(panel)
    panel.notes_edit.moveCursor(panel.notes_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(panel.notes_edit, " and more")
    qtbot.waitUntil(lambda: session.scenario.notes == "mid case and more")
    assert session.undo_stack.count() == 1


def test_moving_changes_the_order(qtbot, session):
    panel = ScenarioPanel(session)
    qtbot.addWidget(panel)
    panel.down_action.trigger()
    assert _names(panel) == ["Bull", "Base"]
    assert panel.scenario_list.currentItem().data(Qt.ItemDataRole.UserRole) == "Base"


def test_long_name_attack_rename_over_200_characters_is_refused_and_list_agrees(qtbot, session):
    panel = ScenarioPanel(session)
    qtbot.addWidget(panel)
    errors = []
    session.error_raised.connect(errors.append)
    panel.scenario_list.item(1).setText("x" * 201)
    assert [s.name for s in session.workspace.scenarios] == ["Base", "Bull"]
    assert _names(panel) == ["Base", "Bull"]
    assert not session.is_modified
    assert errors == ["Cannot rename 'Bull': a name has at most 200 characters, this one has 201"]
    panel.scenario_list.item(1).setText("y" * 200)  # at the limit: accepted
    assert [s.name for s in session.workspace.scenarios] == ["Base", "y" * 200]
    assert _names(panel) == ["Base", "y" * 200]
