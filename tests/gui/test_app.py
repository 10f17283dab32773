import re
import subprocess
import sys

import pytest


def test_self_test_renders_the_window_and_the_brief(tmp_path):
    code = (
        "import sys; from pathlib import Path; from gui.app import run_app; "
        f"sys.exit(run_app([], self_test_dir=Path({str(tmp_path)!r})))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip()
    assert re.fullmatch(
        r"self-test ok: 3 scenarios, window.png 1440x900, brief.pdf \d+ pages", line
    )
    assert (tmp_path / "window.png").read_bytes().startswith(b"\x89PNG")
    brief = (tmp_path / "brief.pdf").read_bytes()
    assert brief.startswith(b"%PDF-")
    pages = int(line.split()[-2])
    assert pages >= 8
    pypdf = pytest.importorskip("pypdf")
    assert len(pypdf.PdfReader(tmp_path / "brief.pdf").pages) == pages


def test_self_test_fails_with_the_reason(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    code = (
        "import sys; from pathlib import Path; from gui.app import run_app; "
        f"sys.exit(run_app([], self_test_dir=Path({str(blocked)!r})))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 1
    assert result.stderr.startswith("self-test failed: ")
    assert result.stdout == ""


def test_check_brief_rejects_a_cut_pdf(tmp_path):
    from gui.app import check_brief

    path = tmp_path / "brief.pdf"
    path.write_bytes(b"%PDF-1.4\n" + b"/Type /Page\n" * 2000)
    with pytest.raises(ValueError, match="cut short"):
        check_brief(path)
    path.write_bytes(b"%PDF-1.4\n" + b"x" * 20_000 + b"\n/Type /Pages\n%%EOF\n")
    with pytest.raises(ValueError, match="no pages"):
        check_brief(path)
    path.write_bytes(b"%PDF-1.4\n/Type /Page\n%%EOF\n")
    with pytest.raises(ValueError, match="bytes"):
        check_brief(path)


def test_about_text_lists_versions():
    from gui.dialogs.about_dialog import about_text

    text = about_text()
    for name in ("Python", "Qt", "PySide6", "pyqtgraph", "pandas"):
        assert name in text


def test_a_broken_start_file_opens_the_default_and_lists_problems(qtbot, settings, tmp_path):
    from gui.app import WindowStarter
    from gui.main_window import MainWindow

    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "dealscope-workspace/1", "scenarios": []}')
    window = MainWindow(settings)
    qtbot.addWidget(window)
    WindowStarter(window, broken, tmp_path / "recovery").load()
    assert window.session is not None
    assert window.session.contract.id == "microsoft-openai-2026-04"  # the default workspace's
    dialog = window.file_menu.problems_dialog
    assert dialog.isVisible()
    assert dialog.table.rowCount() >= 1
    dialog.reject()


def test_a_default_workspace_that_cannot_open_resumes_collection(qtbot, settings, monkeypatch):
    import gc

    import gui.app
    from gui.main_window import MainWindow

    def broken(_workspace):
        raise OSError("the bundled workspace is missing")

    shown = []
    monkeypatch.setattr(gui.app, "load_session", broken)
    monkeypatch.setattr(gui.app.QMessageBox, "critical", lambda *args: shown.append(args[2]))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    starter = gui.app.WindowStarter(window, None)
    gc.disable()  # as the launcher leaves it
    try:
        starter.load()
        assert gc.isenabled()
    finally:
        gc.enable()
    assert starter.exit_code == 1
    assert shown == ["the bundled workspace is missing"]


@pytest.fixture
def file_opener(qtbot, settings):
    """A window not yet attached, with the app's FileOpen handler installed."""
    from PySide6.QtWidgets import QApplication

    from gui.app import install_file_opener
    from gui.main_window import MainWindow

    window = MainWindow(settings)
    qtbot.addWidget(window)
    app = QApplication.instance()
    opener = install_file_opener(app, window)
    yield opener
    app.removeEventFilter(opener)


def _send_file_open(path):
    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication

    return QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(path)))


def _saved_workspace(session, path):
    session.save(path)
    return path


def test_a_finder_open_before_the_window_is_ready_opens_once_attached(
    file_opener, session, document, tmp_path
):
    path = _saved_workspace(session, tmp_path / "finder.json")
    session.open_document(document)
    assert _send_file_open(path)
    assert file_opener.pending == path
    assert session.path is None
    file_opener.parent().attach(session, tmp_path / "recovery")
    assert session.path == path
    assert file_opener.pending is None


def test_a_finder_open_asks_about_unsaved_changes_then_opens(
    file_opener, session, document, tmp_path
):
    from PySide6.QtWidgets import QMessageBox

    window = file_opener.parent()
    path = _saved_workspace(session, tmp_path / "finder.json")
    session.open_document(document)
    window.attach(session, tmp_path / "recovery")
    session.set_notes("Base", "edited")
    asked = []
    window.ask_unsaved = lambda: asked.append(True) or QMessageBox.StandardButton.Cancel
    _send_file_open(path)
    assert asked == [True]
    assert session.path is None
    window.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    _send_file_open(path)
    assert session.path == path
    assert not session.is_modified


def test_a_broken_finder_file_lists_its_problems(file_opener, session, tmp_path):
    window = file_opener.parent()
    window.attach(session, tmp_path / "recovery")
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "dealscope-workspace/1", "scenarios": []}')
    _send_file_open(broken)
    assert session.path is None
    assert window.file_menu.problems_dialog.isVisible()
