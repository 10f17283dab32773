"""Assumptions laid out by year, like the app's grid: one table per scenario, and the diff."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.styles import StyleSheet1
from reportlab.platypus import Paragraph, Table, TableStyle

from core.assumptions import GROUPS, SPECS, AssumptionSpec, value_in_year
from core.contract import Parties
from core.present.labels import fill as label
from core.present.labels import unit_label
from core.present.text import grid_value
from core.report.fonts import FAMILY
from core.report.keeprows import KeepRowsTable
from core.report.script import markup
from core.report.styles import ACCENT, ACCENT_LIGHT, HIGHLIGHT, INK, RULE, WHITE
from core.workspace import Scenario

Cell = str | Paragraph
Command = tuple[Any, ...]
"""A TableStyle command such as ``("SPAN", (0, 1), (-1, 1))``."""

LABEL_WIDTH, NAME_WIDTH, MIN_YEAR_WIDTH = 150.0, 50.0, 25.0
GRID_FONT = 7.5


@dataclass(frozen=True, slots=True)
class GridRow:
    """One assumption of one scenario over the years; `changed` marks non-default values."""

    spec: AssumptionSpec
    values: tuple[str, ...]
    changed: tuple[bool, ...]


def grid_row(spec: AssumptionSpec, scenario: Scenario, years: Sequence[int]) -> GridRow:
    """`scenario`'s value of `spec` in each year (one value for a scalar)."""
    path = scenario.resolved()[spec.name]
    overridden = spec.name in scenario.overrides()
    points = years if spec.is_path else years[:1]
    values = [value_in_year(path, y) for y in points]
    defaults = [value_in_year(spec.default, y) for y in points]
    changed = [overridden and abs(v - d) > 1e-12 for v, d in zip(values, defaults, strict=True)]
    return GridRow(spec, tuple(grid_value(spec, v) for v in values), tuple(changed))


def row_label(spec: AssumptionSpec, parties: Parties) -> str:
    """``Revenue growth, %``: the label with its unit."""
    return f"{label(spec.label, parties)}, {unit_label(spec.unit)}"


def year_chunks(years: Sequence[int], width: float, fixed: float) -> list[Sequence[int]]:
    """Split `years` so that each table's year columns are at least `MIN_YEAR_WIDTH` wide."""
    most = max(3, int((width - fixed) // MIN_YEAR_WIDTH))
    tables = math.ceil(len(years) / most)
    per_table = math.ceil(len(years) / tables)
    return [years[i : i + per_table] for i in range(0, len(years), per_table)]


def assumptions_grid(
    scenario: Scenario,
    parties: Parties,
    years: Sequence[int],
    styles: StyleSheet1,
    width: float,
) -> list[Table]:
    """Every assumption by year, grouped; non-default values bold on a tint."""
    tables = []
    for chunk in year_chunks(years, width, LABEL_WIDTH):
        rows: list[list[Cell]] = [["Assumption", *map(str, chunk)]]
        commands: list[Command] = []
        for group in GROUPS:
            commands += _group_row(len(rows), len(chunk))
            rows.append([group.capitalize(), *[""] * len(chunk)])
            for spec in (s for s in SPECS if s.group == group):
                row = grid_row(spec, scenario, chunk)
                commands += _cells(row, len(rows), len(chunk), 1)
                rows.append([_label(row_label(spec, parties), styles), *_pad(row, len(chunk))])
        tables.append(_year_table(rows, [LABEL_WIDTH], width, len(chunk), commands))
    return tables


def differing_grid(
    scenarios: Sequence[Scenario],
    parties: Parties,
    years: Sequence[int],
    styles: StyleSheet1,
    width: float,
) -> list[Table]:
    """Rows of each scenario for the assumptions that differ between them; none if all agree."""
    specs = [s for s in SPECS if _differs(s, scenarios, years)]
    if not specs:
        return []
    tables = []
    for chunk in year_chunks(years, width, LABEL_WIDTH - 30 + NAME_WIDTH):
        rows: list[list[Cell]] = [["Assumption", "Scenario", *map(str, chunk)]]
        commands: list[Command] = []
        for spec in specs:
            first = grid_row(spec, scenarios[0], chunk)
            block = (len(rows), len(rows) + len(scenarios) - 1)
            commands.append(("LINEABOVE", (0, block[0]), (-1, block[0]), 0.6, RULE))
            commands.append(("NOSPLIT", (0, block[0]), (-1, block[1])))
            for i, scenario in enumerate(scenarios):
                row = grid_row(spec, scenario, chunk)
                differs = tuple(a != b for a, b in zip(row.values, first.values, strict=True))
                commands += _cells(GridRow(spec, row.values, differs), len(rows), len(chunk), 2)
                name = _label(scenario.name, styles)
                text = _label(row_label(spec, parties), styles) if i == 0 else ""
                rows.append([text, name, *_pad(row, len(chunk))])
        tables.append(
            _year_table(rows, [LABEL_WIDTH - 30, NAME_WIDTH], width, len(chunk), commands)
        )
    return tables


def compact_table(rows: list[list[str]], widths: list[float], styles: StyleSheet1) -> Table:
    """A small-type table of text, header repeated on every page (e.g. the events)."""
    cells: list[list[Cell]] = [[*rows[0]]]
    cells += [[_label(v, styles) for v in row] for row in rows[1:]]
    return _table(cells, widths, len(widths), [])


def _differs(spec: AssumptionSpec, scenarios: Sequence[Scenario], years: Sequence[int]) -> bool:
    rows = {grid_row(spec, s, years).values for s in scenarios}
    return len(rows) > 1


def _label(text: str, styles: StyleSheet1) -> Paragraph:
    return Paragraph(markup(text), styles["GridCell"])


def _pad(row: GridRow, columns: int) -> list[str]:
    return list(row.values) + [""] * (columns - len(row.values))


def _group_row(r: int, columns: int) -> list[Command]:
    return [
        ("SPAN", (0, r), (-1, r)),
        ("BACKGROUND", (0, r), (-1, r), ACCENT_LIGHT),
        ("FONTNAME", (0, r), (-1, r), FAMILY.bold),
        ("TEXTCOLOR", (0, r), (-1, r), ACCENT),
    ]


def _cells(row: GridRow, r: int, columns: int, first_col: int) -> list[Command]:
    commands: list[Command] = []
    if len(row.values) == 1:
        commands.append(("SPAN", (first_col, r), (-1, r)))
        commands.append(("ALIGN", (first_col, r), (-1, r), "LEFT"))
    for c, changed in enumerate(row.changed):
        if changed:
            cell = (first_col + c, r)
            end = (-1, r) if len(row.values) == 1 else cell
            commands += [
                ("BACKGROUND", cell, end, HIGHLIGHT),
                ("FONTNAME", cell, end, FAMILY.bold),
            ]
    return commands


def _year_table(
    rows: list[list[Cell]], fixed: list[float], width: float, columns: int, commands: list[Command]
) -> Table:
    year_width = (width - sum(fixed)) / columns
    return _table(rows, [*fixed] + [year_width] * columns, len(fixed), commands)


def _table(
    rows: list[list[Cell]], widths: list[float], first_year: int, commands: list[Command]
) -> Table:
    table = KeepRowsTable(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    base: list[Command] = [
        ("FONT", (0, 0), (-1, -1), FAMILY.regular, GRID_FONT, 9.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("TEXTCOLOR", (0, 0), (-1, 0), WHITE),
        ("FONTNAME", (0, 0), (-1, 0), FAMILY.bold),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if first_year < len(widths):
        base.append(("ALIGN", (first_year, 0), (-1, -1), "RIGHT"))
    table.setStyle(TableStyle(base + commands))
    return table
