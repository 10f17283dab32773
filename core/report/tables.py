"""Table flowables of the brief: key figures, comparison, differing inputs, assumptions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportlab.lib.styles import StyleSheet1
from reportlab.platypus import Paragraph, Table

from core.compare import compare_figures
from core.projection import Projection
from core.report.formats import difference_text
from core.report.script import markup
from core.report.styles import data_table_style
from core.report.summary import applicable_figures, key_figure_rows

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
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
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


def key_figures_table(
    projections: Mapping[str, Projection], styles: StyleSheet1, width: float
) -> Table:
    """Key figures (rows) under each scenario (columns)."""
    header = ["Key figure", *projections]
    rows = [header, *key_figure_rows(projections)]
    return grid_table(rows, scenario_widths(width, len(projections)), styles)


def comparison_table(
    projections: Mapping[str, Projection], styles: StyleSheet1, width: float
) -> Table:
    """The first scenario's figures, then each other scenario's difference to it."""
    names = list(projections)
    first = projections[names[0]]
    frame = compare_figures(projections)
    rows: list[list[Cell]] = [["Key figure", names[0], *(f"{n} vs {names[0]}" for n in names[1:])]]
    for figure, printed in zip(
        applicable_figures(first.contract), key_figure_rows(projections), strict=True
    ):
        row: list[Cell] = [*printed[:2]]
        for name in names[1:]:
            value = frame.loc[figure.name, f"Δ {name}"]
            row.append(difference_text(figure, _plain(value), first.grid.n))
        rows.append(row)
    return grid_table(rows, scenario_widths(width, len(names)), styles)


def _plain(value: object) -> float | int | str | None:
    if value is None or isinstance(value, str):
        return value
    number = float(value)  # type: ignore[arg-type]
    return None if number != number else number
