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
WHITE = colors.white

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
    _add(
        sheet,
        "Lead",
        base,
        fontSize=10.5,
        leading=15,
        spaceAfter=7,
        leftIndent=12,
        bulletIndent=0,
        bulletColor=ACCENT,
    )
    _add(
        sheet,
        "H1",
        base,
        fontName=font.bold,
        fontSize=17,
        leading=21,
        textColor=ACCENT,
        spaceBefore=0,
        spaceAfter=10,
        keepWithNext=True,
    )
    _add(
        sheet,
        "H2",
        base,
        fontName=font.bold,
        fontSize=11.5,
        leading=15,
        spaceBefore=10,
        spaceAfter=5,
    )
    _add(
        sheet,
        "H3",
        base,
        fontName=font.bold,
        fontSize=10,
        leading=13,
        spaceBefore=6,
        spaceAfter=3,
        textColor=ACCENT,
        keepWithNext=True,
    )
    _add(sheet, "Headline", base, fontName=font.bold, fontSize=13, leading=17.5, spaceAfter=10)
    _add(
        sheet,
        "BigNumber",
        base,
        fontName=font.bold,
        fontSize=18,
        leading=22,
        textColor=ACCENT,
        spaceAfter=1,
    )
    _add(sheet, "NumberLabel", base, fontName=font.bold, fontSize=8.5, leading=11, spaceAfter=2)
    _add(
        sheet,
        "Small",
        base,
        fontSize=8,
        leading=10.5,
        textColor=MUTED,
        spaceAfter=4,
        uriWasteReduce=0.2,
    )
    small = sheet["Small"]
    assert isinstance(small, ParagraphStyle)
    _add(sheet, "NoteCont", small, spaceAfter=0)
    _add(
        sheet,
        "Caption",
        base,
        fontSize=8,
        leading=10.5,
        textColor=MUTED,
        spaceBefore=3,
        spaceAfter=12,
    )
    _add(sheet, "Cell", base, fontSize=8.5, leading=11, spaceAfter=0)
    _add(sheet, "GridCell", base, fontSize=7.5, leading=9.5, spaceAfter=0)
    _add(
        sheet,
        "Source",
        base,
        fontSize=7.5,
        leading=10,
        spaceAfter=3,
        leftIndent=20,
        bulletIndent=0,
        textColor=INK,
        uriWasteReduce=0.2,
    )
    _add(sheet, "CellRight", base, fontSize=8.5, leading=11, spaceAfter=0, alignment=TA_RIGHT)
    _add(
        sheet,
        "CellHead",
        base,
        fontName=font.bold,
        fontSize=8.5,
        leading=11,
        spaceAfter=0,
        textColor=WHITE,
    )
    _add(
        sheet,
        "CellHeadRight",
        base,
        fontName=font.bold,
        fontSize=8.5,
        leading=11,
        spaceAfter=0,
        textColor=WHITE,
        alignment=TA_RIGHT,
    )
    _add(
        sheet,
        "NoteLabel",
        base,
        fontName=font.bold,
        fontSize=8,
        leading=11,
        textColor=MUTED,
        spaceAfter=1,
        keepWithNext=True,
    )
    _add(sheet, "Stamp", base, fontSize=7.5, leading=10, textColor=MUTED, spaceAfter=0)
    return sheet


def _add(sheet: StyleSheet1, name: str, parent: ParagraphStyle, **values: object) -> None:
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
