"""Projection settings: Session.set_settings (undoable) and Edit > Projection Settings."""

from PySide6.QtWidgets import QDialogButtonBox

from core.workspace import Settings


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_a_shorter_horizon_reprojects_and_rebuilds_the_grid(qtbot, main_window):
    session, model = main_window.session, main_window.assumptions_panel.model
    with qtbot.waitSignal(session.document_changed):
        session.set_settings(Settings(start_year=2025, end_year=2030, frequency="Q"))
    assert session.projection.grid.count == 24
    assert len(session.projection.table) == 24
    assert model.uncertainty_column == 6
    assert model.columnCount() == 7
    assert model.year_of(5) == 2030
    title = main_window.figures_view.cards["revenue_share_total"].title_label.text()
    assert title.endswith("2025–2030")
    assert session.undo_stack.undoText() == "Change projection settings"


def test_annual_periods_then_undo_restores_quarters(qtbot, main_window):
    session, model = main_window.session, main_window.assumptions_panel.model
    session.set_settings(Settings(start_year=2025, end_year=2035, frequency="A"))
    assert session.projection.grid.count == 11
    assert session.is_modified
    session.set_settings(Settings(start_year=2025, end_year=2030, frequency="A"))
    assert session.projection.grid.count == 6
    session.undo_stack.undo()
    assert session.projection.grid.count == 11
    assert model.uncertainty_column == 11
    session.undo_stack.undo()
    assert session.workspace.settings == Settings()
    assert session.projection.grid.count == 44
    assert not session.is_modified
    session.undo_stack.redo()
    assert session.projection.grid.count == 11


def test_the_same_settings_push_nothing(main_window):
    session = main_window.session
    session.set_settings(Settings())
    assert session.undo_stack.count() == 0


def test_the_dialog_applies_its_settings_as_one_undo_step(qtbot, main_window):
    session = main_window.session
    main_window.actions_.settings.trigger()
    dialog = main_window.settings_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert (dialog.start_box.value(), dialog.end_box.value()) == (2025, 2035)
    dialog.end_box.setValue(2030)
    dialog.frequency_box.setCurrentIndex(dialog.frequency_box.findData("A"))
    _ok(dialog).click()
    assert session.workspace.settings == Settings(start_year=2025, end_year=2030, frequency="A")
    assert session.projection.grid.count == 6
    assert main_window.settings_dialog is None
    assert session.undo_stack.count() == 1


def test_the_dialog_refuses_an_end_before_the_start(qtbot, main_window):
    session = main_window.session
    dialog = main_window.edit_settings()
    dialog.end_box.setValue(2020)
    assert dialog.value is None
    assert dialog.problem == "End year 2020 is before start year 2025"
    assert dialog.problem_label.text() == dialog.problem
    assert not _ok(dialog).isEnabled()
    dialog.end_box.setValue(2040)
    assert dialog.problem is None
    assert _ok(dialog).isEnabled()
    dialog.start_box.setValue(1930)
    assert dialog.problem == "At most 100 years may be projected"
    dialog.reject()
    assert session.workspace.settings == Settings()
    assert session.undo_stack.count() == 0


def test_the_action_has_a_shortcut_and_tooltip(main_window):
    action = main_window.actions_.settings
    assert action.shortcut().toString() == "Ctrl+Shift+P"
    assert "Ctrl+Shift+P" in action.toolTip()
    assert action in main_window.edit_menu.actions()


def test_charts_and_timeline_follow_the_horizon(qtbot, main_window):
    timeline = main_window.contract_docks.timeline
    main_window.contract_docks.docks["timeline"].raise_()
    qtbot.waitUntil(timeline.isVisible)
    main_window.session.set_settings(Settings(start_year=2025, end_year=2030))
    assert timeline.timeline.axis == (2025.0, 2031.0)
    assert timeline.x_range()[1] < 2032
    revenue = main_window.charts_view.charts["revenue"].getPlotItem()
    xs = next(x for x, _ in (i.getData() for i in revenue.listDataItems()) if x is not None)
    assert (len(xs), xs[-1]) == (6, 2030.0)
