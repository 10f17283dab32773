"""The clause timeline as a vector drawing: lanes by kind, bars, events and computed markers."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Group, Polygon
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from core.contract import CLAUSE_KINDS, Clause, Contract, Event
from core.present import format as fmt
from core.present.contract_text import title_of
from core.present.i18n import N_, _
from core.projection import Projection
from core.report.chartkit import Swatch, box, fit, hatch, legend, new_drawing, rule, text
from core.report.fonts import FAMILY, register_fonts
from core.report.styles import CONFIDENCE_COLOURS, INK, MUTED, RULE

ROW, HEAD, BAR, EVENT_ROW = 12.5, 12.5, 7.0, 10.0
LABEL_WIDTH, MARKER_SPACE, LEGEND_SPACE = 172.0, 32.0, 46.0
MARKER_COLOUR = colors.HexColor("#B03A2E")
HORIZON_FILL = colors.HexColor("#EAF0F7")
HATCHED = frozenset({"assumed"})
VERSION_SHADES = (colors.HexColor("#E6EEF6"), colors.HexColor("#C9D7E8"))
"""Alternating fills of the version band (light enough for the names in ink)."""
"""Confidence levels drawn hatched: in gray, "assumed" would look like "reported"."""

KIND_NAMES = {
    "revenue_share": N_("Revenue share"),
    "reverse_revenue_share": N_("Reverse revenue share"),
    "profit_share": N_("Profit share"),
    "equity_stake": N_("Equity"),
    "exclusivity": N_("Exclusivity"),
    "right_of_first_refusal": N_("Right of first refusal"),
    "capacity_build_permission": N_("Own capacity"),
    "ip_license": N_("IP licence"),
    "spend_commitment": N_("Spend commitment"),
    "agi_clause": N_("AGI clause"),
    "informational": N_("Other terms"),
}


@dataclass(frozen=True, slots=True)
class Marker:
    """A computed date drawn across the lanes, e.g. ``AGI effective``."""

    day: dt.date
    label: str
    dashed: bool


@dataclass(frozen=True, slots=True)
class Scale:
    """Maps fractional years in [`first`, `last`] to x from `x` over `width` points."""

    first: float
    last: float
    x: float
    width: float

    def at(self, year: float) -> float:
        """X of fractional year `year`."""
        return self.x + (year - self.first) / (self.last - self.first) * self.width

    def day(self, day: dt.date) -> float:
        """X of `day`."""
        return self.at(year_fraction(day))


def year_fraction(day: dt.date) -> float:
    """`day` as a fractional calendar year (1 Jul 2025 is about 2025.5)."""
    start = dt.date(day.year, 1, 1)
    length = (dt.date(day.year + 1, 1, 1) - start).days
    return day.year + (day - start).days / length


def timeline_span(contract: Contract, projection: Projection) -> tuple[int, int]:
    """First and last calendar year shown: the contract's dates and the projection horizon."""
    days = [d for c in contract.clauses for d in (c.start, c.end) if d is not None]
    days += [e.date for e in contract.events] + [contract.effective]
    first = min([d.year for d in days] + [projection.grid.start_year])
    last = max([d.year for d in days] + [projection.grid.end_year])
    return first, last


def markers(projection: Projection) -> list[Marker]:
    """Computed dates of `projection`: AGI determination and effect, cap, first profit."""
    grid, figures = projection.grid, projection.key_figures
    found: list[Marker] = []
    for key, name, dashed in (
        ("agi_determination_period", _("AGI test met"), True),
        ("agi_effective_period", _("AGI effective"), False),
        ("revenue_share_cap_reached_period", _("Cap reached"), True),
    ):
        period = figures[key]
        if isinstance(period, str):
            index = grid.index_of(period)
            day = grid.starts[index] if key == "agi_effective_period" else grid.ends[index]
            found.append(Marker(day, name, dashed))
    year = figures["first_profitable_year"]
    if isinstance(year, int):
        found.append(Marker(dt.date(year, 1, 1), _("First profitable year"), True))
    return found


def event_clusters(events: Sequence[Event], scale: Scale, gap: float = 9.0) -> list[list[int]]:
    """Event numbers (1-based, by date) grouped when their markers would touch."""
    days = sorted(e.date for e in events)
    clusters: list[list[int]] = []
    last_x = -1e9
    for number, day in enumerate(days, 1):
        x = scale.day(day)
        if clusters and x - last_x < gap:
            clusters[-1].append(number)
        else:
            clusters.append([number])
            last_x = x
    return clusters


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
    first, last = timeline_span(contract, projection)
    scale = Scale(first, last + 1, LABEL_WIDTH, width - LABEL_WIDTH - 4)
    groups = [(k, [c for c in contract.clauses if c.kind == k]) for k in CLAUSE_KINDS]
    groups = [(k, cs) for k, cs in groups if cs]
    events = _event_group(contract.events, scale)
    band = HEAD + ROW if len(chain) > 1 else 0.0
    lanes = sum(HEAD + ROW * len(cs) for _, cs in groups) + events.height + band
    drawing = new_drawing(width, LEGEND_SPACE + lanes + MARKER_SPACE)
    _background(drawing, projection, scale, LEGEND_SPACE, lanes, (first, last))
    y = LEGEND_SPACE + lanes
    drawing.add(events.shifted(y))
    y -= events.height
    if band:
        drawing.add(_version_band(chain, scale, y))
        y -= band
    ended = _agi_end(contract, projection)
    for kind, clauses in groups:
        drawing.add(text(0, y - 10, _(KIND_NAMES.get(kind, kind)), MUTED, bold=True, size=7))
        y -= HEAD
        for clause in clauses:
            drawing.add(_clause_row(clause, scale, y, ended))
            y -= ROW
    drawing.add(_markers(markers(projection), scale, LEGEND_SPACE, lanes))
    drawing.add(_legend(width, scenario))
    return drawing


@dataclass
class _EventGroup:
    group: Group
    height: float

    def shifted(self, top: float) -> Group:
        self.group.translate(0, top)
        return self.group


def _event_group(events: Sequence[Event], scale: Scale) -> _EventGroup:
    """Diamonds with their numbers, in rows so that labels never overlap; drawn below y=0."""
    group = Group()
    if not events:
        return _EventGroup(group, 0.0)
    group.add(text(0, -10, _("Events (see the list below)"), MUTED, bold=True, size=7))
    row_ends: list[float] = []
    days = sorted(e.date for e in events)
    for cluster in event_clusters(events, scale):
        x = scale.day(days[cluster[0] - 1])
        name = str(cluster[0]) if len(cluster) == 1 else f"{cluster[0]}–{cluster[-1]}"
        right = x + 6 + stringWidth(name, FAMILY.bold, 6.5)
        row = next((r for r, end in enumerate(row_ends) if x - 5 > end + 3), len(row_ends))
        if row == len(row_ends):
            row_ends.append(right)
        row_ends[row] = right
        y = -HEAD - row * EVENT_ROW
        group.add(
            Polygon([x, y, x + 4, y - 4, x, y - 8, x - 4, y - 4], fillColor=INK, strokeColor=None)
        )
        group.add(text(x + 6, y - 6.5, name, INK, size=6.5, bold=True))
    return _EventGroup(group, HEAD + len(row_ends) * EVENT_ROW + 2)


def _background(
    drawing: Drawing,
    projection: Projection,
    scale: Scale,
    bottom: float,
    height: float,
    years: tuple[int, int],
) -> None:
    grid = projection.grid
    left, right = scale.at(grid.start_year), scale.at(grid.end_year + 1)
    drawing.add(box(left, bottom, right - left, height, HORIZON_FILL))
    first, last = years
    every = max(1, math.ceil((last - first + 1) / 14))
    for year in range(first, last + 2):
        x = scale.at(year)
        drawing.add(rule(x, bottom, x, bottom + height, RULE, 0.3))
        if (year - first) % every == 0 and year <= last:
            drawing.add(
                text(scale.at(year + 0.5), bottom - 10, str(year), MUTED, size=7, anchor="middle")
            )
    drawing.add(rule(scale.x, bottom, scale.x + scale.width, bottom, MUTED))


def _agi_end(contract: Contract, projection: Projection) -> tuple[frozenset[str], float | None]:
    agi = contract.agi_clause
    period = projection.key_figures["agi_effective_period"]
    if agi is None or not isinstance(period, str):
        return frozenset(), None
    start = projection.grid.starts[projection.grid.index_of(period)]
    return frozenset(agi.ends), year_fraction(start)


def _version_band(chain: Sequence[Contract], scale: Scale, top: float) -> Group:
    """One segment per version, from its effective date to the next one's, named inside."""
    group = Group(text(0, top - 10, _("Version in force"), MUTED, bold=True, size=7))
    y = top - HEAD - 3 - BAR - 2
    for i, version in enumerate(chain):
        start = max(year_fraction(version.effective), scale.first)
        end = year_fraction(chain[i + 1].effective) if i + 1 < len(chain) else scale.last
        if end <= scale.first:
            continue
        x0, x1 = scale.at(start), scale.at(min(end, scale.last))
        shade = VERSION_SHADES[i % len(VERSION_SHADES)]
        group.add(box(x0, y, x1 - x0, BAR + 4, shade, stroke=MUTED))
        name = title_of(version).split(", ", 1)[-1]
        name = name[:1].upper() + name[1:]
        group.add(text(x0 + 2, y + 2.5, fit(name, x1 - x0 - 4, 6), INK, size=6))
    return group


def _clause_row(
    clause: Clause, scale: Scale, y: float, ended: tuple[frozenset[str], float | None]
) -> Group:
    group = Group(text(8, y - 9.5, fit(title_of(clause), LABEL_WIDTH - 14, 7.5), INK, size=7.5))
    start = year_fraction(clause.start) if clause.start else scale.first
    end = year_fraction(clause.end + dt.timedelta(days=1)) if clause.end else scale.last
    colour = CONFIDENCE_COLOURS[clause.confidence]
    cut = ended[1] if clause.id in ended[0] and ended[1] is not None and ended[1] < end else None
    solid_end = cut if cut is not None else end
    open_end = clause.end is None and cut is None
    x0, x1 = scale.at(start), scale.at(solid_end)
    group.add(_bar(x0, x1, y - 3, colour, (clause.start is None, open_end)))
    if clause.confidence in HATCHED:
        group.add(hatch(x0, y - 3 - BAR, max(x1 - x0, 1.5), BAR))
    if cut is not None:
        width = scale.at(end) - scale.at(cut)
        group.add(
            box(
                scale.at(cut),
                y - 3 - BAR,
                width,
                BAR,
                colour,
                opacity=0.18,
                stroke=colour,
                dash=[1.5, 1.5],
            )
        )
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


def _markers(found: list[Marker], scale: Scale, bottom: float, height: float) -> Group:
    """Vertical lines with labels above the lanes, stacked so that labels never overlap."""
    group = Group()
    level_ends: list[float] = []
    for marker in sorted(found, key=lambda m: m.day):
        x = scale.day(marker.day)
        label = _("{marker}, {month}").format(marker=marker.label, month=fmt.month(marker.day))
        half = stringWidth(label, FAMILY.regular, 6.5) / 2
        x_label = min(max(x, scale.x + half), scale.x + scale.width - half)
        level = next(
            (i for i, end in enumerate(level_ends) if x_label - half > end + 4), len(level_ends)
        )
        if level == len(level_ends):
            level_ends.append(0.0)
        level_ends[level] = x_label + half
        # Lines stop at the lanes' top so that they never cross a higher label.
        dash = [2, 2] if marker.dashed else None
        group.add(rule(x, bottom, x, bottom + height + 2, MARKER_COLOUR, 0.9, dash))
        label_y = bottom + height + 6 + level * 8.5
        group.add(text(x_label, label_y, label, MARKER_COLOUR, size=6.5, anchor="middle"))
    return group


def _legend(width: float, scenario: str) -> Group:
    items: list[tuple[str, colors.Color, Swatch]] = [
        (_terms_word(name), colour, "hatch" if name in HATCHED else "box")
        for name, colour in CONFIDENCE_COLOURS.items()
    ]
    items += [
        (_("Projection horizon"), HORIZON_FILL, "box"),
        (
            _("Computed under {scenario}").format(scenario=fit(scenario, 120, 7.5)),
            MARKER_COLOUR,
            "line",
        ),
    ]
    group, _height = legend(items, 0, 27, width)
    note = _("Faded end: open-ended term. Dotted outline: ended by the AGI clause.")
    group.add(text(0, 2, note, MUTED, size=6.5))
    return group


def _terms_word(level: str) -> str:
    """The legend's name of a confidence level: ``Official terms``."""
    words = {
        "official": _("Official terms"),
        "reported": _("Reported terms"),
        "assumed": _("Assumed terms"),
    }
    return words.get(level, level)
