"""Where the timeline's text goes at the current zoom: bar titles, flags and event badges.

Titles stay in view; flags stack in two rows so they do not overlap; events that crowd share
a counted badge.
"""

from __future__ import annotations

from collections.abc import Callable

from core.present.packing import pack_rows
from gui.views.timeline_drawing import EVENT_ROW, FLAG_ROWS, Drawing
from gui.views.timeline_events import EventCluster, place_events

LABEL_PAD_PX = 9.0


def place_labels(
    drawing: Drawing,
    low: float,
    per_px: float,
    width_px: float,
    make_badge: Callable[[], EventCluster],
    selected_event: int | None,
) -> None:
    """Place every label for the view starting at year `low`, `per_px` years per pixel.

    `width_px` is the width of the view; `make_badge` adds a new event badge to the header
    when the pool runs out.
    """
    place_titles(drawing, low, per_px)
    place_flags(drawing, low, per_px, width_px)
    place_events(
        drawing.events, drawing.badges, make_badge, low, per_px, EVENT_ROW, selected_event
    )


def place_titles(drawing: Drawing, low: float, per_px: float) -> None:
    """Each bar title at its bar's visible start.

    Titles sit above the marker lines on a backdrop, so a line never runs through one.
    """
    for clause_id, label in drawing.labels.items():
        start = drawing.bars[clause_id].x_range[0]
        x = max(start, low) + LABEL_PAD_PX * per_px
        if label.pos().x() != x:
            label.setPos(x, label.pos().y())


def place_flags(drawing: Drawing, low: float, per_px: float, width_px: float) -> None:
    """Flags on their lines, in the first of two rows where they fit; slid in at the edges."""
    spans, centres = [], []
    flags = drawing.flags
    for flag in flags:
        half = flag.item.textItem.boundingRect().width() / 2 + 2
        centre = (flag.x - low) / per_px
        if -half < centre < width_px + half:
            centre = min(max(centre, half), width_px - half)
        centres.append(centre)
        spans.append((centre - half, centre + half))
    rows = pack_rows(spans, len(FLAG_ROWS), gap=4)
    for flag, centre, row in zip(flags, centres, rows, strict=True):
        flag.item.setPos(low + centre * per_px, FLAG_ROWS[row])
