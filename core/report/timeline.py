"""The clause timeline as a vector drawing of the one timeline model (core.present.timeline).

Lanes, bars, events, computed markers and the versions in force are the model's; this module
only scales them to points and draws them for the printed, possibly grayscale, page.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Group, Polygon
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from core.contract import Contract
from core.present.i18n import N_, _
from core.present.packing import cluster_positions, pack_rows
from core.present.timeline import ClauseBar, EventMark, Marker, TimelineLayout, layout_timeline
from core.projection import Projection
from core.report.chartkit import Axes, Swatch, box, fit, hatch, legend, new_drawing, rule, text
from core.report.fonts import FAMILY, register_fonts
from core.report.styles import (
    CONFIDENCE_COLOURS,
    HORIZON,
    INK,
    MARKER,
    MUTED,
    RULE,
    VERSION_SHADES,
)

ROW, HEAD, BAR, EVENT_ROW = 12.5, 12.5, 7.0, 10.0
LABEL_WIDTH, MARKER_SPACE, LEGEND_SPACE = 172.0, 32.0, 46.0
EVENT_GAP = 9.0
"""Events whose diamonds would be closer than this (points) share one numbered mark."""
HATCHED = frozenset({"assumed"})
"""Confidence levels drawn hatched: in gray, "assumed" would look like "reported"."""


def scale_of(layout: TimelineLayout, x: float, width: float) -> Axes:
    """The layout's axis widened to whole calendar years, over `width` points from `x`."""
    first, last = layout.axis
    return Axes(x, 0.0, width, 1.0, math.floor(first), math.ceil(last), 0.0, 1.0)


def event_clusters(events: Sequence[EventMark], scale: Axes) -> list[list[int]]:
    """Event numbers (1-based, by date) grouped where their diamonds would touch."""
    positions = [scale.px(event.at) for event in events]
    return [[i + 1 for i in group] for group in cluster_positions(positions, EVENT_GAP)]


def timeline_drawing(
    contract: Contract,
    projection: Projection,
    scenario: str,
    width: float,
    chain: Sequence[Contract] = (),
) -> Drawing:
    """The whole timeline; computed markers come from `projection` (the first scenario).

    With more than one version in `chain` (oldest first), a band on top shows the version
    in force over time.
    """
    register_fonts()
    layout = layout_timeline(contract, projection, chain)
    scale = scale_of(layout, LABEL_WIDTH, width - LABEL_WIDTH - 4)
    events = _event_group(layout.events_by_date, scale)
    band = HEAD + ROW if len(layout.versions) > 1 else 0.0
    lanes = sum(HEAD + ROW * len(g.bars) for g in layout.groups) + events.height + band
    drawing = new_drawing(width, LEGEND_SPACE + lanes + MARKER_SPACE)
    _background(drawing, layout, scale, LEGEND_SPACE, lanes)
    y = LEGEND_SPACE + lanes
    drawing.add(events.shifted(y))
    y -= events.height
    if band:
        drawing.add(_version_band(layout, scale, y))
        y -= band
    for group in layout.groups:
        drawing.add(text(0, y - 10, _(group.name), MUTED, bold=True, size=7))
        y -= HEAD
        for bar in group.bars:
            drawing.add(_clause_row(bar, scale, y))
            y -= ROW
    shown = [m for m in layout.markers if m.until is None]
    drawing.add(_markers(shown, scale, LEGEND_SPACE, lanes))
    drawing.add(_legend(width, scenario))
    return drawing


@dataclass
class _EventGroup:
    group: Group
    height: float

    def shifted(self, top: float) -> Group:
        self.group.translate(0, top)
        return self.group


def _event_group(events: Sequence[EventMark], scale: Axes) -> _EventGroup:
    """Diamonds with their numbers, in rows so that labels never overlap; drawn below y=0."""
    group = Group()
    if not events:
        return _EventGroup(group, 0.0)
    group.add(text(0, -10, _("Events (see the list below)"), MUTED, bold=True, size=7))
    marks = []
    for cluster in event_clusters(events, scale):
        x = scale.px(events[cluster[0] - 1].at)
        name = str(cluster[0]) if len(cluster) == 1 else f"{cluster[0]}–{cluster[-1]}"
        marks.append((x, name, x + 6 + stringWidth(name, FAMILY.bold, 6.5)))
    rows = pack_rows([(x - 5, right) for x, _name, right in marks], 0, gap=3.01)
    for (x, name, _right), row in zip(marks, rows, strict=True):
        y = -HEAD - row * EVENT_ROW
        group.add(
            Polygon([x, y, x + 4, y - 4, x, y - 8, x - 4, y - 4], fillColor=INK, strokeColor=None)
        )
        group.add(text(x + 6, y - 6.5, name, INK, size=6.5, bold=True))
    return _EventGroup(group, HEAD + (max(rows) + 1) * EVENT_ROW + 2)


def _background(
    drawing: Drawing, layout: TimelineLayout, scale: Axes, bottom: float, height: float
) -> None:
    if layout.horizon is not None:
        left, right = (scale.px(year) for year in layout.horizon)
        drawing.add(box(left, bottom, right - left, height, HORIZON))
    first, stop = round(scale.x_min), round(scale.x_max)
    every = max(1, math.ceil((stop - first) / 14))
    for year in range(first, stop + 1):
        x = scale.px(year)
        drawing.add(rule(x, bottom, x, bottom + height, RULE, 0.3))
        if (year - first) % every == 0 and year < stop:
            drawing.add(
                text(scale.px(year + 0.5), bottom - 10, str(year), MUTED, size=7, anchor="middle")
            )
    drawing.add(rule(scale.x, bottom, scale.x + scale.width, bottom, MUTED))


def _version_band(layout: TimelineLayout, scale: Axes, top: float) -> Group:
    """One segment per version, from its effective date to the next one's, named inside."""
    group = Group(text(0, top - 10, _("Version in force"), MUTED, bold=True, size=7))
    y = top - HEAD - 3 - BAR - 2
    for i, span in enumerate(layout.versions):
        x0, x1 = scale.px(span.start), scale.px(span.end)
        shade = VERSION_SHADES[i % len(VERSION_SHADES)]
        group.add(box(x0, y, x1 - x0, BAR + 4, shade, stroke=MUTED))
        name = span.title.split(", ", 1)[-1]
        name = name[:1].upper() + name[1:]  # French titles go on in lower case
        group.add(text(x0 + 2, y + 2.5, fit(name, x1 - x0 - 4, 6), INK, size=6))
    return group


def _clause_row(bar: ClauseBar, scale: Axes, y: float) -> Group:
    group = Group(text(8, y - 9.5, fit(bar.title, LABEL_WIDTH - 14, 7.5), INK, size=7.5))
    colour = CONFIDENCE_COLOURS[bar.confidence]
    solid_end = bar.cut_at if bar.cut_at is not None else bar.end
    open_end = (bar.open_end or bar.clipped) and bar.cut_at is None
    x0, x1 = scale.px(bar.start), scale.px(solid_end)
    group.add(_bar(x0, x1, y - 3, colour, (bar.open_start, open_end)))
    if bar.confidence in HATCHED:
        group.add(hatch(x0, y - 3 - BAR, max(x1 - x0, 1.5), BAR))
    if bar.cut_at is not None:
        cut = scale.px(bar.cut_at)
        width = scale.px(bar.end) - cut
        dotted = box(
            cut, y - 3 - BAR, width, BAR, colour, opacity=0.18, stroke=colour, dash=[1.5, 1.5]
        )
        group.add(dotted)
    return group


def _bar(
    x0: float, x1: float, top: float, colour: colors.Color, open_ends: tuple[bool, bool]
) -> Group:
    """A bar whose open ends fade out in steps (PDF drawings have no gradients here)."""
    group = Group()
    width = max(x1 - x0, 1.5)
    fade, steps = min(30.0, width / 3), 8
    solid_x0 = x0 + (fade if open_ends[0] else 0)
    solid_x1 = x0 + width - (fade if open_ends[1] else 0)
    group.add(box(solid_x0, top - BAR, solid_x1 - solid_x0, BAR, colour))
    step = fade / steps
    for k in range(steps):
        alpha = 1 - (k + 1) / (steps + 1)
        for on, x in (
            (open_ends[1], solid_x1 + k * step),
            (open_ends[0], solid_x0 - (k + 1) * step),
        ):
            if on:
                group.add(box(x, top - BAR, step + 0.2, BAR, colour, opacity=alpha))
    return group


def _markers(found: Sequence[Marker], scale: Axes, bottom: float, height: float) -> Group:
    """Vertical lines with labels above the lanes, stacked so that labels never overlap."""
    group = Group()
    ordered = sorted(found, key=lambda m: m.at)
    places = []
    for marker in ordered:
        half = stringWidth(marker.label, FAMILY.regular, 6.5) / 2
        x_label = min(max(scale.px(marker.at), scale.x + half), scale.x + scale.width - half)
        places.append((x_label - half, x_label + half))
    levels = pack_rows(places, 0, gap=4.01)
    for marker, (left, right), level in zip(ordered, places, levels, strict=True):
        x = scale.px(marker.at)
        # Lines stop at the lanes' top so that they never cross a higher label.
        dash = [2, 2] if marker.dashed else None
        group.add(rule(x, bottom, x, bottom + height + 2, MARKER, 0.9, dash))
        label_y = bottom + height + 6 + level * 8.5
        group.add(
            text((left + right) / 2, label_y, marker.label, MARKER, size=6.5, anchor="middle")
        )
    return group


TERMS_WORDS = {
    "official": N_("Official terms"),
    "reported": N_("Reported terms"),
    "assumed": N_("Assumed terms"),
}
"""The legend's name of each confidence level."""


def _legend(width: float, scenario: str) -> Group:
    items: list[tuple[str, colors.Color, Swatch]] = [
        (_(TERMS_WORDS[name]), colour, "hatch" if name in HATCHED else "box")
        for name, colour in CONFIDENCE_COLOURS.items()
    ]
    items += [
        (_("Projection horizon"), HORIZON, "box"),
        (_("Computed under {scenario}").format(scenario=fit(scenario, 120, 7.5)), MARKER, "line"),
    ]
    group, _height = legend(items, 0, 27, width)
    note = _("Faded end: open-ended term. Dotted outline: ended by the AGI clause.")
    group.add(text(0, 2, note, MUTED, size=6.5))
    return group
