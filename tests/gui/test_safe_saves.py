"""Saves never write into the app's resources, never overwrite another window's edits."""

from __future__ import annotations

import hashlib
import json

from PySide6.QtWidgets import QMessageBox

from core.resources import RESOURCES_DIR, default_workspace_path
from gui.save_guard import DiskChoice

EMPTY_PATH_WORKSPACE = {
    "format": "dealscope-workspace/1",
    "contract": "microsoft-openai-2025-01",
    "scenarios": [{"name": "Broken", "assumptions": {"revenue_growth": {}}}],
}


def resource_fingerprint() -> dict[str, str]:
    """Every file under resources/ with the SHA-256 of its bytes."""
    return {
        str(path.relative_to(RESOURCES_DIR)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(RESOURCES_DIR.rglob("*"))
        if path.is_file()
    }


def started_window(qtbot, settings, tmp_path, workspace=None):
    from gui.app import WindowStarter
    from gui.main_window import MainWindow

    window = MainWindow(settings)
    qtbot.addWidget(window)
    WindowStarter(window, workspace, tmp_path / "recovery").load()
    window.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    return window


def test_resources_attack_edits_and_saves_leave_every_bundled_file_unchanged(
    qtbot, settings, tmp_path
):
    before = resource_fingerprint()
    window = started_window(qtbot, settings, tmp_path)
    session, menu = window.session, window.file_menu
    assert session.path is None  # the default opens as an untitled copy
    assert window.windowTitle().startswith("Untitled")
    asked = []
    menu.ask_save_path = lambda suggested: asked.append(suggested) or tmp_path / "mine"
    warnings = []
    menu.warn = lambda title, text: warnings.append(text)
    session.set_notes(session.current, "edited")
    assert menu.save()
    assert asked[0].name == f"{session.contract.id}.json"
    assert "resources" not in asked[0].parts
    assert session.path == tmp_path / "mine.json"
    session.set_notes(session.current, "edited again")
    assert menu.save()
    assert _notes(tmp_path / "mine.json") == ("edited again")
    assert menu.open_path(default_workspace_path())  # opened explicitly: untitled again
    assert session.path is None
    session.set_notes(session.current, "third")
    assert not menu.save_as(default_workspace_path())
    assert "Dealscope's own files" in warnings[0]
    assert resource_fingerprint() == before
    window.autosaver.close()


def test_empty_year_path_on_the_command_line_shows_the_error_dialog(qtbot, settings, tmp_path):
    broken = tmp_path / "empty-path.json"
    broken.write_text(json.dumps(EMPTY_PATH_WORKSPACE))
    window = started_window(qtbot, settings, tmp_path, broken)
    dialog = window.file_menu.problems_dialog
    assert dialog.isVisible()
    assert window.session is not None  # not left on "Loading workspace…"
    assert window.centralWidget() is window.charts_view
    dialog.reject()
    window.autosaver.close()


def test_empty_year_path_opened_over_unsaved_edits_asks_then_keeps_the_edits(
    main_window, session, tmp_path
):
    broken = tmp_path / "empty-path.json"
    broken.write_text(json.dumps(EMPTY_PATH_WORKSPACE))
    session.set_notes("Base", "unsaved work")
    asked = []
    main_window.ask_unsaved = lambda: asked.append(True) or QMessageBox.StandardButton.Discard
    assert not main_window.file_menu.open_path(broken)
    assert asked == [True]
    assert main_window.file_menu.problems_dialog.isVisible()
    assert session.scenario.notes == "unsaved work"
    assert [s.name for s in session.workspace.scenarios] == ["Base", "Bull"]


def edited_elsewhere(path):
    data = json.loads(path.read_text())
    data["scenarios"][0]["notes"] = "the other window's edit"
    path.write_text(json.dumps(data))


def _saved_then_edited_elsewhere(main_window, path):
    """Save as `path`, note "mine" on Base, then let another window edit the file."""
    menu, session = main_window.file_menu, main_window.session
    assert menu.save_as(path)
    session.set_notes("Base", "mine")
    edited_elsewhere(path)
    return menu, session


def _notes(path):
    return json.loads(path.read_text())["scenarios"][0]["notes"]


def test_two_windows_attack_save_asks_before_overwriting_the_other_edits(main_window, tmp_path):
    path = tmp_path / "shared.json"
    menu, session = _saved_then_edited_elsewhere(main_window, path)
    choices = []
    menu.ask_changed_on_disk = lambda p: choices.append(p) or DiskChoice.CANCEL
    assert not menu.save()
    assert choices == [path]
    assert _notes(path) == "the other window's edit"
    menu.ask_changed_on_disk = lambda p: DiskChoice.OVERWRITE
    assert menu.save()
    assert _notes(path) == "mine"
    session.set_notes("Base", "mine again")
    assert menu.save()  # saved by us since: no question
    assert _notes(path) == "mine again"


def test_changed_on_disk_save_as_keeps_both_versions(main_window, tmp_path):
    path = tmp_path / "shared.json"
    menu, session = _saved_then_edited_elsewhere(main_window, path)
    menu.ask_changed_on_disk = lambda p: DiskChoice.SAVE_AS
    menu.ask_save_path = lambda suggested: tmp_path / "mine.json"
    assert menu.save()
    assert _notes(path) == "the other window's edit"
    assert _notes(tmp_path / "mine.json") == "mine"
    assert session.path == tmp_path / "mine.json"


def test_changed_on_disk_reload_takes_the_other_version(main_window, tmp_path):
    path = tmp_path / "shared.json"
    menu, session = _saved_then_edited_elsewhere(main_window, path)
    menu.ask_changed_on_disk = lambda p: DiskChoice.RELOAD
    assert not menu.save()
    assert session.scenario.notes == "the other window's edit"
    assert not session.is_modified


def test_a_deleted_file_is_saved_again_without_asking(main_window, tmp_path):
    menu, session = main_window.file_menu, main_window.session
    path = tmp_path / "gone.json"
    assert menu.save_as(path)
    path.unlink()
    session.set_notes("Base", "mine")
    menu.ask_changed_on_disk = lambda p: DiskChoice.CANCEL
    assert menu.save()
    assert path.exists()
