"""The main window: docks, menus and toolbar; views are built once a session is attached.

Only Qt is imported here, so the window paints before the contract models, numpy,
pandas and pyqtgraph load.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from gui.docks import add_dock
from gui.drops import dropped_file
from gui.icons import icon
from gui.language import QT_TRANSLATE_NOOP
from gui.language_menu import LanguageMenu
from gui.theme import Mode
from gui.theme_menu import ThemeMenu
from gui.window_actions import make_actions
from gui.window_layout import (
    apply_default_dock_sizes,
    arrange_default_docks,
    first_window_geometry,
    saved_layout,
)
from gui.window_menus import build_menus

if TYPE_CHECKING:
    from gui.autosave import Autosaver
    from gui.brief_export import BriefOptions
    from gui.change import Change
    from gui.dialogs.settings_dialog import SettingsDialog
    from gui.file_menu import FileMenu
    from gui.help_window import HelpWindow
    from gui.recovery import RecoveryChoice, RecoveryOffer
    from gui.session import Session
    from gui.views.assumptions_panel import AssumptionsPanel
    from gui.views.charts.charts_view import ChartsView
    from gui.views.compare_view import CompareView
    from gui.views.key_figures_view import KeyFiguresView
    from gui.views.scenario_panel import ScenarioPanel
    from gui.window_views import WindowViews

_AREA = Qt.DockWidgetArea
DOCKS = (
    ("scenarios", QT_TRANSLATE_NOOP("MainWindow", "Scenarios"), _AREA.LeftDockWidgetArea),
    ("figures", QT_TRANSLATE_NOOP("MainWindow", "Key Figures"), _AREA.RightDockWidgetArea),
    ("assumptions", QT_TRANSLATE_NOOP("MainWindow", "Assumptions"), _AREA.BottomDockWidgetArea),
    ("compare", QT_TRANSLATE_NOOP("MainWindow", "Compare"), _AREA.BottomDockWidgetArea),
)
"""Key, title and area of the main window's docks, toggled by Ctrl+1 to Ctrl+4 in this order."""
Answer = QMessageBox.StandardButton
Folders = Sequence[Path] | None


class MainWindow(QMainWindow):
    """Composes the views of one Session in docks around the charts; owns menus and toolbar."""

    first_painted = Signal()
    session_attached = Signal()  # attach() has built the views and the File menu

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else QSettings()
        self.setWindowTitle("Dealscope")
        self.setWindowIcon(icon("dealscope"))
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.actions_ = make_actions(self)
        self.docks = {
            key: self._make_dock(title, area, f"Ctrl+{number}")
            for number, (key, title, area) in enumerate(DOCKS, start=1)
        }
        self.tabifyDockWidget(self.docks["assumptions"], self.docks["compare"])
        self.docks["assumptions"].raise_()
        self.setCentralWidget(
            QLabel(self.tr("Loading workspace…"), alignment=Qt.AlignmentFlag.AlignCenter)
        )
        self._build_menus()
        self.status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_label)
        self.statusBar().showMessage(self.tr("Loading…"))
        self._painted = False
        self.session: Session | None = None
        self.file_menu: FileMenu | None = None
        self.autosaver: Autosaver | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.views: WindowViews
        # Answers to questions; tests replace these to answer without a modal dialog.
        self.ask_unsaved = self._ask_unsaved
        self.ask_recover = self._ask_recover
        self.autosave_message: QMessageBox | None = None
        self._restore_layout()

    def _make_dock(self, title: str, area: Qt.DockWidgetArea, shortcut: str) -> QDockWidget:
        loading = QLabel(self.tr("Loading…"), alignment=Qt.AlignmentFlag.AlignCenter)
        return add_dock(self, title, loading, area, shortcut)

    def _build_menus(self) -> None:
        a = self.actions_
        menus = build_menus(self, a, self.docks.values())
        self.file_menu_widget, self.edit_menu, self.view_menu = menus.file, menus.edit, menus.view
        self.help_menu = menus.help  # the docks put their menus before it
        self.theme_menu = ThemeMenu(self.view_menu, self.settings, self)
        self.language_menu = LanguageMenu(self.view_menu, self.settings, self)
        a.undo.setEnabled(False)
        a.redo.setEnabled(False)
        a.settings.setEnabled(False)  # until a session is attached
        a.settings.triggered.connect(self._on_settings_triggered)
        a.quit.triggered.connect(self.close)
        a.about.triggered.connect(self._on_about_triggered)
        a.guide.triggered.connect(self.show_guide)
        # The brief is one key away from anywhere: a floating panel or the guide window too.
        a.export_brief.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.help_window: HelpWindow | None = None

    def show_guide(self) -> HelpWindow:
        """Open (or bring forward) the user guide window."""
        from gui.help_window import HelpWindow

        if self.help_window is None:
            self.help_window = HelpWindow(self)
        if self.help_window.isVisible():
            self.help_window.raise_()  # behind the main window: bring it forward
        self.help_window.show()
        self.help_window.activateWindow()
        return self.help_window

    def set_theme(self, mode: Mode) -> None:
        """Use theme `mode` now and in later sessions (View > Theme)."""
        self.theme_menu.set_theme(mode)

    @property
    def theme_actions(self) -> dict[str, QAction]:
        """View > Theme's System, Light and Dark actions."""
        return self.theme_menu.actions

    def _on_about_triggered(self) -> None:
        from gui.dialogs.about_dialog import show_about

        show_about(self)

    def _on_settings_triggered(self) -> None:
        self.edit_settings()

    def edit_settings(self) -> SettingsDialog | None:
        """Open the projection settings dialog; OK applies them (undoable)."""
        if self.session is None:
            return None
        from gui.dialog_flow import open_dialog
        from gui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.session.workspace.settings, self)
        self.settings_dialog = open_dialog(dialog, self._apply_settings, self._forget_settings)
        return dialog

    def _apply_settings(self, dialog: SettingsDialog) -> None:
        if dialog.value is not None and self.session is not None:
            self.session.set_settings(dialog.value)

    def _forget_settings(self) -> None:
        self.settings_dialog = None

    def export_brief(self, path: Path, options: BriefOptions) -> bool:
        """Start writing the PDF brief to `path` (see BriefExporter); False if not possible."""
        return self.file_menu is not None and self.file_menu.export_brief(path, options)

    def attach(
        self, session: Session, recovery_folder: Path | None = None, fallbacks: Folders = None
    ) -> None:
        """Build every view on `session` and start autosaving to `recovery_folder`.

        When that folder cannot be written, autosave moves to the first of
        `fallbacks` that can (by default the cache and the temporary folders).
        """
        from gui.views.visibility import settling

        with settling():  # the docks come and go while they are added and laid out
            self._attach(session, recovery_folder, fallbacks)
        # The new tab groups are laid out on the next turn, a tab in front for a moment.
        QTimer.singleShot(0, self, self._arm_views)
        self.session_attached.emit()

    def _arm_views(self) -> None:
        from gui.views.visibility import BuiltOnShow

        for lazy in self.findChildren(BuiltOnShow):
            lazy.arm()

    def _attach(self, session: Session, recovery_folder: Path | None, fallbacks: Folders) -> None:
        from gui.accessibility import name_controls, reach_every_panel
        from gui.analysis_dock import install_analysis_dock
        from gui.autosave import Autosaver
        from gui.backtest_dock import install_backtest_dock
        from gui.contract_docks import install_contract_docks
        from gui.contract_export import install_contract_export
        from gui.file_menu import FileMenu
        from gui.window_views import WindowViews

        self.session = session
        self.views = WindowViews(self, self.docks, session)
        self.scenario_panel: ScenarioPanel = self.views.scenario_panel
        self.figures_view: KeyFiguresView = self.views.figures_view
        self.charts_view: ChartsView = self.views.charts_view
        if not self._layout_restored:
            # The views' size hints differ from the placeholders'; size the docks again
            # once the layout has taken the new views in.
            QTimer.singleShot(0, self._apply_default_dock_sizes)
        self.views.grid_actions.add_to(self.edit_menu)
        self._connect_undo(session)
        self.actions_.settings.setEnabled(True)
        if recovery_folder is not None:
            self.autosaver = Autosaver(session, recovery_folder, fallbacks=fallbacks)
            self.autosaver.trouble.connect(self._on_autosave_trouble)
        self.file_menu = FileMenu(self, session)
        self._add_excel_actions(session)
        self.contract_export = install_contract_export(self, session)
        session.changed.connect(self._on_changed)
        session.modified_changed.connect(self.setWindowModified)
        session.error_raised.connect(self._on_error_raised)
        self._on_path_changed(session.path)
        self._on_document_changed()
        self.contract_docks = install_contract_docks(self, session)
        self.analysis_dock = install_analysis_dock(self, session)
        self._connect_explain()
        if not self._layout_restored:
            arrange_default_docks(self, self._all_docks())
        self.backtest_dock = install_backtest_dock(self, session)  # tabbed after the others
        self._restore_dock_state()  # the contract docks exist only now
        reach_every_panel(self)
        name_controls(self)
        self.statusBar().showMessage(self.tr("Ready"), 3000)

    @property
    def assumptions_panel(self) -> AssumptionsPanel:
        """The assumptions grid, built now if it has not come forward yet."""
        return self.views.assumptions.view

    @property
    def compare_view(self) -> CompareView:
        """The Compare view, built now if it has not come forward yet."""
        return self.views.compare.view

    def _add_excel_actions(self, session: Session) -> None:
        from gui.excel_files import ExcelFiles

        self.excel_files = ExcelFiles(self, session)
        quit_action = self.actions_.quit
        self.file_menu_widget.insertAction(quit_action, self.excel_files.export_action)
        self.file_menu_widget.insertAction(quit_action, self.excel_files.import_action)
        self.file_menu_widget.insertSeparator(quit_action)

    def _connect_explain(self) -> None:
        from gui.views.explain_panel import KEY_FIGURE_EXPLAINED

        self.charts_view.point_clicked.connect(self._on_point_clicked)
        self.figures_view.card_clicked.connect(self._on_card_clicked)
        self.figures_view.set_explainable(KEY_FIGURE_EXPLAINED)

    def _on_point_clicked(self, figure: str, period: str) -> None:
        self.contract_docks.show_explanation(figure, period)

    def _on_card_clicked(self, name: str) -> None:
        if not self.contract_docks.explain_key_figure(name):
            self.statusBar().showMessage(self.tr("No explanation for this figure"), 5000)

    def _connect_undo(self, session: Session) -> None:
        stack, a = session.undo_stack, self.actions_
        a.undo.triggered.connect(stack.undo)
        a.redo.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(a.undo.setEnabled)
        stack.canRedoChanged.connect(a.redo.setEnabled)
        stack.undoTextChanged.connect(self._on_undo_text_changed)
        stack.redoTextChanged.connect(self._on_redo_text_changed)

    def _on_undo_text_changed(self, text: str) -> None:
        self.actions_.undo.setText(self.tr("&Undo {action}").format(action=text).strip())

    def _on_redo_text_changed(self, text: str) -> None:
        self.actions_.redo.setText(self.tr("&Redo {action}").format(action=text).strip())

    def _on_changed(self, change: Change) -> None:
        if change.path and self.session is not None:
            self._on_path_changed(self.session.path)
        if change.document:
            self._on_document_changed()

    def _on_path_changed(self, path: Path | None) -> None:
        name = path.name if path is not None else self.tr("Untitled")
        self.setWindowTitle(self.tr("{name}[*] — Dealscope").format(name=name))
        self.setWindowFilePath(str(path) if path is not None else "")
        self.actions_.revert.setEnabled(path is not None)

    def _on_document_changed(self) -> None:
        # Imported here: the contract models it loads wait until the window has painted.
        from core.present.contract_text import title_of

        if self.session is not None:
            self.status_label.setText(title_of(self.session.contract))

    def _on_error_raised(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)

    def _ask_unsaved(self) -> Answer:
        question = self.tr("Save the changes to this workspace first?")
        buttons = Answer.Save | Answer.Discard | Answer.Cancel
        return QMessageBox.question(self, self.tr("Unsaved changes"), question, buttons)

    def _ask_recover(self, offer: RecoveryOffer) -> RecoveryChoice:
        from gui.recovery import ask_recovery

        return ask_recovery(self, offer)

    def _on_autosave_trouble(self, message: str) -> None:
        """Tell once, in the status bar and a dialog that does not stop the app."""
        self.statusBar().showMessage(message)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Autosave"), message, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.autosave_message = box
        box.open()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Emit first_painted once, after the first paint."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Settle unsaved changes, then save the window layout."""
        if self.file_menu is not None and not self.file_menu.settle_unsaved():
            event.ignore()
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        if self.autosaver is not None:
            self.autosaver.close()
        event.accept()

    def _restore_layout(self) -> None:
        saved = saved_layout(self.settings)
        self._layout_restored = saved is not None
        if saved is None:
            screen = self.screen() or QGuiApplication.primaryScreen()
            self.setGeometry(first_window_geometry(screen.availableGeometry()))
            self._apply_default_dock_sizes()
        else:
            self.restoreGeometry(saved[0])
            self.restoreState(saved[1])

    def _restore_dock_state(self) -> None:
        saved = saved_layout(self.settings)
        if saved is not None:
            self.restoreState(saved[1])
            self.restoreGeometry(saved[0])

    def _all_docks(self) -> dict[str, QDockWidget]:
        contract = getattr(self, "contract_docks", None)
        return {**self.docks, **(contract.docks if contract is not None else {})}

    def _apply_default_dock_sizes(self) -> None:
        apply_default_dock_sizes(self, self._all_docks())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept a dragged workspace or contract file."""
        if dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Open the dropped workspace or contract file."""
        path = dropped_file(event)
        if path is not None and self.file_menu is not None:
            event.acceptProposedAction()
            self.file_menu.open_path(path)
