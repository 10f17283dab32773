"""Views behind another tab do no work on an edit, and catch up once brought forward."""

from PySide6.QtGui import QGuiApplication

from core.edits.workspace import CellChange
from gui.main_window import MainWindow
from gui.session import Session
from gui.views.visibility import WhenShown, is_on_screen


def test_explain_behind_its_tab_explains_again_only_when_raised(qtbot, main_window):
    docks = main_window.contract_docks
    docks.docks["inspector"].raise_()
    qtbot.waitUntil(lambda: not is_on_screen(docks.explain))
    assert docks.explain.explanation is None  # behind its tab since the start: no work yet
    docks.docks["explain"].raise_()
    qtbot.waitUntil(lambda: docks.explain.explanation is not None)
    docks.docks["inspector"].raise_()
    qtbot.waitUntil(lambda: not is_on_screen(docks.explain))
    before = docks.explain.explanation
    with qtbot.waitSignal(main_window.session.projection_changed):
        main_window.session.set_values([CellChange("revenue_base", None, 31.0)])
    assert docks.explain.explanation is before  # hidden: nothing explained
    docks.docks["explain"].raise_()
    qtbot.waitUntil(lambda: docks.explain.explanation is not before)
    assert is_on_screen(docks.explain)
    main_window.session.undo_stack.setClean()


def test_a_restored_layout_refreshes_and_builds_nothing_behind_its_tabs(
    qtbot, main_window, settings, document, tmp_path, monkeypatch
):
    main_window.close()  # saves the layout: Timeline and Clause Inspector in front
    assert settings.value("window/state") is not None
    refreshed: list[str] = []
    refresh = WhenShown.refresh
    monkeypatch.setattr(
        WhenShown,
        "refresh",
        lambda self: (refreshed.append(type(self.parent()).__name__), refresh(self))[1],
    )
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.attach(Session(document), tmp_path / "recovery-2")
    qtbot.wait(100)  # a few turns of the event loop: the settled views look again

    hidden = {"ExplainPanel", "VersionCompareView", "BacktestView", "CompareView"}
    assert hidden.isdisjoint(refreshed), refreshed
    assert window.analysis_dock._view is None
    window.contract_docks.docks["explain"].raise_()
    qtbot.waitUntil(lambda: window.contract_docks.explain.explanation is not None)
    assert "ExplainPanel" in refreshed
    window.session.undo_stack.setClean()


def test_the_views_behind_the_bottom_tabs_are_built_when_they_first_come_forward(
    qtbot, main_window
):
    docks = {
        "assumptions": main_window.docks["assumptions"],
        "compare": main_window.docks["compare"],
        "versions": main_window.contract_docks.docks["versions"],
        "backtest": main_window.backtest_dock,
    }
    qtbot.wait(50)  # the turns after the start: a dock in front for a moment builds nothing
    assert {key: type(dock.widget()).__name__ for key, dock in docks.items()} == {
        "assumptions": "Placeholder",
        "compare": "Placeholder",
        "versions": "Placeholder",
        "backtest": "Placeholder",
    }
    docks["compare"].raise_()
    compare = docks["compare"].widget()
    assert compare is main_window.compare_view  # built as the tab came forward, not later
    assert compare.minimumSize().toTuple() == (160, 80)  # the window still fits a laptop
    assert compare.figures_table.accessibleName()  # named as the start names every control
    qtbot.waitUntil(lambda: compare.figures_table.rowCount() > 0)  # and filled once on screen
    docks["versions"].raise_()
    versions = main_window.contract_docks.versions
    assert docks["versions"].widget() is versions
    qtbot.waitUntil(lambda: versions.table.rowCount() > 0)
    docks["backtest"].raise_()
    backtest = docks["backtest"].widget()
    assert type(backtest).__name__ == "BacktestView"
    qtbot.waitUntil(lambda: backtest.result is not None)
    docks["compare"].raise_()
    assert docks["compare"].widget() is compare  # built once
    docks["assumptions"].raise_()
    grid = docks["assumptions"].widget()
    assert grid is main_window.assumptions_panel
    qtbot.waitUntil(lambda: grid.table.isVisible())


def test_the_edit_menu_lists_the_grid_actions_before_the_grid_is_built(
    qtbot, main_window, monkeypatch
):
    grid_actions = main_window.views.grid_actions
    texts = [a.text() for a in main_window.edit_menu.actions() if not a.isSeparator()]
    assert texts[-4:] == ["Copy", "Paste", "Reset to Default", "Reset Whole Row"]
    assert type(main_window.docks["assumptions"].widget()).__name__ == "Placeholder"
    grid_actions.copy.trigger()  # before the grid: it is built, and copies its (no) selection
    panel = main_window.docks["assumptions"].widget()
    assert panel is main_window.assumptions_panel
    assert panel.copy_action is grid_actions.copy  # the grid's own actions from now on
    assert grid_actions.copy in panel.table.actions()  # its shortcut works in the grid
    cell = panel.model.index(2, 1)
    panel.table.setCurrentIndex(cell)
    grid_actions.copy.trigger()
    assert QGuiApplication.clipboard().text() == panel.model.copied_text(2, 1) + "\n"
    calls: list[str] = []
    monkeypatch.setattr(panel, "reset_rows", lambda: calls.append("reset_rows"))
    grid_actions.reset_row.trigger()
    assert calls == ["reset_rows"]  # run once, on the grid
