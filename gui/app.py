"""Start the desktop app, or its offscreen self-test.

The window paints first; pandas, pyqtgraph and the workspace load right after.
"""

from __future__ import annotations

import gc
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QMessageLogContext,
    QObject,
    QSettings,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from core.present.palette import hex_colour
from gui.language import chosen_language, install_language
from gui.main_window import MainWindow
from gui.platform_check import check_platform

if TYPE_CHECKING:
    from core.edits.documents import Document
    from gui.session import Session

SELF_TEST_SIZE = (1440, 900)
SELF_TEST_BRIEF_TIMEOUT_MS = 120_000
MIN_BRIEF_BYTES = 10 * 1024


def run_app(
    argv: list[str],
    workspace: Path | None = None,
    self_test_dir: Path | None = None,
    lang: str | None = None,
) -> int:
    """Run the app on `workspace` (default: the bundled one); return the exit code.

    The app speaks `lang` (``--lang``), else the language of View > Language, else the
    system's.

    With `self_test_dir`, run offscreen, render the window to ``window.png`` and the brief to
    ``brief.pdf`` there, print one line and return 0, or print the reason and return 1.
    """
    if self_test_dir is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    problem = check_platform()
    if problem is not None:
        print(problem, file=sys.stderr)  # instead of Qt's abort, which names no package
        return 1
    app = make_application(argv)
    install_language(app, chosen_language(QSettings(), lang))
    if self_test_dir is not None:
        gc.enable()  # the launcher pauses collection for a start with a window
        qInstallMessageHandler(_without_offscreen_noise)
        return run_self_test(self_test_dir)
    window = MainWindow()
    install_file_opener(app, window)
    window.show()
    starter = WindowStarter(window, workspace)
    window.first_painted.connect(starter.start)
    code = app.exec()
    return code or starter.exit_code


def _without_offscreen_noise(_: QtMsgType, __: QMessageLogContext, message: str) -> None:
    # The offscreen platform warns on every dock resize; the self-test prints one line.
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def make_application(argv: list[str]) -> QApplication:
    """The QApplication, named so that QSettings and QStandardPaths find our folders."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setOrganizationName("Dealscope")
    app.setApplicationName("Dealscope")
    app.setApplicationDisplayName("Dealscope")
    return app


def install_file_opener(app: QApplication, window: MainWindow) -> FileOpener:
    """Open the files the system hands `app` (macOS Finder) in `window`."""
    opener = FileOpener(window)
    app.installEventFilter(opener)
    return opener


class FileOpener(QObject):
    """Opens each QFileOpenEvent's file as a drop does; holds it until a session is attached.

    macOS sends a double-clicked workspace as a FileOpen event to the application, not argv.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.pending: Path | None = None
        window.session_attached.connect(self._on_session_attached)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Take FileOpen events; pass every other event on."""
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            if event.file():
                self.open(Path(event.file()))
            return True
        return super().eventFilter(watched, event)

    def open(self, path: Path) -> None:
        """Open `path` now (asking about unsaved changes), or once a session is attached."""
        menu = self._window.file_menu
        if menu is None:
            self.pending = path  # the latest wins, as when a second file is double-clicked
            return
        self._window.raise_()
        self._window.activateWindow()
        menu.open_path(path)

    def _on_session_attached(self) -> None:
        path, self.pending = self.pending, None
        if path is not None:
            self.open(path)


def configure_plots() -> None:
    """Global pyqtgraph options; imports pyqtgraph, so call it after the first paint."""
    from gui.qt_imports import import_pyqtgraph

    pg = import_pyqtgraph()
    pg.setConfigOptions(
        antialias=True,
        background=hex_colour("plot_background"),
        foreground=hex_colour("plot_axis"),
    )


class WindowStarter:
    """Loads the workspace and attaches the session once the empty window has painted.

    A broken `workspace` file opens the default workspace and lists the file's problems.
    """

    def __init__(
        self, window: MainWindow, workspace: Path | None, recovery: Path | None = None
    ) -> None:
        self._window = window
        self._workspace = workspace
        self._recovery = recovery
        self.exit_code = 0

    def start(self) -> None:
        """Load on the next event loop turn, so the first paint reaches the screen."""
        QTimer.singleShot(0, self.load)

    def load(self) -> None:
        """Load the workspace, attach the session, then offer any crash recovery."""
        from core.analysis.heap import keep_freed_memory
        from core.errors import DealscopeError, Problem
        from gui.autosave import recovery_folder

        configure_plots()
        keep_freed_memory()  # Monte Carlo batches reuse freed memory instead of asking the OS
        problems: tuple[Problem, ...] | None = None
        try:
            session = load_session(self._workspace)
        except Exception as exc:  # any failure must reach a dialog, never a "Loading…" window
            if self._workspace is None:
                QMessageBox.critical(
                    self._window,
                    QCoreApplication.translate(
                        "WindowStarter", "Cannot open the default workspace"
                    ),
                    str(exc),
                )
                self.exit_code = 1
                gc.enable()
                self._window.close()
                return
            problems = getattr(exc, "problems", ())
            if not isinstance(exc, DealscopeError):
                file = str(self._workspace)
                found = f"{type(exc).__name__}: {exc}"
                problems = (Problem(file, "", found, "a workspace Dealscope can project"),)
            session = load_session(None)
        folder = self._recovery or recovery_folder()
        self._window.attach(session, folder)
        # What the start built (modules, classes, views) lives as long as the app: kept out
        # of every later full collection, which otherwise stalls an edit now and then.
        # Collection, paused by the launcher while the app loaded, resumes.
        gc.freeze()
        gc.enable()
        menu = self._window.file_menu
        if menu is not None and problems is not None and self._workspace is not None:
            message = QCoreApplication.translate(
                "WindowStarter", "{name} could not be opened; the default workspace is open."
            ).format(name=self._workspace.name)
            menu.show_problems(message, problems)
        elif menu is not None:
            autosaver = self._window.autosaver
            menu.offer_recovery(*(autosaver.folders if autosaver is not None else [folder]))


def load_session(workspace: Path | None) -> Session:
    """A Session on `workspace`, or on the bundled default workspace when None."""
    from core.resources import default_workspace_path
    from gui.session import Session

    return Session(_read(workspace or default_workspace_path()))


def _read(path: Path) -> Document:
    from core.edits.documents import read_document

    return read_document(path)


def run_self_test(out_dir: Path) -> int:
    """Load the default workspace, project every scenario, write window.png and brief.pdf.

    The brief goes through the app's own export (off the GUI thread) with every scenario.
    """
    try:
        configure_plots()
        session = load_session(None)
        count = len(session.projections())
        # Settings from a scope nothing writes to, so a user's saved layout does not apply.
        settings = QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Dealscope", "self-test"
        )
        window = MainWindow(settings)
        window.resize(*SELF_TEST_SIZE)
        # Shown before attaching, as run_app does: the docks then settle as a user sees them.
        window.show()
        QApplication.processEvents()
        window.attach(session)
        for _ in range(3):  # the dock layout settles over a few turns (tabs, sizes)
            QApplication.processEvents()
        out_dir.mkdir(parents=True, exist_ok=True)
        image = window.grab()
        target = out_dir / "window.png"
        if not image.save(str(target)):
            raise OSError(f"could not write {target}")
        brief = out_dir / "brief.pdf"
        export_brief_and_wait(window, brief)
        pages = check_brief(brief)
        size = f"{image.width()}x{image.height()}"
        print(f"self-test ok: {count} scenarios, window.png {size}, brief.pdf {pages} pages")
        window.hide()
        return 0
    except Exception as exc:  # the self-test reports any failure as one line
        print(f"self-test failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1


def export_brief_and_wait(window: MainWindow, target: Path) -> None:
    """Export the brief of every scenario to `target` as File > Export Brief does; wait."""
    from gui.brief_export import BriefOptions

    if window.file_menu is None:
        raise RuntimeError("no workspace is attached")
    exporter = window.file_menu.brief_exporter
    errors: list[str] = []
    exporter.show_error = errors.append  # no modal message box in a self-test
    loop = QEventLoop()
    exporter.finished.connect(loop.quit)
    exporter.failed.connect(loop.quit)
    QTimer.singleShot(SELF_TEST_BRIEF_TIMEOUT_MS, loop.quit)
    if not window.export_brief(target, BriefOptions()):
        raise RuntimeError("the brief export did not start")
    loop.exec()
    if errors:
        raise RuntimeError(errors[0])
    if exporter.busy:
        raise TimeoutError(f"the brief took over {SELF_TEST_BRIEF_TIMEOUT_MS // 1000} s")


def check_brief(path: Path) -> int:
    """Check that `path` looks like a whole PDF brief; return its page count.

    Counts the page objects in the bytes (ReportLab writes them uncompressed), so the app
    needs no PDF reader.
    """
    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise ValueError(f"{path} does not start with %PDF-")
    if len(data) <= MIN_BRIEF_BYTES:
        raise ValueError(f"{path} has only {len(data)} bytes")
    if not data.rstrip().endswith(b"%%EOF"):
        raise ValueError(f"{path} is cut short (no %%EOF)")
    pages = len(re.findall(rb"/Type\s*/Page\b", data))
    if pages == 0:
        raise ValueError(f"{path} has no pages")
    return pages
