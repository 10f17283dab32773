"""The contract docks (timeline, clause inspector, explain, compare versions) and their menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QWidget

from core.contract import Contract
from core.explain_totals import TOTALS
from gui.change import Change
from gui.contract_versions import is_same_version, version_name, versions_by_deal
from gui.docks import add_dock, add_menu_before_help
from gui.language import QT_TRANSLATE_NOOP
from gui.session import Session
from gui.views.clause_inspector import ClauseInspector
from gui.views.explain_panel import KEY_FIGURE_EXPLAINED, ExplainPanel
from gui.views.timeline_view import TimelineView
from gui.views.visibility import BuiltOnShow, catch_up_when_raised, placeholder

if TYPE_CHECKING:
    from gui.views.version_compare_view import VersionCompareView

BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea
RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
DOCKS = (
    ("timeline", QT_TRANSLATE_NOOP("ContractDocks", "Timeline"), BOTTOM, "Ctrl+5"),
    ("inspector", QT_TRANSLATE_NOOP("ContractDocks", "Clause Inspector"), RIGHT, "Ctrl+6"),
    ("explain", QT_TRANSLATE_NOOP("ContractDocks", "Explain"), RIGHT, "Ctrl+7"),
    ("versions", QT_TRANSLATE_NOOP("ContractDocks", "Compare Versions"), BOTTOM, "Ctrl+8"),
)
"""Key, title, area and toggle shortcut of each dock; Ctrl+1 to Ctrl+4 are the main window's."""

MIN_DOCK_WIDTH = 160
MIN_DOCK_HEIGHT = 80


class ContractDocks(QObject):
    """Owns the contract views in docks of `window`, wires them together, adds the menu.

    A click on a timeline bar or event shows it in the inspector; a clause link in an
    explanation does too and outlines the bar. The Contract menu switches versions through
    ``session.set_contract`` (undoable) when the session has it.
    """

    def __init__(self, window: QMainWindow, session: Session) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self.timeline = TimelineView(session)
        self.inspector = ClauseInspector(session)
        self.explain = ExplainPanel(session)
        widgets: dict[str, QWidget] = {
            "timeline": self.timeline,
            "inspector": self.inspector,
            "explain": self.explain,
            "versions": placeholder(),  # built when it first comes forward
        }
        self.docks = {
            key: self._dock(title, area, shortcut, widgets[key])
            for key, title, area, shortcut in DOCKS
        }
        window.tabifyDockWidget(self.docks["inspector"], self.docks["explain"])
        window.tabifyDockWidget(self.docks["timeline"], self.docks["versions"])
        self.docks["inspector"].raise_()
        self.docks["timeline"].raise_()
        self._versions_view = BuiltOnShow(
            self.docks["versions"], self._build_versions, self._on_versions_built
        )
        self.version_group = QActionGroup(self)
        self.version_group.setExclusive(True)
        self._version_actions: dict[str, QAction] = {}
        self._versions: list[Contract] = []
        self._versions_listed = False
        self.menu = self._build_menu()
        self._connect()

    def _dock(
        self, title: str, area: Qt.DockWidgetArea, shortcut: str, widget: QWidget
    ) -> QDockWidget:
        # An explicit minimum beats the content's hint, so these docks never force the
        # window wider than a laptop screen; their content scrolls or elides instead.
        widget.setMinimumSize(MIN_DOCK_WIDTH, MIN_DOCK_HEIGHT)
        return add_dock(self._window, title, widget, area, shortcut, context="ContractDocks")

    def _build_menu(self) -> QMenu:
        menu = QMenu(self.tr("&Contract"), self._window)
        self.version_menu = menu.addMenu(self.tr("&Version"))
        self.version_menu.aboutToShow.connect(self._list_versions)
        menu.addSeparator()
        for dock in self.docks.values():
            menu.addAction(dock.toggleViewAction())
        menu.addSeparator()
        fit = menu.addAction(self.tr("&Fit Timeline"))
        fit.setToolTip(self.tr("Show the whole contract on the timeline"))
        fit.triggered.connect(self._on_fit_triggered)
        add_menu_before_help(self._window, menu)
        return menu

    def _connect(self) -> None:
        self.timeline.clause_selected.connect(self._on_clause_selected)
        self.timeline.event_selected.connect(self._on_event_selected)
        self.explain.clause_selected.connect(self._on_clause_selected)
        self.inspector.clause_selected.connect(self._on_inspector_link)
        self._session.changed.connect(self._on_changed)
        self.version_group.triggered.connect(self._on_version_triggered)
        catch_up_when_raised(self.docks["timeline"], self.timeline.refresh_if_dirty)
        catch_up_when_raised(self.docks["explain"], self.explain.when_shown.refresh_if_stale)

    @property
    def versions(self) -> VersionCompareView:
        """The Compare Versions view, built now if it has not come forward yet."""
        return self._versions_view.view

    def _build_versions(self) -> VersionCompareView:
        from gui.views.version_compare_view import VersionCompareView

        return VersionCompareView(self._session)

    def _on_versions_built(self, view: VersionCompareView) -> None:
        catch_up_when_raised(self.docks["versions"], view.when_shown.refresh_if_stale)

    def show_explanation(self, figure: str, period: str) -> None:
        """Explain `figure` in `period` and bring the Explain dock forward (for chart clicks)."""
        self.explain.show_explanation(figure, period)
        self._bring_forward("explain")

    def explain_key_figure(self, name: str) -> bool:
        """Explain the figure behind key figure `name` (a card click); False if none.

        A period figure is explained in its own period (the AGI test in the determination
        period, the revenue share in the period the cap is reached); the others in the
        period the panel already shows.
        """
        if name in TOTALS:  # a total over the horizon: how it adds up, not one quarter
            self.explain.show_total(name)
            self._bring_forward("explain")
            return True
        figure = KEY_FIGURE_EXPLAINED.get(name)
        if figure is None:
            return False
        value = self._session.projection.key_figures.get(name)
        period = self.explain.period
        if isinstance(value, str):
            period = value
        elif name == "first_profitable_year" and isinstance(value, int):
            period = _last_period_of(self._session.projection.grid.labels, value, period)
        self.show_explanation(figure, period)
        return True

    def show_clause(self, clause_id: str) -> None:
        """Show the clause in the inspector and outline its bar on the timeline."""
        self.inspector.show_clause(clause_id)
        self.timeline.select_clause(clause_id)
        self._bring_forward("inspector")

    def _bring_forward(self, key: str) -> None:
        dock = self.docks[key]
        dock.show()
        dock.raise_()

    def _on_clause_selected(self, clause_id: str) -> None:
        self.show_clause(clause_id)

    def _on_event_selected(self, index: int) -> None:
        self.inspector.show_event(index)
        self._bring_forward("inspector")

    def _on_inspector_link(self, clause_id: str) -> None:
        self.timeline.select_clause(clause_id)

    def _on_fit_triggered(self) -> None:
        self.timeline.fit()

    def _on_changed(self, change: Change) -> None:
        if change.document:
            self._versions_listed = False  # listed afresh when the menu next opens

    @property
    def version_actions(self) -> dict[str, QAction]:
        """The Version menu's entries by contract id (listed now if not yet)."""
        self._list_versions()
        return self._version_actions

    def _list_versions(self) -> None:
        """List every bundled version in the Version menu and check the contract in use.

        Done when the menu opens, not at start: it reads every bundled contract.
        """
        if self._versions_listed:
            return
        self._versions_listed = True
        current = self._session.contract
        for action in self.version_group.actions():
            self.version_group.removeAction(action)
        self.version_menu.clear()
        self._version_actions = {}
        self._versions = []
        for deal in versions_by_deal(current):
            self.version_menu.addSection(deal.name)
            for contract in deal.versions:
                self._add_version_action(contract, current)

    def _add_version_action(self, contract: Contract, current: Contract) -> None:
        """One checkable menu entry for `contract`, under its deal's section."""
        action = QAction(f"{version_name(contract)} — {contract.title}", self.version_menu)
        action.setCheckable(True)
        action.setChecked(is_same_version(contract, current))
        action.setData(len(self._versions))
        self._versions.append(contract)
        self.version_group.addAction(action)
        self.version_menu.addAction(action)
        self._version_actions[contract.id] = action

    def _on_version_triggered(self, action: QAction) -> None:
        contract = self._versions[int(action.data())]
        if not is_same_version(contract, self._session.contract):
            self.switch_to(contract)

    def switch_to(self, contract: Contract) -> None:
        """Make `contract` the workspace's contract (one undo step); scenarios stay."""
        self._session.set_contract(contract)


def _last_period_of(labels: tuple[str, ...], year: int, fallback: str) -> str:
    in_year = [label for label in labels if label.startswith(str(year))]
    return in_year[-1] if in_year else fallback


def install_contract_docks(window: QMainWindow, session: Session) -> ContractDocks:
    """Add the timeline, clause inspector, explain and compare-versions docks to `window`."""
    return ContractDocks(window, session)
