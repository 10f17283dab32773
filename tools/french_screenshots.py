"""Screenshots of the app in French for docs/: the main window, the timeline, the brief dialog.

    xvfb-run -s "-screen 0 1600x1000x24" uv run python tools/french_screenshots.py [DOCS]

Runs on a real X server (Xvfb), with settings of its own (a saved layout or language does
not apply), on the bundled default workspace, in the light theme.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parent.parent
WINDOW_SIZE = (1440, 900)
TIMELINE_SIZE = (1440, 520)


def settle(app: QApplication, turns: int = 8) -> None:
    """Let layouts, docks and charts settle over a few event loop turns."""
    for _ in range(turns):
        app.processEvents()


def save(widget: QWidget, path: Path) -> Path:
    """Write `widget` as it is drawn to `path` (PNG)."""
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def main(argv: list[str]) -> int:
    """Write docs/fr-main-window.png, docs/fr-timeline.png and docs/fr-export-brief.png."""
    from core.report.content import SECTIONS, default_title
    from gui.app import configure_plots, load_session, make_application
    from gui.dialogs.export_brief_dialog import ExportBriefDialog
    from gui.language import install_language
    from gui.main_window import MainWindow

    docs = Path(argv[1]) if len(argv) > 1 else ROOT / "docs"
    app = make_application([argv[0]])
    install_language(app, "fr")
    configure_plots()
    folder = Path(tempfile.mkdtemp())
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    window.resize(*WINDOW_SIZE)
    window.show()
    settle(app)
    session = load_session(None)
    window.attach(session)
    settle(app, 20)
    written = [save(window, docs / "fr-main-window.png")]
    timeline = window.contract_docks.docks["timeline"]
    timeline.setFloating(True)
    timeline.resize(*TIMELINE_SIZE)
    timeline.show()
    settle(app, 20)
    written.append(save(timeline, docs / "fr-timeline.png"))
    timeline.setFloating(False)
    names = [scenario.name for scenario in session.workspace.scenarios]
    dialog = ExportBriefDialog(names, SECTIONS, default_title(session.contract), None, window)
    dialog.show()
    settle(app)
    written.append(save(dialog, docs / "fr-export-brief.png"))
    dialog.reject()
    window.hide()
    for path in written:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
