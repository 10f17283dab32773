import subprocess
import sys


def test_self_test_renders_the_window(tmp_path):
    code = (
        "import sys; from pathlib import Path; from gui.app import run_app; "
        f"sys.exit(run_app([], self_test_dir=Path({str(tmp_path)!r})))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("self-test ok: 3 scenarios, window.png 1440x900")
    assert (tmp_path / "window.png").read_bytes().startswith(b"\x89PNG")


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
    assert window.session.contract.id == "microsoft-openai-2025-01"
    dialog = window.file_menu.problems_dialog
    assert dialog.isVisible()
    assert dialog.table.rowCount() >= 1
    dialog.reject()
