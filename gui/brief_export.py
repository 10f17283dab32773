"""Export the PDF scenario brief off the GUI thread, with progress, errors and success shown.

No dialogs here: `BriefExporter.export(path, options)` does the work; the File menu asks for
the options and the file name first.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QMessageBox, QProgressBar, QToolButton

from core.errors import DealscopeError, FileError
from gui.session import Session
from gui.workers import run_in_background

if TYPE_CHECKING:
    # core.report loads ReportLab (0.4 s): imported on the first export, not at start-up.
    from core.report import PageSize
    from core.report.content import Lang, Reader


@dataclass(frozen=True, slots=True)
class BriefOptions:
    """What one brief shows; None for scenarios or sections means all of them.

    An empty `title` gives the default title ("<lab>–<partner> partnership: scenario brief").
    `sections` are printed in the order given; `reader` says whose question page 1 answers.
    """

    scenarios: tuple[str, ...] | None = None
    sections: tuple[str, ...] | None = None
    title: str = ""
    audience: str = ""
    page_size: PageSize = "A4"
    open_when_done: bool = False
    reader: Reader = "partner"
    lang: Lang = "en"
    author: str = ""
    """The analyst's name, the PDF's author (remembered in the app's settings)."""


def error_message(path: Path, exc: BaseException) -> str:
    """A one-paragraph reason that names the file, for a message box."""
    if isinstance(exc, FileError):
        return str(exc)  # already "Could not save <path>: <reason>"
    reason = str(exc) if isinstance(exc, DealscopeError) else f"{type(exc).__name__}: {exc}"
    return QCoreApplication.translate("BriefExporter", "Could not export {path}: {reason}").format(
        path=path, reason=reason
    )


class BriefExporter(QObject):
    """Renders briefs of `session` one at a time on a pool thread; reports in `window`.

    While it runs, a busy bar and a Cancel button show in the status bar; Cancel stops the
    brief at its next scenario or flowable and writes nothing. Success shows in the status
    bar (and opens the PDF when asked); a failure shows `show_error`, a message box that
    tests replace. `open_url` (the system viewer) is replaceable too.
    """

    busy_changed = Signal(bool)
    finished = Signal(object)  # Path written
    failed = Signal(object, str)  # Path, message
    cancelled = Signal(object)  # Path not written

    def __init__(self, window: QMainWindow, session: Session) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._job: tuple[Path, BriefOptions] | None = None
        self.show_error: Callable[[str], None] = self._show_error_box
        self.open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl
        self.progress = QProgressBar(window)
        self.progress.setRange(0, 0)  # busy: the renderer reports no steps
        self.progress.setMaximumWidth(140)
        self.progress.setTextVisible(False)
        self.progress.setToolTip(self.tr("Exporting the brief"))
        window.statusBar().addPermanentWidget(self.progress)
        self.progress.hide()
        self.cancel_button = QToolButton(window)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop exporting the brief; nothing is written"))
        self.cancel_button.clicked.connect(self.cancel)
        window.statusBar().addPermanentWidget(self.cancel_button)
        self.cancel_button.hide()
        self._stop = threading.Event()

    @property
    def busy(self) -> bool:
        """True while a brief is being written."""
        return self._job is not None

    def export(self, path: Path, options: BriefOptions) -> bool:
        """Start writing the brief to `path`; False (and nothing done) while one is running.

        The workspace and contract are taken now, so edits made meanwhile do not mix in.
        """
        if self._job is not None:
            return False
        from core.report import render_brief

        session = self._session
        names = options.scenarios or tuple(s.name for s in session.workspace.scenarios)
        self._stop = stop = threading.Event()
        job = partial(
            render_brief,
            session.workspace,
            session.contract,
            path,
            chain=session.chain,
            scenarios=names,
            title=options.title or None,
            audience=options.audience or None,
            page_size=options.page_size,
            sections=options.sections,
            reader=options.reader,
            lang=options.lang,
            author=options.author,
            cancelled=stop.is_set,
        )
        self._set_job((path, options))
        self._window.statusBar().showMessage(
            self.tr("Exporting the brief to {name}…").format(name=path.name)
        )
        run_in_background(job, self._on_done, self._on_error)
        return True

    def cancel(self) -> None:
        """Stop the running export at its next step; nothing is written."""
        if self._job is not None:
            self._stop.set()
            self.cancel_button.setEnabled(False)
            self._window.statusBar().showMessage(self.tr("Cancelling the brief export…"))

    def _set_job(self, job: tuple[Path, BriefOptions] | None) -> None:
        self._job = job
        self.progress.setVisible(job is not None)
        self.cancel_button.setVisible(job is not None)
        self.cancel_button.setEnabled(job is not None)
        self.busy_changed.emit(job is not None)

    def _on_done(self, written: object) -> None:
        assert self._job is not None
        path, options = self._job
        self._set_job(None)
        message = self.tr("Exported the brief to {path}").format(path=path)
        if options.open_when_done and not self.open_url(QUrl.fromLocalFile(str(path))):
            message += " " + self.tr("(no PDF viewer found to open it)")
        self._window.statusBar().showMessage(message, 10_000)
        self.finished.emit(Path(str(written)))

    def _on_error(self, exc: BaseException) -> None:
        from core.report import BriefCancelledError

        assert self._job is not None
        path, _ = self._job
        self._set_job(None)
        if isinstance(exc, BriefCancelledError):
            self._window.statusBar().showMessage(
                self.tr("Brief export cancelled; nothing written"), 10_000
            )
            self.cancelled.emit(path)
            return
        message = error_message(path, exc)
        self._window.statusBar().showMessage(self.tr("The brief was not exported"), 10_000)
        self.show_error(message)
        self.failed.emit(path, message)

    def _show_error_box(self, message: str) -> None:
        QMessageBox.warning(self._window, self.tr("Could not export the brief"), message)
