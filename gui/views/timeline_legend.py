"""The timeline's legend: confidence colours, open ends, the AGI cut, horizon and versions.

Computed dates and today are named on their own flags, so the legend leaves them out.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QLinearGradient, QPainter, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gui.views.timeline_style import (
    CONFIDENCE_WORDS,
    bar_fill,
    confidence_colour,
    timeline_colour,
)

SWATCH = (18, 11)


def _pixmap(widget: QWidget) -> tuple[QPixmap, QPainter]:
    ratio = widget.devicePixelRatioF()
    pixmap = QPixmap(round(SWATCH[0] * ratio), round(SWATCH[1] * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


def _box(widget: QWidget, fill: QBrush, edge: QPen) -> QPixmap:
    pixmap, painter = _pixmap(widget)
    painter.setBrush(fill)
    painter.setPen(edge)
    painter.drawRoundedRect(QRectF(1, 1, SWATCH[0] - 2, SWATCH[1] - 2), 2, 2)
    painter.end()
    return pixmap


def _line(widget: QWidget, colour: str, style: Qt.PenStyle) -> QPixmap:
    pixmap, painter = _pixmap(widget)
    painter.setPen(QPen(QColor(colour), 2, style))
    painter.drawLine(QPointF(SWATCH[0] / 2, 0), QPointF(SWATCH[0] / 2, SWATCH[1]))
    painter.end()
    return pixmap


def _open_end(widget: QWidget) -> QPixmap:
    gradient = QLinearGradient(0, 0, SWATCH[0], 0)
    colour = bar_fill("official", 0.45)
    clear = QColor(colour)
    clear.setAlpha(0)
    gradient.setColorAt(0.3, colour)
    gradient.setColorAt(1.0, clear)
    return _box(widget, QBrush(gradient), QPen(Qt.PenStyle.NoPen))


def _ended(widget: QWidget) -> QPixmap:
    colour = confidence_colour("official")
    colour.setAlpha(140)
    pixmap = _box(
        widget, QBrush(colour, Qt.BrushStyle.BDiagPattern), QPen(colour, 1, Qt.PenStyle.DashLine)
    )
    painter = QPainter(pixmap)
    painter.setPen(QPen(timeline_colour("marker"), 2))
    painter.drawLine(QPointF(1.5, 0), QPointF(1.5, SWATCH[1]))
    painter.end()
    return pixmap


ENTRY_SPACING = 9


class TimelineLegend(QWidget):
    """Rows of swatches explaining the timeline's colours and marks.

    One row when the timeline is wide enough; `reflow` wraps the entries onto more rows
    when it is not, so that no entry is cut (a 1366x768 screen).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(1)
        entries = [
            (
                _box(self, QBrush(bar_fill(level)), QPen(confidence_colour(level), 1)),
                self.tr(level.capitalize()),
                f"{self.tr(level.capitalize())}: {self.tr(words)}",
            )
            for level, words in CONFIDENCE_WORDS.items()
        ]
        entries += [
            (_open_end(self), self.tr("Open-ended"), self.tr("The clause has no end date")),
            (
                _ended(self),
                self.tr("Ended by AGI"),
                self.tr("Ended by the AGI clause in the current scenario"),
            ),
            (
                _box(self, QBrush(timeline_colour("horizon")), QPen(timeline_colour("rule"), 1)),
                self.tr("Horizon"),
                self.tr("The years the projection covers"),
            ),
            (
                _box(
                    self,
                    QBrush(timeline_colour("version_current")),
                    QPen(timeline_colour("version_edge"), 1),
                ),
                self.tr("In force"),
                self.tr(
                    "The contract version in force, from its effective date to the next version's"
                ),
            ),
        ]
        self._entries = [self._entry(pixmap, text, tip) for pixmap, text, tip in entries]
        self._per_row = 0
        self._place(len(self._entries))

    def reflow(self, width: int) -> None:
        """Put on each row as many entries as `width` holds (at least one)."""
        used, per_row = 0, 0
        for entry in self._entries:
            used += entry.sizeHint().width() + (ENTRY_SPACING if per_row else 0)
            if used > width and per_row:
                break
            per_row += 1
        if per_row != self._per_row:
            self._place(per_row)

    def _place(self, per_row: int) -> None:
        while (item := self._rows.takeAt(0)) is not None:
            row = item.layout()
            if row is not None:
                while row.takeAt(0) is not None:
                    pass
                row.deleteLater()
        for start in range(0, len(self._entries), per_row):
            row = QHBoxLayout()
            row.setSpacing(ENTRY_SPACING)
            for entry in self._entries[start : start + per_row]:
                row.addWidget(entry)
            row.addStretch(1)
            self._rows.addLayout(row)
        self._per_row = per_row
        self.adjustSize()

    def _entry(self, pixmap: QPixmap, text: str, tip: str) -> QWidget:
        entry = QWidget(self)
        row = QHBoxLayout(entry)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        swatch = QLabel(entry)
        swatch.setPixmap(pixmap)
        label = QLabel(text, entry)
        label.setStyleSheet(f"color: {timeline_colour('muted').name()};")
        row.addWidget(swatch)
        row.addWidget(label)
        entry.setToolTip(tip)
        # Entries keep their width; a narrow legend clips the last ones instead.
        entry.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        return entry


class LegendStrip(QScrollArea):
    """The legend in a strip as wide as the timeline allows; it wraps when that is narrow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.legend = TimelineLegend(self)
        self.setWidget(self.legend)
        self.setWidgetResizable(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet("background: transparent;")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit()

    def restyle(self) -> None:
        """Draw the swatches again in the theme's colours."""
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        self.legend = TimelineLegend(self)
        self.setWidget(self.legend)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrap the legend to the new width, and be as tall as its rows."""
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = max(self.viewport().width(), 1)
        self.legend.reflow(width)
        height = self.legend.sizeHint().height()
        self.legend.resize(max(width, self.legend.sizeHint().width()), height)
        if self.height() != height:
            self.setFixedHeight(height)
