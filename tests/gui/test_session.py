from core.assumptions import SPECS_BY_NAME
from core.edits.workspace import CellChange


def test_edit_emits_the_new_projection_once(qtbot, session):
    with qtbot.waitSignal(session.projection_changed) as blocker:
        session.set_values([CellChange("revenue_base", None, 30.0)])
    assert blocker.args[0].assumptions["revenue_base"] == ((0, 30.0),)
    assert session.previous_projection is not None
    assert session.previous_projection.assumptions["revenue_base"] != ((0, 30.0),)


def test_burst_of_edits_projects_once(qtbot, session):
    calls = []
    session.projection_changed.connect(calls.append)
    session.set_values([CellChange("revenue_base", None, 30.0)])
    session.set_values([CellChange("revenue_base", None, 31.0)])
    qtbot.waitUntil(lambda: len(calls) == 1)
    qtbot.wait(20)
    assert len(calls) == 1


def test_invalid_value_reports_error_and_keeps_state(qtbot, session):
    before = session.workspace
    with (
        qtbot.assertNotEmitted(session.projection_changed),
        qtbot.waitSignal(session.error_raised),
    ):
        session.set_values([CellChange("discount_rate", None, 3.0)])
    assert session.workspace is before
    assert not session.is_modified


def test_undo_restores_values_and_figures(qtbot, session):
    figures = dict(session.projection.key_figures)
    session.set_values([CellChange("revenue_base", None, 40.0)])
    assert session.projection.key_figures != figures
    session.undo_stack.undo()
    assert session.projection.key_figures == figures
    assert not session.is_modified
    session.undo_stack.redo()
    assert session.scenario.overrides()["revenue_base"] == ((0, 40.0),)


def test_reset_values_returns_cells_to_default(session):
    session.set_values([CellChange("revenue_growth", 2027, 0.5)])
    session.reset_values([("revenue_growth", 2027)])
    assert "revenue_growth" not in session.scenario.overrides()


def test_scenario_operations_are_undoable(session):
    names = lambda: [s.name for s in session.workspace.scenarios]  # noqa: E731
    session.add_scenario()
    assert names() == ["Base", "Scenario", "Bull"]
    assert session.current == "Scenario"
    session.duplicate_scenario("Bull")
    assert "Bull copy" in names()
    assert session.rename_scenario("Bull copy", "Upside")
    assert not session.rename_scenario("Upside", "Base")
    session.move_scenario("Upside", -10)
    assert names()[0] == "Upside"
    session.delete_scenario("Upside")
    assert "Upside" not in names()
    for _ in range(5):
        session.undo_stack.undo()
    assert names() == ["Base", "Bull"]
    assert session.current == "Base"


def test_last_scenario_cannot_be_deleted(qtbot, session):
    session.delete_scenario("Bull")
    with qtbot.waitSignal(session.error_raised):
        session.delete_scenario("Base")
    assert [s.name for s in session.workspace.scenarios] == ["Base"]


def test_notes_typing_merges_into_one_undo_step(session):
    session.set_notes("Base", "a")
    session.set_notes("Base", "ab")
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.scenario.notes == "mid case"


def test_projections_cover_every_scenario_and_are_cached(session):
    projections = session.projections()
    assert list(projections) == ["Base", "Bull"]
    assert session.projection_of("Base") is projections["Base"]
    bull = projections["Bull"].assumptions["revenue_base"]
    assert bull == ((0, 20.0),) != SPECS_BY_NAME["revenue_base"].default
