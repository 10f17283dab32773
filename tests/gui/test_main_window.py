from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from core.edits.workspace import CellChange
from gui.autosave import find_recovery_files
from gui.main_window import MainWindow
from gui.recovery import RecoveryChoice


def _edit(session, value=33.0):
    session.set_values([CellChange("revenue_base", None, value)])


def test_title_shows_file_and_modified_mark(qtbot, main_window, tmp_path):
    assert main_window.windowTitle().startswith("Untitled[*]")
    _edit(main_window.session)
    assert main_window.isWindowModified()
    assert main_window.file_menu.save_as(tmp_path / "deal.json")
    assert main_window.windowTitle().startswith("deal.json")
    assert not main_window.isWindowModified()


def test_save_and_reopen_gives_the_same_figures(qtbot, main_window, tmp_path):
    session = main_window.session
    _edit(session)
    figures = dict(session.projection.key_figures)
    path = tmp_path / "work.json"
    assert main_window.file_menu.save_as(path)
    _edit(session, 50.0)
    assert main_window.file_menu.open_path(path)
    assert session.projection.key_figures == figures
    assert session.path == path
    assert not session.is_modified


def test_broken_workspace_shows_problems_and_keeps_current(qtbot, main_window, tmp_path):
    session = main_window.session
    _edit(session)
    before = session.workspace
    broken = tmp_path / "broken.json"
    broken.write_text(
        '{"format": "dealscope-workspace/1", "contract": "test-deal",\n'
        ' "scenarios": [{"name": "A", "assumptions": {"discount_rate": 7}}]}\n'
    )
    assert not main_window.file_menu.open_path(broken)
    dialog = main_window.file_menu.problems_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.table.rowCount() >= 1
    texts = [
        dialog.table.item(r, c).text() for r in range(dialog.table.rowCount()) for c in range(5)
    ]
    assert any("broken.json" in text for text in texts)
    assert not dialog.table.item(0, 0).flags() & Qt.ItemFlag.ItemIsEditable  # to read, not edit
    assert session.workspace is before
    dialog.reject()


def test_missing_file_shows_the_reason(qtbot, main_window, tmp_path):
    assert not main_window.file_menu.open_path(tmp_path / "nowhere.json")
    assert main_window.file_menu.problems_dialog.isVisible()
    main_window.file_menu.problems_dialog.reject()


def test_autosave_appears_after_an_edit_and_recovery_restores_it(qtbot, main_window, tmp_path):
    autosaver = main_window.autosaver
    assert autosaver is not None
    autosaver._timer.setInterval(10)
    _edit(main_window.session, 44.0)
    qtbot.waitUntil(autosaver.workspace_file.exists)
    autosaver.abandon()  # as if the app had crashed here

    folder = tmp_path / "recovery"
    assert find_recovery_files(folder)
    window = MainWindow(main_window.settings)
    qtbot.addWidget(window)
    from gui.session import Session

    window.attach(Session(_fresh_document(main_window)), tmp_path / "recovery-2")
    window.ask_recover = lambda offer: RecoveryChoice.OPEN
    window.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    assert window.file_menu.offer_recovery(folder)
    assert window.session.scenario.overrides()["revenue_base"] == ((0, 44.0),)
    assert window.session.is_modified
    assert not find_recovery_files(folder)


def _fresh_document(window):
    from core.edits.documents import Document

    session = window.session
    return Document(session.workspace, session.contract, None)


def test_saving_removes_the_autosave_copy(qtbot, main_window, tmp_path):
    autosaver = main_window.autosaver
    _edit(main_window.session)
    autosaver.save_now()
    assert autosaver.workspace_file.exists()
    main_window.file_menu.save_as(tmp_path / "saved.json")
    assert not autosaver.workspace_file.exists()


def test_close_with_unsaved_changes_asks_and_can_cancel(qtbot, main_window):
    _edit(main_window.session)
    asked = []
    main_window.ask_unsaved = lambda: asked.append(1) or QMessageBox.StandardButton.Cancel
    assert not main_window.close()
    assert asked
    main_window.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    assert main_window.close()


def test_close_saves_the_window_layout(qtbot, main_window):
    main_window.docks["figures"].hide()
    main_window.contract_docks.docks["versions"].hide()
    main_window.resize(760, 560)  # within the offscreen screen, which restoring clamps to
    assert main_window.close()
    again = MainWindow(main_window.settings)
    qtbot.addWidget(again)
    again.attach(main_window.session)
    assert again.docks["figures"].isHidden()
    assert not again.docks["scenarios"].isHidden()
    assert again.contract_docks.docks["versions"].isHidden()
    assert not again.contract_docks.docks["timeline"].isHidden()
    assert again.size() == main_window.size()


def test_dropping_a_workspace_file_opens_it(qtbot, main_window, tmp_path):
    path = tmp_path / "dropped.json"
    _edit(main_window.session, 12.5)
    main_window.file_menu.save_as(path)
    _edit(main_window.session, 99.0)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    main_window.dropEvent(event)
    assert main_window.session.scenario.overrides()["revenue_base"] == ((0, 12.5),)


def test_export_charts_writes_png_and_svg(qtbot, main_window, tmp_path):
    for suffix in (".png", ".svg"):
        written = main_window.file_menu.export_charts(tmp_path / f"charts{suffix}")
        assert len(written) == 4
        assert all(path.stat().st_size > 0 for path in written)
    assert Path(tmp_path / "charts-agi.svg").read_text().lstrip().startswith("<?xml")


def test_every_action_has_a_shortcut_and_tooltip(main_window):
    a = main_window.actions_
    actions = [
        a.new,
        a.open,
        a.save,
        a.save_as,
        a.revert,
        a.export_charts,
        a.quit,
        a.undo,
        a.redo,
        a.guide,
        *main_window.scenario_panel.toolbar.actions(),
    ]
    actions += [dock.toggleViewAction() for dock in main_window.docks.values()]
    for action in actions:
        assert not action.shortcut().isEmpty(), action.text()
        assert action.toolTip(), action.text()


def test_opening_a_contract_file_starts_a_workspace_on_it(main_window):
    from core.resources import resource_path

    path = resource_path("contracts", "microsoft-openai-2025-01.yaml")
    assert main_window.file_menu.open_path(path)
    session = main_window.session
    assert session.contract.id == "microsoft-openai-2025-01"
    assert session.path is None
    assert [s.name for s in session.workspace.scenarios] == ["Base"]
    assert main_window.windowTitle().startswith("Untitled")


def test_new_from_a_bundled_contract(main_window):
    assert main_window.file_menu.new_from("microsoft-openai-2026-04")
    assert main_window.session.workspace.contract == "microsoft-openai-2026-04"
    assert main_window.status_label.text() == main_window.session.contract.title


def test_the_first_window_fits_a_small_laptop_screen():
    from PySide6.QtCore import QRect

    from gui.window_layout import first_window_geometry

    laptop = first_window_geometry(QRect(0, 0, 1366, 768 - 32))  # a task bar at the bottom
    assert laptop.width() <= 1366 - 16
    assert laptop.height() <= 768 - 32 - 48
    assert QRect(0, 0, 1366, 736).contains(laptop)
    large = first_window_geometry(QRect(0, 0, 2560, 1440))
    assert (large.width(), large.height()) == (1440, 900)
    assert large.center() == QRect(0, 0, 2560, 1440).center()
