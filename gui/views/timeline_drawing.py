"""Turn a TimelineLayout into pyqtgraph items, and move those items when the layout changes.

A rendering is built once per contract (`draw_timeline`); an edit that moves a date only
moves the items concerned (`Drawing.update`), so the timeline follows edits within a frame.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

from core.contract import Contract
from core.present.i18n import _
from core.present.timeline import ClauseBar, Marker, TimelineLayout, VersionSpan
from gui.language import translate
from gui.views.timeline_axes import LaneAxis
from gui.views.timeline_band import VersionBox
from gui.views.timeline_events import EventCluster, event_tip
from gui.views.timeline_items import ClauseBarItem, EventDiamond, TimelineClicks
from gui.views.timeline_style import LABEL_BACKDROP_ALPHA, timeline_colour

GROUP_GAP = 0.25
"""Space between lane groups, in lanes."""
HEADER_ROWS = 4.0
"""The header: two rows of marker flags, the events row, then the band of versions."""
FLAG_ROWS = (0.7, 1.7)
EVENT_ROW = 2.65
BAND_TOP, BAND_HEIGHT = 3.17, 0.75


def group_label(name: str) -> str:
    """A lane group's name in the current language, a long one on two lines."""
    text = _(name)
    if len(text) <= 12 or " " not in text:
        return text
    head, _space, tail = text.partition(" ")
    return f"{head}\n{tail}"


"""Group names that need two lines to fit the gutter."""
FLAG_POINTS = 8.0
TEXT_MARGIN_PX = 1.0
"""Room around the text of flags, tags and titles: boxes hug their text."""


@dataclass
class Flag:
    """A label in the header naming a marker (or today) at `x`."""

    item: pg.TextItem
    x: float


@dataclass
class MarkerItems:
    """The items of one computed marker: its lines, its flag, or its tag on a bar."""

    marker: Marker
    lines: tuple[pg.InfiniteLine, ...] = ()
    flag: Flag | None = None
    tag: pg.TextItem | None = None


@dataclass
class Drawing:
    """The items of one rendering, for updates in place, navigation, selection and tests."""

    contract: Contract | None = None
    structure: object = None
    bars: dict[str, ClauseBarItem] = field(default_factory=dict)
    labels: dict[str, pg.TextItem] = field(default_factory=dict)
    events: list[EventDiamond] = field(default_factory=list)
    badges: list[EventCluster] = field(default_factory=list)
    markers: dict[str, MarkerItems] = field(default_factory=dict)
    versions: list[VersionBox] = field(default_factory=list)
    today: Flag | None = None
    horizon: QGraphicsRectItem | None = None
    lanes: float = 0.0

    @property
    def marker_lines(self) -> dict[str, pg.InfiniteLine]:
        """The line of each computed marker across the lanes."""
        return {name: m.lines[-1] for name, m in self.markers.items() if m.lines}

    @property
    def flags(self) -> list[Flag]:
        """The header's flags: computed markers, then today."""
        flags = [m.flag for m in self.markers.values() if m.flag is not None]
        return flags + ([self.today] if self.today is not None else [])

    def update(
        self, header: pg.PlotItem, lanes: pg.PlotItem, layout: TimelineLayout, contract: Contract
    ) -> bool:
        """Move the existing items to `layout`; False when it needs a new drawing instead.

        Only items whose data changed are touched.
        """
        if contract is not self.contract or structure_of(layout) != self.structure:
            return False
        for bar in layout.bars:
            item = self.bars[bar.clause_id]
            if item.bar != bar:
                item.set_bar(bar, _bar_tip(bar))
        self._set_horizon(layout)
        _sync_markers(header, lanes, layout.markers, self)
        if len(layout.versions) == len(self.versions):
            for box, span in zip(self.versions, layout.versions, strict=True):
                box.set_span(span)
        else:
            _draw_versions(header, layout.versions, self)
        return True

    def _set_horizon(self, layout: TimelineLayout) -> None:
        if self.horizon is None or layout.horizon is None:
            return
        start, end = layout.horizon
        rect = QRectF(start, -50, end - start, self.lanes + 100)
        if rect != self.horizon.rect():
            self.horizon.setRect(rect)
            self.horizon.setToolTip(_horizon_tip(layout.horizon))


def structure_of(layout: TimelineLayout) -> object:
    """What decides which items a drawing has: the lanes, the events and the horizon's presence."""
    lanes = tuple((g.name, tuple(b.clause_id for b in g.bars)) for g in layout.groups)
    return lanes, layout.events, layout.horizon is None


def draw_timeline(
    header: pg.PlotItem,
    lanes: pg.PlotItem,
    layout: TimelineLayout,
    contract: Contract,
    clicks: TimelineClicks,
) -> Drawing:
    """Clear both plots and draw `layout` into them; items report clicks through `clicks`."""
    header.clear()
    lanes.clear()
    drawing = Drawing(contract=contract, structure=structure_of(layout))
    _draw_lanes(lanes, layout, clicks, drawing)
    _draw_horizon(lanes, layout, drawing)
    for event in layout.events:
        diamond = EventDiamond(event, clicks)
        diamond.setPos(event.at, EVENT_ROW)
        diamond.setToolTip(event_tip(diamond))
        header.addItem(diamond)
        drawing.events.append(diamond)
    _sync_markers(header, lanes, layout.markers, drawing)
    if layout.today is not None:
        _draw_today(header, lanes, layout.today, drawing)
    _draw_versions(header, layout.versions, drawing)
    axis = header.getAxis("left")
    if isinstance(axis, LaneAxis):
        labels = {
            1.0: translate("TimelineDrawing", "Computed"),
            EVENT_ROW: translate("TimelineDrawing", "Events"),
        }
        if layout.versions:
            labels[BAND_TOP + BAND_HEIGHT / 2] = translate("TimelineDrawing", "In force")
        axis.set_labels(labels)
    return drawing


def _draw_lanes(
    plot: pg.PlotItem, layout: TimelineLayout, clicks: TimelineClicks, drawing: Drawing
) -> None:
    y = GROUP_GAP / 2
    group_labels: dict[float, str] = {}
    backdrop = timeline_colour("background")
    backdrop.setAlpha(LABEL_BACKDROP_ALPHA)
    for number, group in enumerate(layout.groups):
        if number:
            _rule(plot, y + GROUP_GAP / 2)
            y += GROUP_GAP
        top = y
        for bar in group.bars:
            item = ClauseBarItem(bar, y, clicks)
            item.setToolTip(_bar_tip(bar))
            plot.addItem(item)
            # Above the marker lines, on a backdrop: a line never runs through a title.
            label = pg.TextItem(
                bar.title, color=timeline_colour("ink"), anchor=(0, 0.5), fill=pg.mkBrush(backdrop)
            )
            label.textItem.document().setDocumentMargin(TEXT_MARGIN_PX)
            keep_drawn(label)
            label.setPos(bar.start, y + 0.5)
            label.setZValue(9)
            plot.addItem(label)
            drawing.bars[bar.clause_id] = item
            drawing.labels[bar.clause_id] = label
            y += 1
        group_labels[(top + y) / 2] = group_label(group.name)
    drawing.lanes = y + GROUP_GAP / 2
    axis = plot.getAxis("left")
    if isinstance(axis, LaneAxis):
        axis.set_labels(group_labels)


def _rule(plot: pg.PlotItem, y: float) -> None:
    line = pg.InfiniteLine(pos=y, angle=0, pen=pg.mkPen(timeline_colour("rule"), width=1))
    line.setZValue(-5)
    plot.addItem(line)


def _draw_horizon(plot: pg.PlotItem, layout: TimelineLayout, drawing: Drawing) -> None:
    if layout.horizon is None:
        return
    start, end = layout.horizon
    rect = QGraphicsRectItem(QRectF(start, -50, end - start, drawing.lanes + 100))
    rect.setBrush(QBrush(timeline_colour("horizon")))
    rect.setPen(QPen(Qt.PenStyle.NoPen))
    rect.setZValue(-20)
    rect.setToolTip(_horizon_tip(layout.horizon))
    plot.addItem(rect)
    drawing.horizon = rect


def _horizon_tip(horizon: tuple[float, float]) -> str:
    return translate("TimelineDrawing", "Projection horizon, {start}–{end}").format(
        start=int(horizon[0]), end=int(horizon[1]) - 1
    )


def _draw_versions(header: pg.PlotItem, spans: tuple[VersionSpan, ...], drawing: Drawing) -> None:
    for box in drawing.versions:
        header.removeItem(box)
    drawing.versions = []
    for span in spans:
        box = VersionBox(span, BAND_TOP, BAND_HEIGHT)
        header.addItem(box)
        drawing.versions.append(box)


def _sync_markers(
    header: pg.PlotItem, lanes: pg.PlotItem, markers: tuple[Marker, ...], drawing: Drawing
) -> None:
    """Move each marker's items to its new date; add new markers, remove vanished ones."""
    wanted = {m.name: m for m in markers}
    for name in [n for n in drawing.markers if n not in wanted]:
        _remove_marker(header, lanes, drawing.markers.pop(name))
    for marker in markers:
        items = drawing.markers.get(marker.name)
        if items is None:
            drawing.markers[marker.name] = _draw_marker(header, lanes, marker, drawing)
        elif items.marker != marker:
            _move_marker(items, marker, drawing)


def _remove_marker(header: pg.PlotItem, lanes: pg.PlotItem, items: MarkerItems) -> None:
    if items.lines:
        header.removeItem(items.lines[0])
        lanes.removeItem(items.lines[-1])
    if items.flag is not None:
        header.removeItem(items.flag.item)
    if items.tag is not None:
        lanes.removeItem(items.tag)


def _move_marker(items: MarkerItems, marker: Marker, drawing: Drawing) -> None:
    tip = _wrap(html.escape(marker.hover))
    for line in items.lines:
        line.setValue(marker.at)
        line.setToolTip(tip)
    if items.flag is not None:
        items.flag.x = marker.at
        items.flag.item.setText(marker.label)
        items.flag.item.setToolTip(tip)
    if items.tag is not None:
        bar = drawing.bars.get(marker.name.partition(":")[2])
        items.tag.setText(marker.label)
        items.tag.setToolTip(tip)
        if bar is not None:
            items.tag.setPos(min(marker.until or bar.bar.end, bar.bar.end), bar.lane + 0.5)
    items.marker = marker


def _draw_marker(
    header: pg.PlotItem, lanes: pg.PlotItem, marker: Marker, drawing: Drawing
) -> MarkerItems:
    tip = _wrap(html.escape(marker.hover))
    if marker.until is not None:
        return MarkerItems(marker, tag=_draw_window(lanes, marker, tip, drawing))
    style = Qt.PenStyle.DashLine if marker.dashed else Qt.PenStyle.SolidLine
    lines = []
    for plot in (header, lanes):
        line = pg.InfiniteLine(
            pos=marker.at,
            angle=90,
            pen=pg.mkPen(timeline_colour("marker"), width=1.6, style=style),
        )
        line.setToolTip(tip)
        line.setZValue(8)
        plot.addItem(line)
        lines.append(line)
    return MarkerItems(marker, tuple(lines), _flag(header, marker.label, marker.at, tip))


def _draw_window(
    plot: pg.PlotItem, marker: Marker, tip: str, drawing: Drawing
) -> pg.TextItem | None:
    """A spend-commitment window is its clause's bar; its shortfall is tagged at the end."""
    bar = drawing.bars.get(marker.name.partition(":")[2])
    if bar is None:
        return None
    tag = _boxed_text(marker.label, timeline_colour("marker"), (-0.04, 0.5), tip)
    tag.setZValue(9)
    tag.setPos(min(marker.until or bar.bar.end, bar.bar.end), bar.lane + 0.5)
    plot.addItem(tag)
    return tag


def _draw_today(header: pg.PlotItem, lanes: pg.PlotItem, today: float, drawing: Drawing) -> None:
    pen = pg.mkPen(timeline_colour("today"), width=1.4, style=Qt.PenStyle.DashLine)
    for plot in (header, lanes):
        line = pg.InfiniteLine(pos=today, angle=90, pen=pen)
        line.setToolTip(QCoreApplication.translate("TimelineDrawing", "Today"))
        line.setZValue(7)
        plot.addItem(line)
    drawing.today = _flag(
        header,
        QCoreApplication.translate("TimelineDrawing", "Today"),
        today,
        QCoreApplication.translate("TimelineDrawing", "Today (the system date)"),
        timeline_colour("today"),
    )


def _boxed_text(text: str, colour: QColor, anchor: tuple[float, float], tip: str) -> pg.TextItem:
    """Text in `colour` on the background, in a thin box of its colour (a flag or a tag)."""
    item = pg.TextItem(
        text,
        color=colour,
        anchor=anchor,
        fill=pg.mkBrush(timeline_colour("background")),
        border=pg.mkPen(colour, width=1),
    )
    font = QFont()
    font.setPointSizeF(FLAG_POINTS)
    item.setFont(font)
    item.textItem.document().setDocumentMargin(TEXT_MARGIN_PX)
    keep_drawn(item)
    item.setToolTip(tip)
    return item


def keep_drawn(item: pg.TextItem) -> None:
    """Keep `item`'s text drawn as a pixmap until it changes (or the zoom does).

    A moved marker repaints the lanes it crosses: drawing their titles' glyphs again was a
    quarter of that repaint; a pan only moves the pixmaps.
    """
    item.textItem.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


def _flag(plot: pg.PlotItem, text: str, x: float, tip: str, colour: QColor | None = None) -> Flag:
    colour = colour if colour is not None else timeline_colour("marker")
    item = _boxed_text(text, colour, (0.5, 0.5), tip)
    item.setZValue(10)
    item.setPos(x, FLAG_ROWS[0])
    plot.addItem(item)
    return Flag(item, x)


def _bar_tip(bar: ClauseBar) -> str:
    lines = [
        f"<b>{html.escape(bar.title)}</b>",
        f"{bar.kind_label} · {bar.confidence}",
        bar.dates,
    ]
    if bar.cut_at is not None:
        ended = translate("TimelineDrawing", "Ended by the AGI clause in this scenario")
        lines.append(f"<span style='color:{timeline_colour('marker').name()}'>{ended}</span>")
    details = translate("TimelineDrawing", "Click for details")
    lines.append(f"<i>{details}</i>")
    return "<br>".join(lines)


def _wrap(text: str) -> str:
    return f"<div style='max-width: 360px'>{text}</div>"
