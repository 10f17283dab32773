"""The clause timeline: lanes by kind, events, versions in force, computed markers; navigation.

An edit moves the items it concerns in place (see `Drawing.update`); another contract or
horizon draws the timeline afresh. A hidden timeline does nothing until it is shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QCursor, QShowEvent
from PySide6.QtWidgets import QMenu, QWidget

from core.clausetext import version_label
from core.contract import Contract
from core.present.timeline import TimelineLayout
from core.projection import Projection
from gui.change import Change
from gui.session import Session
from gui.theme import theme_notifier
from gui.views.timeline_drawing import draw_timeline
from gui.views.timeline_frame import TimelineFrame
from gui.views.timeline_labels import place_flags
from gui.views.visibility import is_on_screen


class TimelineView(TimelineFrame):
    """Shows session.contract on a time axis with session.projection's cut and markers.

    Follows a new projection at once while visible (and refits the axis on another
    document); emits `clause_selected` and `event_selected` when a bar or an event
    is clicked. A badge of crowded events opens `cluster_menu` to pick one.
    """

    clause_selected = Signal(str)  # clause id
    event_selected = Signal(int)  # index into contract.events

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._selected_clause: str | None = None
        self._dirty = True  # nothing drawn yet: the first show draws
        self._fit_pending = True
        self._clicks.clause_clicked.connect(self._on_bar_clicked)
        self._clicks.event_clicked.connect(self._on_event_clicked)
        self._clicks.cluster_clicked.connect(self._on_cluster_clicked)
        session.changed.connect(self._on_changed)
        theme_notifier().changed.connect(self._on_theme_changed)

    @property
    def markers(self) -> dict[str, float]:
        """Computed markers by name (``agi_effective``, ...) at fractional years."""
        return {m.name: m.at for m in self.timeline.markers} if self.timeline else {}

    def _on_theme_changed(self, _: bool) -> None:
        """Recolour everything: the items are drawn again, at once if on screen."""
        self._apply_colours()
        self.legend.restyle()
        self.timeline = None
        self._drawing.contract = None  # no update in place: new items in the new colours
        self._dirty = True
        if is_on_screen(self):
            self._render(self._session.projection)

    # -- session -------------------------------------------------------------------------

    def _on_changed(self, change: Change) -> None:
        if change.document:
            self._on_document_changed()
        if change.projection:
            self._on_projection_changed(self._session.projection)

    def _on_document_changed(self) -> None:
        self._fit_pending = True
        self._selected_clause = None
        self._selected_event = None

    def _on_projection_changed(self, projection: Projection) -> None:
        self._dirty = True
        if is_on_screen(self):
            self._render(projection)
        # else: hidden views do no work; showEvent or refresh_if_dirty catches up

    def refresh_if_dirty(self) -> None:
        """Draw now if a change arrived while hidden (e.g. behind another dock tab)."""
        if self._dirty:
            self._render(self._session.projection)

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up on being shown (see `refresh_if_dirty`)."""
        super().showEvent(event)
        self.refresh_if_dirty()

    def _render(self, projection: Projection) -> None:
        self._dirty = False
        contract = projection.contract
        timeline = self._session.timeline(projection)
        caption = (
            f"<b>{version_label(contract).capitalize()}</b> · computed for "
            f"“{self._session.current}”"
        )
        if caption != self.caption.text():
            self.caption.setText(caption)
            self.caption.setToolTip(contract.title)
        if timeline == self.timeline and not self._fit_pending:
            return  # most edits move no date on the timeline: nothing to do
        axis_moved = self.timeline is None or timeline.axis != self.timeline.axis
        self.timeline = timeline
        if self._fit_pending or not self._drawing.update(
            self.header_plot, self.lanes_plot, timeline, contract
        ):
            self._redraw(timeline, contract)
            return
        if axis_moved:
            self._set_limits(timeline)
        # Events and bar starts do not move with an edit: only the flags follow their lines.
        low, per_px, width = self._scale()
        place_flags(self._drawing, low, per_px, width)

    def _redraw(self, timeline: TimelineLayout, contract: Contract) -> None:
        """Draw `timeline` afresh: another contract, other lanes or events."""
        self._drawing = draw_timeline(
            self.header_plot, self.lanes_plot, timeline, contract, self._clicks
        )
        self._title_size = 0.0
        self._set_limits(timeline)
        if self._fit_pending:
            self._fit_pending = False
            self.fit()
        self._on_lanes_resized()
        self._restore_selection()

    def _set_limits(self, timeline: TimelineLayout) -> None:
        low, high = timeline.axis
        for plot in (self.header_plot, self.lanes_plot):
            plot.getViewBox().setLimits(
                xMin=low - 2, xMax=high + 2, minXRange=1 / 6, maxXRange=high - low + 4
            )

    # -- selection -----------------------------------------------------------------------

    def _on_bar_clicked(self, clause_id: str) -> None:
        self.select_clause(clause_id)
        self.clause_selected.emit(clause_id)

    def _on_event_clicked(self, index: int) -> None:
        self.select_event(index)
        self.event_selected.emit(index)

    def _on_cluster_clicked(self, members: list[int]) -> None:
        self.open_cluster(members).popup(QCursor.pos())

    def open_cluster(self, members: list[int]) -> QMenu:
        """The list of the events `members` (indices) as a menu; picking one selects it."""
        if self.cluster_menu is not None:
            self.cluster_menu.deleteLater()
        menu = QMenu(self)
        for index in members:
            event = self._drawing.events[index].event
            action = menu.addAction(f"{event.day:%d %b %Y} — {event.title}")
            action.setData(index)
            if event.summary:
                action.setToolTip(event.summary)
        menu.setToolTipsVisible(True)
        menu.triggered.connect(self._on_cluster_event_picked)
        self.cluster_menu = menu
        return menu

    def _on_cluster_event_picked(self, action: Any) -> None:
        self._on_event_clicked(int(action.data()))

    def select_clause(self, clause_id: str | None) -> None:
        """Outline the bar of `clause_id` (None: none) and scroll it into view."""
        self._selected_clause = clause_id
        self._selected_event = None
        self._restore_selection()
        item = self.bars.get(clause_id or "")
        if item is not None:
            visible = self.lanes_plot.getViewBox().height() / self._row_px
            if not self._top <= item.lane <= self._top + visible - 1:
                self.scrollbar.setValue(round(max(item.lane - visible / 2, 0) * 10))

    def select_event(self, index: int | None) -> None:
        """Highlight the event at `index` of contract.events (None: none)."""
        self._selected_event = index
        self._selected_clause = None
        self._restore_selection()

    def _restore_selection(self) -> None:
        for clause_id, item in self.bars.items():
            item.set_selected(clause_id == self._selected_clause)
        for diamond in self.event_markers:
            diamond.set_highlighted(diamond.event.index == self._selected_event)
        for badge in self._drawing.badges:
            badge.highlighted = self._selected_event in badge.members
            badge.update()
