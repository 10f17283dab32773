"""The File menu's work: new, open, open recent, save, save as, revert, exports, recovery.

Dialogs live only in the `_on_*_triggered` handlers; tests call the methods they wrap.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from core.contract import Contract
from core.deals import group_by_deal, versions_of_deal
from core.edits.documents import contracts_to_start_from, is_own_resource, new_document
from core.errors import FileError, Problem, ValidationError
from gui.autosave import find_recovery_files
from gui.brief_export import BriefExporter, BriefOptions
from gui.language import QT_TRANSLATE_NOOP
from gui.recent_files import add_recent, recent_paths
from gui.recovery import RecoveryHandlers, offer_recovery
from gui.save_guard import DiskChoice, DiskWatch, ask_changed_on_disk
from gui.session import Session
from gui.window_part import WindowPart

if TYPE_CHECKING:
    from gui.dialogs.problems_dialog import ProblemsDialog
    from gui.main_window import MainWindow

OPEN_FILTER = QT_TRANSLATE_NOOP(
    "FileMenu", "Workspaces and contracts (*.json *.yaml *.yml);;All files (*)"
)
SAVE_FILTER = QT_TRANSLATE_NOOP("FileMenu", "Dealscope workspace (*.json)")
EXPORT_FILTER = QT_TRANSLATE_NOOP("FileMenu", "PNG image (*.png);;SVG drawing (*.svg)")
BRIEF_FILTER = QT_TRANSLATE_NOOP("FileMenu", "PDF document (*.pdf)")
Answer = QMessageBox.StandardButton


AUTHOR_SETTING = "brief/author"
"""The analyst's name, the author of the briefs the app exports."""


class FileMenu(WindowPart):
    """Runs the File menu of `window` on `session`; broken files keep the current workspace.

    Its dialogs are made, and their modules loaded, when first needed: none is on screen
    at start.
    """

    def __init__(self, window: MainWindow, session: Session) -> None:
        super().__init__(window, session)
        self._problems_dialog: ProblemsDialog | None = None
        self.brief_exporter = BriefExporter(window, session)
        self.brief_exporter.busy_changed.connect(self._on_brief_busy_changed)
        self._brief_options: BriefOptions | None = None
        self.disk = DiskWatch(session)
        # Questions and warnings; tests replace these to answer without a modal dialog.
        self.ask_save_path: Callable[[Path], Path | None] = self._ask_save_path
        self.ask_changed_on_disk: Callable[[Path], DiskChoice] = self._ask_changed_on_disk
        self.warn: Callable[[str, str], None] = self._warn
        a = window.actions_
        a.export_brief.triggered.connect(self._on_export_brief_triggered)
        a.new.triggered.connect(self._on_new_triggered)
        a.new_deal.triggered.connect(self._on_new_deal_triggered)
        a.open.triggered.connect(self._on_open_triggered)
        a.save.triggered.connect(self._on_save_triggered)
        a.save_as.triggered.connect(self._on_save_as_triggered)
        a.revert.triggered.connect(self._on_revert_triggered)
        a.export_charts.triggered.connect(self._on_export_triggered)
        a.new_menu.aboutToShow.connect(self._on_new_menu_about_to_show)
        a.new_menu.triggered.connect(self._on_new_menu_triggered)
        a.recent_menu.aboutToShow.connect(self._on_recent_menu_about_to_show)
        a.recent_menu.triggered.connect(self._on_recent_menu_triggered)

    @property
    def problems_dialog(self) -> ProblemsDialog:
        """The dialog listing a file's problems (one for the window, made on first use)."""
        if self._problems_dialog is None:
            from gui.accessibility import name_controls
            from gui.dialogs.problems_dialog import ProblemsDialog

            self._problems_dialog = ProblemsDialog(self._window)
            name_controls(self._problems_dialog)
        return self._problems_dialog

    def open_path(self, path: Path) -> bool:
        """Open `path` after settling unsaved changes; a broken file shows its problems."""
        if not self.settle_unsaved():
            return False
        try:
            self._session.open_file(path)
        except ValidationError as exc:
            self.show_problems(
                self.tr("{name} could not be opened; nothing was changed.").format(name=path.name),
                exc.problems,
            )
            return False
        except FileError as exc:
            self.show_problems(str(exc), [Problem(str(path), "", "an unreadable file", str(exc))])
            return False
        add_recent(self._window.settings, path)
        self._window.statusBar().showMessage(self.tr("Opened {path}").format(path=path), 5000)
        return True

    def show_problems(self, message: str, problems: tuple[Problem, ...] | list[Problem]) -> None:
        """Show the problems in a non-blocking dialog and in the status bar."""
        self._window.statusBar().showMessage(message, 10_000)
        self.problems_dialog.show_problems(message, problems)

    def new_from(self, contract_id: str) -> bool:
        """Start an unsaved workspace on a bundled contract."""
        if not self.settle_unsaved():
            return False
        self._session.open_document(new_document(contracts_to_start_from()[contract_id]))
        return True

    def new_deal(self, contract: Contract) -> bool:
        """Start an unsaved workspace on a new deal's contract, embedded in the workspace."""
        if not self.settle_unsaved():
            return False
        self._session.open_document(new_document(contract, bundled=False))
        self._window.statusBar().showMessage(
            self.tr("New deal: {title}").format(title=contract.title), 5000
        )
        return True

    def save(self) -> bool:
        """Save to the current file, or ask for one; False when cancelled or failed.

        When another program or window changed the file since it was opened, ask first:
        overwrite it, save under another name, or reload it.
        """
        path = self._session.path
        if path is None or is_own_resource(path):
            return self.save_as_asked()
        if self.disk.changed_on_disk(path):
            choice = self.ask_changed_on_disk(path)
            if choice is DiskChoice.SAVE_AS:
                return self.save_as_asked()
            if choice is DiskChoice.RELOAD:
                self.revert()
                return False
            if choice is not DiskChoice.OVERWRITE:
                return False
        return self.save_as(path)

    def save_as_asked(self) -> bool:
        """Ask for a file name (starting in the user's documents) and save there."""
        chosen = self.ask_save_path(self.suggested_save_path())
        if chosen is None:
            return False
        path = (
            chosen if chosen.suffix.lower() == ".json" else chosen.with_name(chosen.name + ".json")
        )
        return self.save_as(path)

    def suggested_save_path(self) -> Path:
        """The current file, else ``<contract id>.json`` in the user's documents folder."""
        path = self._session.path
        if path is not None and not is_own_resource(path):
            return path
        return documents_folder() / f"{self._session.contract.id}.json"

    def save_as(self, path: Path) -> bool:
        """Save to `path`; a failure is shown and leaves the session modified."""
        try:
            self._session.save(path)
        except FileError as exc:
            self.warn(self.tr("Could not save"), str(exc))
            return False
        self.disk.record()
        add_recent(self._window.settings, path)
        self._window.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 5000)
        return True

    def revert(self) -> bool:
        """Reload the file from disk, dropping unsaved changes."""
        path = self._session.path
        if path is None:
            return False
        try:
            self._session.open_file(path)
        except ValidationError as exc:
            self.show_problems(
                self.tr("{name} could not be reloaded.").format(name=path.name), exc.problems
            )
            return False
        except FileError as exc:
            self.show_problems(str(exc), [])
            return False
        return True

    def settle_unsaved(self) -> bool:
        """Ask what to do with unsaved changes; True when it is fine to go on."""
        if not self._session.is_modified:
            return True
        answer = self._window.ask_unsaved()
        if answer == Answer.Save:
            return self.save()
        return answer == Answer.Discard

    def export_charts(self, path: Path) -> list[Path]:
        """Write each chart next to `path` as `<stem>-<chart><suffix>`; return the files.

        Tells the outcome in the status bar; any failure also in a dialog naming the file
        and the cause.
        """
        from gui.chart_export import export_charts

        try:
            result = export_charts(self._window.charts_view, path)
        except FileError as exc:
            self._window.statusBar().showMessage(str(exc), 10_000)
            self.warn(self.tr("Could not export charts"), str(exc))
            return []
        self._window.statusBar().showMessage(result.summary, 10_000)
        if result.failures:
            self.warn(self.tr("Could not export every chart"), "\n".join(result.failures))
        return result.written

    def export_brief(self, path: Path, options: BriefOptions) -> bool:
        """Start writing the PDF brief to `path` off the GUI thread; False while one runs."""
        return self.brief_exporter.export(path, options)

    def offer_recovery(self, *folders: Path) -> bool:
        """Offer every autosave copy left by crashes in `folders`; True when one was opened.

        Nothing is deleted without the user's say (see gui.recovery).
        """
        entries = find_recovery_files(*folders)
        if not entries:
            return False
        handlers = RecoveryHandlers(
            self._window.ask_recover, self.ask_save_path, self.show_problems
        )
        return offer_recovery(entries, self._session, self._window.autosaver, handlers)

    def _on_new_triggered(self) -> None:
        contracts = contracts_to_start_from()
        contract = self._session.contract
        if contract.id not in contracts:
            # The newest bundled version of the same deal, else of the longest-running deal.
            same = versions_of_deal(contracts.values(), contract)
            contract = same[-1] if same else group_by_deal(contracts.values())[0].versions[-1]
        self.new_from(contract.id)

    def _on_new_deal_triggered(self) -> None:
        from gui.dialogs.new_deal_dialog import NewDealDialog

        dialog = NewDealDialog(list(contracts_to_start_from().values()), parent=self._window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.value is not None:
            self.new_deal(dialog.value)

    def _on_new_menu_about_to_show(self) -> None:
        menu = self._window.actions_.new_menu
        menu.clear()
        for deal in group_by_deal(contracts_to_start_from().values()):
            menu.addSection(deal.name)
            for contract in deal.versions:
                action = menu.addAction(contract.title)
                action.setData(contract.id)
                action.setToolTip(self.tr("New workspace on {id}").format(id=contract.id))

    def _on_new_menu_triggered(self, action: QAction) -> None:
        self.new_from(str(action.data()))

    def _on_recent_menu_about_to_show(self) -> None:
        menu = self._window.actions_.recent_menu
        menu.clear()
        for number, path in enumerate(recent_paths(self._window.settings), start=1):
            action = menu.addAction(f"&{number} {path.name}")
            action.setData(str(path))
            action.setToolTip(str(path))
        menu.setEnabled(True)

    def _on_recent_menu_triggered(self, action: QAction) -> None:
        self.open_path(Path(str(action.data())))

    def _on_open_triggered(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Open"), "", self.tr(OPEN_FILTER)
        )
        if name:
            self.open_path(Path(name))

    def _on_save_triggered(self) -> None:
        self.save()

    def _on_save_as_triggered(self) -> bool:
        return self.save_as_asked()

    def _ask_save_path(self, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Save As"), str(suggested), self.tr(SAVE_FILTER)
        )
        return Path(name) if name else None

    def _ask_changed_on_disk(self, path: Path) -> DiskChoice:
        return ask_changed_on_disk(self._window, path)

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self._window, title, text)

    def _on_revert_triggered(self) -> None:
        question = self.tr("Discard all unsaved changes and reload the file?")
        if QMessageBox.question(self._window, self.tr("Revert"), question) == Answer.Yes:
            self.revert()

    def _on_export_triggered(self) -> None:
        from gui.chart_export import with_suffix_of_filter

        name, selected = QFileDialog.getSaveFileName(
            self._window, self.tr("Export Charts"), "charts.png", self.tr(EXPORT_FILTER)
        )
        if name:
            self.export_charts(with_suffix_of_filter(name, selected))

    def _on_export_brief_triggered(self) -> None:
        from core.report.content import SECTIONS, default_title
        from gui.dialogs.export_brief_dialog import ExportBriefDialog

        current = self._session.current
        names = [current] + [
            s.name for s in self._session.workspace.scenarios if s.name != current
        ]
        dialog = ExportBriefDialog(
            names,
            SECTIONS,
            default_title(self._session.contract),
            self._brief_options,
            self._window,
            author=str(self._window.settings.value(AUTHOR_SETTING, "")),
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._brief_options = options = dialog.options()
        self._window.settings.setValue(AUTHOR_SETTING, options.author)
        name, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export Brief"),
            str(self.suggested_brief_path()),
            self.tr(BRIEF_FILTER),
        )
        if not name:
            return
        path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        self._window.settings.setValue("brief/folder", str(path.parent))
        self.export_brief(path, options)

    def suggested_brief_path(self) -> Path:
        """Where the save dialog starts: the last brief's folder, else the workspace's.

        Never the app's own resources (the bundled default workspace lives there).
        """
        path, contract = self._session.path, self._session.contract
        own = path is not None and is_own_resource(path)
        user_path = None if own else path
        name = f"{user_path.stem if user_path else contract.id}-brief.pdf"
        last = self._window.settings.value("brief/folder")
        if isinstance(last, str) and Path(last).is_dir():
            return Path(last) / name
        if user_path is not None:
            return user_path.parent / name
        return documents_folder() / name

    def _on_brief_busy_changed(self, busy: bool) -> None:
        self._window.actions_.export_brief.setEnabled(not busy)


def documents_folder() -> Path:
    """The user's documents folder (the home folder where the platform names none)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()
