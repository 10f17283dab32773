"""Colours, paragraph styles and table styles of the brief (fresh objects on every call)."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.platypus import TableStyle

from core.present.palette import (
    BRIEF,
    BRIEF_CONFIDENCE,
    BRIEF_SCENARIOS,
    BRIEF_SOURCES,
    BRIEF_VERSION_SHADES,
)
from core.report.fonts import FAMILY, register_fonts

INK = colors.HexColor(BRIEF["ink"])
MUTED = colors.HexColor(BRIEF["muted"])
RULE = colors.HexColor(BRIEF["rule"])
BAND = colors.HexColor(BRIEF["band"])
ACCENT = colors.HexColor(BRIEF["accent"])
ACCENT_LIGHT = colors.HexColor(BRIEF["accent_light"])
HIGHLIGHT = colors.HexColor(BRIEF["highlight"])
MARKER = colors.HexColor(BRIEF["marker"])
HORIZON = colors.HexColor(BRIEF["horizon"])
ANALYSIS_BAND = colors.HexColor(BRIEF["analysis_band"])
WHITE = colors.HexColor(BRIEF["white"])

SCENARIO_COLOURS = tuple(colors.HexColor(value) for value in BRIEF_SCENARIOS)
"""One colour per scenario, in workspace order (core.present.palette.BRIEF_SCENARIOS)."""

CONFIDENCE_COLOURS = {name: colors.HexColor(value) for name, value in BRIEF_CONFIDENCE.items()}
"""Bar colours of the timeline and swatches of the sources table, by confidence tag."""

SOURCE_COLOURS = {name: colors.HexColor(value) for name, value in BRIEF_SOURCES.items()}
"""Compute-by-source colours: partner cloud, other clouds, the lab's own capacity."""

VERSION_SHADES = tuple(colors.HexColor(value) for value in BRIEF_VERSION_SHADES)
"""Alternating fills of the version band (light enough for the names in ink)."""


SCENARIO_DASHES: tuple[tuple[float, ...], ...] = (
    (),
    (5.0, 2.0),
    (1.2, 1.8),
    (6.0, 2.0, 1.2, 2.0),
    (2.5, 2.5),
    (8.0, 2.0, 1.2, 2.0, 1.2, 2.0),
)
"""One dash pattern per scenario (solid first), so that the lines stay apart in grayscale."""


def scenario_dash(index: int) -> tuple[float, ...]:
    """Dash pattern of the scenario at `index` (0-based); empty for a solid line."""
    return SCENARIO_DASHES[index % len(SCENARIO_DASHES)]


def scenario_colour(index: int) -> colors.Color:
    """Colour of the scenario at `index` (0-based), cycling past the palette."""
    return SCENARIO_COLOURS[index % len(SCENARIO_COLOURS)]


def make_styles() -> StyleSheet1:
    """Return a new stylesheet with every paragraph style the brief uses."""
    font = register_fonts()
    sheet = StyleSheet1()
    base = ParagraphStyle(
        "Body",
        fontName=font.regular,
        fontSize=9.5,
        leading=13.5,
        textColor=INK,
        spaceAfter=6,
        alignment=TA_LEFT,
        splitLongWords=True,
        bulletFontName=font.regular,
    )
    sheet.add(base)
    bold, keep = {"fontName": font.bold}, {"keepWithNext": True}
    cell: dict[str, object] = {"fontSize": 8.5, "leading": 11, "spaceAfter": 0}
    head = {**bold, **cell, "textColor": WHITE}
    small = {"fontSize": 8, "leading": 10.5, "textColor": MUTED}
    derived: tuple[tuple[str, str, dict[str, object]], ...] = (
        ("Lead", "Body", {"fontSize": 10.5, "leading": 15, "spaceAfter": 7, "leftIndent": 12}),
        ("H1", "Body", {**bold, **keep, "fontSize": 17, "leading": 21, "spaceAfter": 10}),
        ("H2", "Body", {**bold, "fontSize": 11.5, "leading": 15, "spaceBefore": 10}),
        ("H3", "Body", {**bold, **keep, "fontSize": 10, "leading": 13, "spaceBefore": 6}),
        ("Headline", "Body", {**bold, "fontSize": 13, "leading": 17.5, "spaceAfter": 10}),
        ("BigNumber", "Body", {**bold, "fontSize": 18, "leading": 22, "textColor": ACCENT}),
        ("NumberLabel", "Body", {**bold, **cell, "spaceAfter": 2}),
        ("Small", "Body", {**small, "spaceAfter": 4, "uriWasteReduce": 0.2}),
        ("NoteCont", "Small", {"spaceAfter": 0}),
        ("Caption", "Body", {**small, "spaceBefore": 3, "spaceAfter": 12}),
        ("Cell", "Body", cell),
        ("GridCell", "Body", {"fontSize": 7.5, "leading": 9.5, "spaceAfter": 0}),
        ("Source", "Body", {"fontSize": 7.5, "leading": 10, "spaceAfter": 3, "leftIndent": 20}),
        ("CellRight", "Body", {**cell, "alignment": TA_RIGHT}),
        ("CellHead", "Body", head),
        ("CellHeadRight", "Body", {**head, "alignment": TA_RIGHT}),
        ("NoteLabel", "Body", {**bold, **keep, **small, "leading": 11, "spaceAfter": 1}),
        ("Stamp", "Body", {"fontSize": 7.5, "leading": 10, "textColor": MUTED, "spaceAfter": 0}),
    )
    extra: dict[str, dict[str, object]] = {
        "Lead": {"bulletIndent": 0, "bulletColor": ACCENT},
        "H1": {"textColor": ACCENT, "spaceBefore": 0},
        "H2": {"spaceAfter": 5},
        "H3": {"spaceAfter": 3, "textColor": ACCENT},
        "BigNumber": {"spaceAfter": 1},
        "Source": {"bulletIndent": 0, "textColor": INK, "uriWasteReduce": 0.2},
    }
    for name, parent, values in derived:
        _add(sheet, name, sheet[parent], **values, **extra.get(name, {}))
    return sheet


def _add(sheet: StyleSheet1, name: str, parent: object, **values: object) -> None:
    assert isinstance(parent, ParagraphStyle)
    sheet.add(ParagraphStyle(name, parent=parent, **values))  # type: ignore[arg-type]


def data_table_style(rows: int, first_numeric_col: int = 1) -> TableStyle:
    """Header band, zebra rows and hairlines for a table of `rows` rows (header included)."""
    commands: list[Any] = [
        ("FONT", (0, 0), (-1, -1), FAMILY.regular, 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("ALIGN", (first_numeric_col, 0), (-1, -1), "RIGHT"),
    ]
    commands += [("BACKGROUND", (0, r), (-1, r), BAND) for r in range(2, rows, 2)]
    return TableStyle(commands)
