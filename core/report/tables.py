"""Table flowables of the brief: key figures, comparison, differing inputs, assumptions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportlab.lib.styles import StyleSheet1
from reportlab.platypus import Paragraph, Table

from core.compare import compare_figures
from core.present.text import difference_text
from core.projection import Projection
from core.report.content import Reader
from core.report.keeprows import KeepRowsTable
from core.report.script import markup
from core.report.styles import data_table_style
from core.report.summary import key_figure_rows, shown_figures

Cell = str | Paragraph


def grid_table(
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    styles: StyleSheet1,
    numeric_from: int = 1,
) -> Table:
    """A table whose header repeats on every page; plain strings become wrapped paragraphs."""
    data = [
        [_cell(v, styles, r == 0, c >= numeric_from) for c, v in enumerate(row)]
        for r, row in enumerate(rows)
    ]
    table = KeepRowsTable(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(data_table_style(len(rows), numeric_from))
    return table


def _cell(value: Cell, styles: StyleSheet1, head: bool, numeric: bool) -> Paragraph:
    if isinstance(value, Paragraph):
        return value
    name = ("CellHead" if head else "Cell") + ("Right" if numeric else "")
    return Paragraph(markup(value), styles[name])


def scenario_widths(width: float, columns: int, label_share: float = 0.42) -> list[float]:
    """A wide label column, then `columns` equal columns filling `width`."""
    first = width * label_share if columns > 1 else width * 0.6
    return [first] + [(width - first) / columns] * columns


MIN_COLUMN = 62.0
"""Narrowest scenario column (points); more scenarios than fit split the table."""


def column_chunks(names: Sequence[str], width: float, label_width: float) -> list[list[str]]:
    """`names` in groups that fit beside the label column, each at least `MIN_COLUMN` wide."""
    per_table = max(1, int((width - label_width) // MIN_COLUMN))
    return [list(names[i : i + per_table]) for i in range(0, len(names), per_table)]


def key_figures_tables(
    projections: Mapping[str, Projection], reader: Reader, styles: StyleSheet1, width: float
) -> list[Table]:
    """Key figures (rows, the reader's first) under each scenario (columns).

    Rows whose figure is zero or none in every scenario are left out; with more scenarios
    than fit across the page, the table is split into several with the same rows.
    """
    figures = shown_figures(projections, reader)
    names = list(projections)
    tables = []
    label_width = width * 0.38
    for chunk in column_chunks(names, width, label_width):
        part = {n: projections[n] for n in chunk}
        rows = [["Key figure", *chunk], *key_figure_rows(part, figures)]
        tables.append(grid_table(rows, scenario_widths(width, len(chunk), 0.38), styles))
    return tables


def comparison_tables(
    projections: Mapping[str, Projection], reader: Reader, styles: StyleSheet1, width: float
) -> list[Table]:
    """The first scenario's figures, then each other scenario's difference to it."""
    names = list(projections)
    first = projections[names[0]]
    figures = shown_figures(projections, reader)
    frame = compare_figures(projections)
    printed = key_figure_rows({names[0]: first}, figures)
    tables = []
    label_width = width * 0.38
    others = names[1:]
    for chunk in column_chunks(others, width - MIN_COLUMN, label_width):
        rows: list[list[Cell]] = [["Key figure", names[0], *(f"{n} vs {names[0]}" for n in chunk)]]
        for figure, row_text in zip(figures, printed, strict=True):
            row: list[Cell] = [*row_text[:2]]
            for name in chunk:
                value = frame.loc[figure.name, f"Δ {name}"]
                row.append(difference_text(figure, _plain(value), first.grid.n))
            rows.append(row)
        tables.append(grid_table(rows, scenario_widths(width, len(chunk) + 1, 0.38), styles))
    return tables


def _plain(value: object) -> float | int | str | None:
    if value is None or isinstance(value, str):
        return value
    number = float(value)  # type: ignore[arg-type]
    return None if number != number else number
