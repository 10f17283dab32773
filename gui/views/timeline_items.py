"""Graphics items of the timeline: clause bars and event diamonds, clickable, with tooltips."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsSceneHoverEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from core.present.timeline import ClauseBar, EventMark
from gui.views.timeline_style import bar_fill, confidence_colour, timeline_colour

BAR_HEIGHT = 0.64
"""Bar height as a fraction of a lane."""
FADE_PX = 72.0
RADIUS = 3.0
DIAMOND = 6.0


class TimelineClicks(QObject):
    """Carries clicks from the graphics items to the view.

    Items hold this object, never the view: a Python reference cycle through a graphics
    item crashes when the garbage collector breaks it.
    """

    clause_clicked = Signal(str)  # clause id
    event_clicked = Signal(int)  # index into contract.events
    cluster_clicked = Signal(list)  # indices into contract.events, by date


class PixelItem(QGraphicsItem):
    """A timeline item placed in data coordinates and painted in device pixels.

    Painting in pixels keeps corners, fades and text crisp at every zoom: `paint` maps the
    bounding rectangle to the device and hands it to `paint_pixels`. With `clicks`, the item
    follows the pointer (`hovered`) and reports a left click through `clicked`.
    """

    def __init__(self, clicks: TimelineClicks | None = None) -> None:
        super().__init__()
        self._clicks = clicks
        self.hovered = False
        if clicks is not None:
            self.setAcceptHoverEvents(True)
            self.setCursor(Qt.CursorShape.PointingHandCursor)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        """Map the item to device pixels, then paint it there with `paint_pixels`."""
        device = painter.transform()
        rect = device.mapRect(self.boundingRect())
        painter.save()
        try:
            painter.resetTransform()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.paint_pixels(painter, rect, device)
        finally:
            painter.restore()

    def paint_pixels(self, painter: QPainter, rect: QRectF, device: QTransform) -> None:
        """Paint the item in `rect` (device pixels); `device` maps data to pixels."""
        raise NotImplementedError

    def clicked(self, clicks: TimelineClicks) -> None:
        """Report a left click through `clicks` (subclasses that take clicks say what)."""
        raise NotImplementedError

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        """Show the item under the pointer."""
        self.hovered = True
        self.update()

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        """Restore the item."""
        self.hovered = False
        self.update()

    def mouseClickEvent(self, event: Any) -> None:
        """Handle a click from pyqtgraph's scene (a press and release without a drag)."""
        if event.button() == Qt.MouseButton.LeftButton and self._clicks is not None:
            event.accept()
            self.clicked(self._clicks)


class ClauseBarItem(PixelItem):
    """One clause as a bar in data coordinates (x in years, y in lanes), drawn in pixels.

    Painting happens in device pixels so that corners, fades and hatching stay crisp at
    every zoom; `x_range` is the bar in years.
    """

    def __init__(self, bar: ClauseBar, lane: float, clicks: TimelineClicks) -> None:
        super().__init__(clicks)
        self.bar = bar
        self.lane = lane
        self.selected = False
        # Painted once per zoom into a pixmap: a moving marker line repaints no gradient.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    @property
    def x_range(self) -> tuple[float, float]:
        """The bar's start and end in fractional years."""
        return self.bar.start, self.bar.end

    @property
    def cut_at(self) -> float | None:
        """Where the AGI clause ends this clause, in fractional years, or None."""
        return self.bar.cut_at

    def set_bar(self, bar: ClauseBar, tip: str) -> None:
        """Show `bar` (same clause, new ends or cut) on this item; nothing if unchanged."""
        if bar == self.bar:
            return
        self.prepareGeometryChange()
        self.bar = bar
        self.setToolTip(tip)
        self.update()

    def set_selected(self, selected: bool) -> None:
        """Outline the bar as the clause shown in the inspector."""
        self.selected = selected
        self.update()

    def boundingRect(self) -> QRectF:
        """The bar in data coordinates."""
        top = self.lane + (1 - BAR_HEIGHT) / 2
        return QRectF(self.bar.start, top, max(self.bar.end - self.bar.start, 1e-6), BAR_HEIGHT)

    def paint_pixels(self, painter: QPainter, rect: QRectF, device: QTransform) -> None:
        """The bar at least 3 pixels wide, solid to the AGI cut and hatched past it."""
        if rect.width() < 3:
            rect.setWidth(3)
        cut = None
        if self.bar.cut_at is not None:
            cut = min(max(device.map(QPointF(self.bar.cut_at, 0)).x(), rect.left()), rect.right())
        self._paint_parts(painter, rect, cut)

    def _paint_parts(self, painter: QPainter, rect: QRectF, cut: float | None) -> None:
        solid = QRectF(rect)
        if cut is not None:
            solid.setRight(cut)
            self._paint_ended(painter, QRectF(cut, rect.top(), rect.right() - cut, rect.height()))
        if solid.width() > 0.5:
            self._paint_body(painter, solid, fade_end=cut is None)
        if cut is not None:
            self._paint_cut(painter, cut, rect)

    def _paint_body(self, painter: QPainter, rect: QRectF, fade_end: bool) -> None:
        colour = confidence_colour(self.bar.confidence)
        fill = bar_fill(self.bar.confidence, 0.42 if self.hovered else 0.3)
        fade = min(FADE_PX, rect.width() * 0.45) / max(rect.width(), 1.0)
        left = fade if self.bar.open_start else 0.0
        right = fade if fade_end and (self.bar.open_end or self.bar.clipped) else 0.0
        path = QPainterPath()
        path.addRoundedRect(rect, RADIUS, RADIUS)
        painter.fillPath(path, QBrush(_faded(rect, fill, left, right)))
        if self.selected:
            painter.setPen(QPen(timeline_colour("selected"), 2.0))
        else:
            painter.setPen(QPen(QBrush(_faded(rect, colour, left, right)), 1.0))
        painter.drawPath(path)
        if not self.bar.open_start:
            self._paint_accent(painter, rect, colour)

    def _paint_accent(self, painter: QPainter, rect: QRectF, colour: QColor) -> None:
        """A solid stripe at a dated start, rounded like the bar on the left only."""
        stripe = QRectF(rect.left(), rect.top(), min(4.0, rect.width()), rect.height())
        path = QPainterPath()
        path.addRoundedRect(stripe.adjusted(0, 0, RADIUS, 0), RADIUS, RADIUS)
        painter.save()
        painter.setClipRect(stripe, Qt.ClipOperation.IntersectClip)
        painter.fillPath(path, colour)
        painter.restore()

    def _paint_ended(self, painter: QPainter, rect: QRectF) -> None:
        colour = confidence_colour(self.bar.confidence)
        hatch = QColor(colour)
        hatch.setAlpha(110)
        path = QPainterPath()
        path.addRoundedRect(rect, RADIUS, RADIUS)
        paper = timeline_colour("background")
        paper.setAlpha(200)
        painter.fillPath(path, paper)
        painter.fillPath(path, QBrush(hatch, Qt.BrushStyle.BDiagPattern))
        pen = QPen(hatch, 1.0, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawPath(path)

    def _paint_cut(self, painter: QPainter, x: float, rect: QRectF) -> None:
        pen = QPen(timeline_colour("marker"), 2.5)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(QPointF(x, rect.top() - 3), QPointF(x, rect.bottom() + 3))

    def clicked(self, clicks: TimelineClicks) -> None:
        """Ask for the clause to be shown."""
        clicks.clause_clicked.emit(self.bar.clause_id)


def _faded(rect: QRectF, colour: QColor, left: float, right: float) -> QLinearGradient:
    """`colour` across `rect`, fading to clear over the `left` and `right` fractions."""
    gradient = QLinearGradient(rect.left(), 0, rect.right(), 0)
    clear = QColor(colour)
    clear.setAlpha(0)
    gradient.setColorAt(0.0, clear if left else colour)
    if left:
        gradient.setColorAt(left, colour)
    if right:
        gradient.setColorAt(1.0 - right, colour)
    gradient.setColorAt(1.0, clear if right else colour)
    return gradient


class EventDiamond(QGraphicsPathItem):
    """A dated event: a diamond of fixed pixel size at its date; click shows it."""

    def __init__(self, event: EventMark, clicks: TimelineClicks) -> None:
        path = QPainterPath()
        path.moveTo(0, -DIAMOND)
        path.lineTo(DIAMOND, 0)
        path.lineTo(0, DIAMOND)
        path.lineTo(-DIAMOND, 0)
        path.closeSubpath()
        super().__init__(path)
        self.event = event
        self._clicks = clicks
        self.highlighted = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setPen(QPen(timeline_colour("background"), 1.2))
        self.set_highlighted(False)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(11)  # above the marker and today lines

    @property
    def x(self) -> float:  # type: ignore[override]
        """The event's date in fractional years."""
        return self.event.at

    def set_highlighted(self, highlighted: bool) -> None:
        """Colour the diamond as the event shown in the inspector."""
        self.highlighted = highlighted
        self.setBrush(timeline_colour("marker" if highlighted else "event"))

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        """Colour the diamond under the pointer."""
        self.setBrush(timeline_colour("today"))

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        """Restore the diamond's colour."""
        self.set_highlighted(self.highlighted)

    def mouseClickEvent(self, event: Any) -> None:
        """Handle a click from pyqtgraph's scene (a press and release without a drag)."""
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            self._clicks.event_clicked.emit(self.event.index)
