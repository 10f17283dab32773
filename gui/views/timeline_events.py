"""Events on the timeline: a diamond per event, and a counted badge where dates crowd."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPen, QTransform
from PySide6.QtWidgets import QGraphicsItem

from core.present.packing import cluster_positions
from gui.views.timeline_items import EventDiamond, PixelItem, TimelineClicks
from gui.views.timeline_style import timeline_colour

CLUSTER_GAP_PX = 18.0
"""Events closer than this on screen share one badge."""
BADGE_RADIUS = 8.0


class EventCluster(PixelItem):
    """A badge with the number of events it stands for; hover lists them, a click opens them.

    Placed in data coordinates but drawn at a fixed pixel size. `members` are indices into
    contract.events, by date.
    """

    def __init__(self, clicks: TimelineClicks) -> None:
        super().__init__(clicks)
        self.members: tuple[int, ...] = ()
        self.highlighted = False
        self._font = QFont()
        self._font.setPointSizeF(7.5)
        self._font.setBold(True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(11)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def show_events(
        self, members: tuple[int, ...], diamonds: list[EventDiamond], selected: int | None
    ) -> None:
        """Stand for `members` (indices into `diamonds`); the tooltip lists them."""
        highlighted = selected in members
        if members != self.members or highlighted != self.highlighted:
            self.members = members
            self.highlighted = highlighted
            self.setToolTip(cluster_tip(diamonds, members))
            self.update()
        self.setVisible(True)

    def boundingRect(self) -> QRectF:
        """A circle around the position, in pixels."""
        r = BADGE_RADIUS + 1
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint_pixels(self, painter: QPainter, rect: QRectF, device: QTransform) -> None:
        """A filled circle with the count in it."""
        fill = "today" if self.hovered else "marker" if self.highlighted else "cluster"
        painter.setBrush(timeline_colour(fill))
        painter.setPen(QPen(timeline_colour("background"), 1.2))
        r = BADGE_RADIUS
        circle = QRectF(rect.center().x() - r, rect.center().y() - r, 2 * r, 2 * r)
        painter.drawEllipse(circle)
        painter.setFont(self._font)
        painter.setPen(timeline_colour("background"))
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, str(len(self.members)))

    def clicked(self, clicks: TimelineClicks) -> None:
        """Ask the view to open the list of the cluster's events."""
        clicks.cluster_clicked.emit(list(self.members))


def event_tip(diamond: EventDiamond) -> str:
    """The tooltip of one event: title, date and summary."""
    event = diamond.event
    tip = f"<b>{html.escape(event.title)}</b><br>{event.day:%d %B %Y}"
    if event.summary:
        tip += f"<br>{html.escape(event.summary)}"
    return f"<div style='max-width: 360px'>{tip}</div>"


def cluster_tip(diamonds: list[EventDiamond], members: tuple[int, ...]) -> str:
    """The tooltip of a badge: every event it stands for, with its date."""
    lines = [f"<b>{len(members)} events</b> · click to list them"]
    for i in members:
        event = diamonds[i].event
        lines.append(f"{event.day:%d %b %Y} · {html.escape(event.title)}")
    return "<div style='max-width: 420px'>" + "<br>".join(lines) + "</div>"


def place_events(
    diamonds: list[EventDiamond],
    badges: list[EventCluster],
    make_badge: Any,
    low: float,
    per_px: float,
    row: float,
    selected: int | None,
) -> None:
    """Show lone events as diamonds and crowded ones as badges at the current zoom.

    `badges` is a pool of EventCluster items, grown with `make_badge()` and reused, so that
    zooming creates no items once the pool is large enough. A badge sits at its events'
    mean date.
    """
    pixels = [(d.x - low) / per_px for d in diamonds]
    used = 0
    for group in cluster_positions(pixels, CLUSTER_GAP_PX):
        if len(group) == 1:
            diamond = diamonds[group[0]]
            diamond.setPos(diamond.x, row)
            diamond.setVisible(True)
            continue
        for i in group:
            diamonds[i].setVisible(False)
        if used == len(badges):
            badges.append(make_badge())
        badge = badges[used]
        used += 1
        members = tuple(sorted(group, key=lambda i: (diamonds[i].x, i)))
        badge.setPos(sum(diamonds[i].x for i in members) / len(members), row)
        badge.show_events(members, diamonds, selected)
    for badge in badges[used:]:
        badge.setVisible(False)
        badge.members = ()
