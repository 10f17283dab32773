"""The band of contract versions in force: one box per version, from its date to the next."""

from __future__ import annotations

import html

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import QGraphicsItem

from core.present.timeline import VersionSpan
from gui.views.timeline_items import PixelItem
from gui.views.timeline_style import timeline_colour

RADIUS = 3.0
TEXT_PAD_PX = 5.0


class VersionBox(PixelItem):
    """One version in force, a box in data coordinates (x in years) drawn in pixels.

    `top` and `height` are in the header's units; the label is elided to the box's width.
    """

    def __init__(self, span: VersionSpan, top: float, height: float) -> None:
        super().__init__()
        self.span = span
        self._top = top
        self._height = height
        self._font = QFont()
        self._font.setPointSizeF(7.5)
        self.setZValue(4)
        self.setToolTip(_tip(span))
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_span(self, span: VersionSpan) -> None:
        """Move the box to `span` (same version, new dates) without a new item."""
        if span == self.span:
            return
        self.prepareGeometryChange()
        self.span = span
        self.setToolTip(_tip(span))
        self.update()

    def boundingRect(self) -> QRectF:
        """The box in data coordinates."""
        width = max(self.span.end - self.span.start, 1e-6)
        return QRectF(self.span.start, self._top, width, self._height)

    def paint_pixels(self, painter: QPainter, rect: QRectF, device: QTransform) -> None:
        """Draw the box and its label in device pixels, so both stay crisp at every zoom."""
        rect = rect.adjusted(0.5, 0, -0.5, 0)
        path = QPainterPath()
        path.addRoundedRect(rect, RADIUS, RADIUS)
        fill = "version_current" if self.span.current else "version_fill"
        painter.fillPath(path, timeline_colour(fill))
        painter.setPen(QPen(timeline_colour("version_edge"), 1.4 if self.span.current else 0.8))
        painter.drawPath(path)
        self._paint_label(painter, rect)

    def _paint_label(self, painter: QPainter, rect: QRectF) -> None:
        visible = rect.intersected(painter.viewport().toRectF()) if painter.viewport() else rect
        room = visible.adjusted(TEXT_PAD_PX, 0, -TEXT_PAD_PX, 0)
        if room.width() < 12:
            return
        font = QFont(self._font)
        font.setBold(self.span.current)
        painter.setFont(font)
        painter.setPen(timeline_colour("ink" if self.span.current else "muted"))
        text = QFontMetricsF(font).elidedText(
            self.label_text, Qt.TextElideMode.ElideRight, room.width()
        )
        painter.drawText(room, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)

    @property
    def label_text(self) -> str:
        """``2025-10``; ``2025-10 version (shown)`` for the version the timeline shows."""
        return f"{self.span.label} version (shown)" if self.span.current else self.span.label


def _tip(span: VersionSpan) -> str:
    until = "" if span.until is None else f" to {span.until:%d %B %Y}"
    return f"<b>{html.escape(span.title)}</b><br>In force from {span.since:%d %B %Y}{until}"
