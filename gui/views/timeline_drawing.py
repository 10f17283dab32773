"""Turn a TimelineLayout into pyqtgraph items: lanes, bars, events, markers and today."""

from __future__ import annotations

import html
from dataclasses import dataclass, field

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import QGraphicsRectItem

from core.clausetext import KIND_LABELS, describe_dates
from core.contract import Contract
from core.timeline import ClauseBar, Marker, TimelineLayout, pack_rows
from gui.views.timeline_axes import LaneAxis
from gui.views.timeline_items import ClauseBarItem, EventDiamond, TimelineClicks
from gui.views.timeline_style import HORIZON, INK, MARKER, RULE, TODAY

GROUP_GAP = 0.45
"""Space between lane groups, in lanes."""
HEADER_ROWS = 4.0
"""The header: two rows of marker flags, then the events lane."""
FLAG_ROWS = (0.55, 1.5)
EVENT_ROWS = (2.45, 3.0, 3.55)
DASHED = ("agi_determination", "cap_reached", "first_profitable_year")
LABEL_PAD_PX = 9
EVENT_HALF_PX = 7


@dataclass
class Flag:
    """A label in the header naming a marker (or today) at `x`."""

    item: pg.TextItem
    x: float


@dataclass
class Drawing:
    """The items of one rendering, for navigation, selection and tests."""

    bars: dict[str, ClauseBarItem] = field(default_factory=dict)
    labels: dict[str, pg.TextItem] = field(default_factory=dict)
    events: list[EventDiamond] = field(default_factory=list)
    marker_lines: dict[str, pg.InfiniteLine] = field(default_factory=dict)
    flags: list[Flag] = field(default_factory=list)
    tags: dict[str, pg.TextItem] = field(default_factory=dict)
    lanes: float = 0.0


def draw_timeline(
    header: pg.PlotItem,
    lanes: pg.PlotItem,
    layout: TimelineLayout,
    contract: Contract,
    today: float,
    clicks: TimelineClicks,
) -> Drawing:
    """Clear both plots and draw `layout` into them; items report clicks through `clicks`."""
    header.clear()
    lanes.clear()
    drawing = Drawing()
    _draw_lanes(lanes, layout, contract, clicks, drawing)
    _draw_horizon(lanes, layout, drawing.lanes)
    for event in layout.events:
        diamond = EventDiamond(event, clicks)
        diamond.setPos(event.at, EVENT_ROWS[1])
        tip = f"<b>{html.escape(event.title)}</b><br>{event.day:%d %B %Y}"
        if event.summary:
            tip += f"<br>{html.escape(event.summary)}"
        diamond.setToolTip(_wrap(tip))
        header.addItem(diamond)
        drawing.events.append(diamond)
    for marker in layout.markers:
        _draw_marker(header, lanes, marker, drawing)
    _draw_today(header, lanes, today, drawing)
    axis = header.getAxis("left")
    if isinstance(axis, LaneAxis):
        axis.set_labels({1.0: "Computed", EVENT_ROWS[1]: "Events"})
    return drawing


def place_labels(drawing: Drawing, low: float, per_px: float, width_px: float) -> None:
    """Keep bar titles and flags in view, and stack flags and events so they do not overlap.

    `low` is the first visible year, `per_px` the years per pixel at the current zoom and
    `width_px` the width of the view; a flag near an edge slides inwards off its line.
    """
    for clause_id, label in drawing.labels.items():
        start = drawing.bars[clause_id].x_range[0]
        label.setPos(max(start, low) + LABEL_PAD_PX * per_px, label.pos().y())
    spans, centres = [], []
    for flag in drawing.flags:
        half = flag.item.textItem.boundingRect().width() / 2 + 2
        centre = (flag.x - low) / per_px
        if -half < centre < width_px + half:
            centre = min(max(centre, half), width_px - half)
        centres.append(centre)
        spans.append((centre - half, centre + half))
    rows = pack_rows(spans, len(FLAG_ROWS), gap=4)
    for flag, centre, row in zip(drawing.flags, centres, rows, strict=True):
        flag.item.setPos(low + centre * per_px, FLAG_ROWS[row])
    pixels = [(event.x - low) / per_px for event in drawing.events]
    spans = [(x - EVENT_HALF_PX, x + EVENT_HALF_PX) for x in pixels]
    middle_first = (1, 0, 2)
    for event, row in zip(drawing.events, pack_rows(spans, 3, gap=1), strict=True):
        event.setPos(event.x, EVENT_ROWS[middle_first[row]])


def _draw_lanes(
    plot: pg.PlotItem,
    layout: TimelineLayout,
    contract: Contract,
    clicks: TimelineClicks,
    drawing: Drawing,
) -> None:
    y = GROUP_GAP / 2
    group_labels: dict[float, str] = {}
    font = QFont()
    font.setPointSizeF(9.0)
    for number, group in enumerate(layout.groups):
        if number:
            _rule(plot, y + GROUP_GAP / 2)
            y += GROUP_GAP
        top = y
        for bar in group.bars:
            item = ClauseBarItem(bar, y, clicks)
            item.setToolTip(_bar_tip(bar, contract))
            plot.addItem(item)
            label = pg.TextItem(bar.title, color=INK, anchor=(0, 0.5))
            label.setFont(font)
            label.setPos(bar.start, y + 0.5)
            label.setZValue(3)
            plot.addItem(label)
            drawing.bars[bar.clause_id] = item
            drawing.labels[bar.clause_id] = label
            y += 1
        group_labels[(top + y) / 2] = group.name
    drawing.lanes = y + GROUP_GAP / 2
    axis = plot.getAxis("left")
    if isinstance(axis, LaneAxis):
        axis.set_labels(group_labels)


def _rule(plot: pg.PlotItem, y: float) -> None:
    line = pg.InfiniteLine(pos=y, angle=0, pen=pg.mkPen(RULE, width=1))
    line.setZValue(-5)
    plot.addItem(line)


def _draw_horizon(plot: pg.PlotItem, layout: TimelineLayout, height: float) -> None:
    if layout.horizon is None:
        return
    start, end = layout.horizon
    rect = QGraphicsRectItem(QRectF(start, -50, end - start, height + 100))
    rect.setBrush(QBrush(QColor(HORIZON)))
    rect.setPen(QPen(Qt.PenStyle.NoPen))
    rect.setZValue(-20)
    rect.setToolTip(f"Projection horizon, {int(start)}–{int(end) - 1}")
    plot.addItem(rect)


def _draw_marker(
    header: pg.PlotItem, lanes: pg.PlotItem, marker: Marker, drawing: Drawing
) -> None:
    tip = _wrap(html.escape(marker.hover))
    colour = QColor(MARKER)
    if marker.until is not None:
        _draw_window(lanes, marker, tip, drawing)
        return
    style = Qt.PenStyle.DashLine if marker.name in DASHED else Qt.PenStyle.SolidLine
    for plot in (header, lanes):
        line = pg.InfiniteLine(
            pos=marker.at, angle=90, pen=pg.mkPen(colour, width=1.6, style=style)
        )
        line.setToolTip(tip)
        line.setZValue(8)
        plot.addItem(line)
        if plot is lanes:
            drawing.marker_lines[marker.name] = line
    drawing.flags.append(_flag(header, marker.label, marker.at, tip))


def _draw_window(plot: pg.PlotItem, marker: Marker, tip: str, drawing: Drawing) -> None:
    """A spend-commitment window is its clause's bar; its shortfall is tagged at the end."""
    bar = drawing.bars.get(marker.name.partition(":")[2])
    if bar is None:
        return
    tag = pg.TextItem(
        marker.label,
        color=MARKER,
        anchor=(-0.04, 0.5),
        fill=pg.mkBrush("#FFFFFF"),
        border=pg.mkPen(MARKER, width=1),
    )
    font = QFont()
    font.setPointSizeF(8.0)
    tag.setFont(font)
    tag.setToolTip(tip)
    tag.setZValue(9)
    tag.setPos(min(marker.until or bar.bar.end, bar.bar.end), bar.lane + 0.5)
    plot.addItem(tag)
    drawing.tags[marker.name] = tag


def _draw_today(header: pg.PlotItem, lanes: pg.PlotItem, today: float, drawing: Drawing) -> None:
    pen = pg.mkPen(TODAY, width=1.4, style=Qt.PenStyle.DashLine)
    for plot in (header, lanes):
        line = pg.InfiniteLine(pos=today, angle=90, pen=pen)
        line.setToolTip("Today")
        line.setZValue(7)
        plot.addItem(line)
    drawing.flags.append(_flag(header, "Today", today, "Today (the system date)", TODAY))


def _flag(plot: pg.PlotItem, text: str, x: float, tip: str, colour: str = MARKER) -> Flag:
    item = pg.TextItem(
        text,
        color=colour,
        anchor=(0.5, 0.5),
        fill=pg.mkBrush("#FFFFFF"),
        border=pg.mkPen(colour, width=1),
    )
    font = QFont()
    font.setPointSizeF(8.0)
    item.setFont(font)
    item.setToolTip(tip)
    item.setZValue(10)
    item.setPos(x, FLAG_ROWS[0])
    plot.addItem(item)
    return Flag(item, x)


def _bar_tip(bar: ClauseBar, contract: Contract) -> str:
    clause = contract.clause(bar.clause_id)
    lines = [
        f"<b>{html.escape(bar.title)}</b>",
        f"{KIND_LABELS.get(bar.kind, bar.kind)} · {bar.confidence}",
        describe_dates(clause.start, clause.end),
    ]
    if bar.cut_at is not None:
        lines.append(
            f"<span style='color:{MARKER}'>Ended by the AGI clause in this scenario</span>"
        )
    lines.append("<i>Click for details</i>")
    return "<br>".join(lines)


def _wrap(text: str) -> str:
    return f"<div style='max-width: 360px'>{text}</div>"
