from core.assumptions import SPECS_BY_NAME
from core.edits.documents import new_document
from core.edits.workspace import CellChange
from gui import projection_cache
from gui.change import Change


def test_edit_broadcasts_once_with_the_new_projection(qtbot, session):
    changes = []
    session.changed.connect(changes.append)
    session.set_values([CellChange("revenue_base", None, 30.0)])
    assert changes == [Change(scenarios=frozenset({"Base"}), projection=True)]
    assert session.projection.assumptions["revenue_base"] == ((0, 30.0),)
    assert session.previous_projection is not None
    assert session.previous_projection.assumptions["revenue_base"] != ((0, 30.0),)


def test_a_paste_of_many_cells_projects_once(monkeypatch, session):
    projected = []
    original = projection_cache.project
    monkeypatch.setattr(
        projection_cache, "project", lambda *a: projected.append(1) or original(*a)
    )
    cells = [CellChange("revenue_growth", year, 0.4 + year / 10_000) for year in session.years]
    session.set_values(cells, "Paste")
    assert len(projected) == 1
    session.undo_stack.undo()  # the projection before the paste is cached
    assert len(projected) == 1


def test_opening_a_document_broadcasts_once(session, contract):
    changes = []
    session.changed.connect(changes.append)
    session.open_document(new_document(contract, bundled=False))
    assert len(changes) == 1
    change = changes[0]
    assert change.document
    assert change.projection
    assert change.path


def test_an_edit_of_another_scenario_keeps_the_projection(session):
    changes = []
    session.changed.connect(changes.append)
    session.set_notes("Bull", "upside")
    assert changes == [Change(scenarios=frozenset({"Bull"}))]
    assert changes[0].workspace


def test_switching_scenario_broadcasts_current_and_projection(session):
    changes = []
    session.changed.connect(changes.append)
    session.set_current("Bull")
    assert changes == [Change(current=True, projection=True)]
    assert session.previous_projection is None  # another scenario: no per-figure change


def test_invalid_value_reports_error_and_keeps_state(qtbot, session):
    before = session.workspace
    with (
        qtbot.assertNotEmitted(session.changed),
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
