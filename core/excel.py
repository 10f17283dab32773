"""An Excel workbook of a workspace: assumptions, key figures, periods and sources.

The Assumptions sheet is the one read back (core.excel_import): one row per scenario and
assumption, one column per year, percentages stored as fractions shown as ``12.5%``.
"""

from __future__ import annotations

import io
import math
import os
from collections.abc import Mapping

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from core.assumptions import SPECS, AssumptionSpec, value_in_year
from core.columns import human_headers
from core.contract import Contract
from core.keyfigures import KEY_FIGURES
from core.loading import LoadedWorkspace
from core.present.labels import fill
from core.projection import FigureValue, Projection, project
from core.saving import write_atomically
from core.workspace import Workspace

ASSUMPTIONS_SHEET = "Assumptions"
ASSUMPTION_HEADER = ("Scenario", "Assumption", "Key", "Unit")
FIRST_YEAR_COLUMN = len(ASSUMPTION_HEADER) + 1
"""Column of the first year on the Assumptions sheet (E); a scalar's value sits there."""
PERCENT_FORMAT = "0.0##%"
NUMBER_FORMAT = "#,##0.00##"
MONEY_FORMAT = "#,##0.0"
_UNITS = {"money": "$B", "share": "%", "gw": "GW", "period": "period", "year": "year"}


def fill_parties(text: str, contract: Contract) -> str:
    """`text` with ``{lab}``, ``{partner}`` and ``{cloud}`` replaced by the contract's parties."""
    return fill(text, contract)


def projections_of(loaded: LoadedWorkspace) -> dict[str, Projection]:
    """Every scenario of `loaded` projected on its deal (dated chain and terms included)."""
    settings = loaded.workspace.settings
    return {
        scenario.name: project(loaded.deal_for(scenario), settings, scenario.resolved())
        for scenario in loaded.workspace.scenarios
    }


def workbook_bytes(
    workspace: Workspace, contract: Contract, projections: Mapping[str, Projection]
) -> bytes:
    """The .xlsx file of `workspace` with the given projections of its scenarios."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None  # a new workbook has one sheet
    sheet.title = ASSUMPTIONS_SHEET
    _write_assumptions(sheet, workspace, contract)
    _write_key_figures(book.create_sheet("Key figures"), contract, projections)
    _write_periods(book.create_sheet("Periods"), contract, projections)
    _write_sources(book.create_sheet("Sources"), contract)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_workbook(
    path: str | os.PathLike[str],
    workspace: Workspace,
    contract: Contract,
    projections: Mapping[str, Projection],
) -> None:
    """Write the workbook of `workspace` and its scenarios' projections to `path` atomically.

    Raises
    ------
    FileError
        Naming the path and the reason; an existing file is then left as it was.
    """
    write_atomically(path, workbook_bytes(workspace, contract, projections))


def _header(sheet: Worksheet, titles: list[str], widths: Mapping[int, float]) -> None:
    sheet.append(titles)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for column in range(1, len(titles) + 1):
        sheet.column_dimensions[get_column_letter(column)].width = widths.get(column, 12)


def _write_assumptions(sheet: Worksheet, workspace: Workspace, contract: Contract) -> None:
    settings = workspace.settings
    years = range(settings.start_year, settings.end_year + 1)
    _header(sheet, [*ASSUMPTION_HEADER, *map(str, years)], {1: 14, 2: 40, 3: 26, 4: 10})
    for column in range(FIRST_YEAR_COLUMN, FIRST_YEAR_COLUMN + len(years)):
        sheet.cell(1, column).value = years[column - FIRST_YEAR_COLUMN]  # years as numbers
    for scenario in workspace.scenarios:
        paths = scenario.resolved()
        for spec in SPECS:
            path = paths[spec.name]
            values = [value_in_year(path, y) for y in years] if spec.is_path else [path[0][1]]
            label = fill_parties(spec.label, contract)
            sheet.append([scenario.name, label, spec.name, spec.unit, *values])
            for offset in range(len(values)):
                cell = sheet.cell(sheet.max_row, FIRST_YEAR_COLUMN + offset)
                cell.number_format = _number_format(spec)
    sheet.freeze_panes = f"{get_column_letter(FIRST_YEAR_COLUMN)}2"


def _number_format(spec: AssumptionSpec) -> str:
    return PERCENT_FORMAT if spec.unit == "%" else NUMBER_FORMAT


def _write_key_figures(
    sheet: Worksheet, contract: Contract, projections: Mapping[str, Projection]
) -> None:
    names = list(projections)
    _header(sheet, ["Key figure", "Key", "Unit", *names], {1: 44, 2: 34, 3: 8})
    for figure in KEY_FIGURES:
        label = fill_parties(figure.label, contract)
        values = [_figure_cell(projections[n].key_figures.get(figure.name)) for n in names]
        sheet.append([label, figure.name, _UNITS.get(figure.kind, figure.kind), *values])
        for offset in range(len(names)):
            cell = sheet.cell(sheet.max_row, 4 + offset)
            if figure.kind == "share":
                cell.number_format = PERCENT_FORMAT
            elif figure.kind in ("money", "gw"):
                cell.number_format = MONEY_FORMAT if figure.kind == "money" else NUMBER_FORMAT
    sheet.freeze_panes = "D2"


def _figure_cell(value: FigureValue | None) -> float | int | str | None:
    """A key figure as a cell: numbers stay numbers, a missing value is an empty cell."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, str):
        return value
    number = float(value)
    return int(number) if number.is_integer() and abs(number) < 1e15 else number


def _write_periods(
    sheet: Worksheet, contract: Contract, projections: Mapping[str, Projection]
) -> None:
    if not projections:
        return
    first = next(iter(projections.values()))
    columns = [str(c) for c in first.table.columns]
    headers = human_headers(["period", *columns], first.chain)
    _header(sheet, ["Scenario", *headers.values()], {1: 14, 2: 10, 3: 8})
    for name, projection in projections.items():
        table = projection.table
        for label, row in zip(table.index, table.itertuples(index=False), strict=True):
            cells = [_plain(value) for value in row]
            sheet.append([name, str(label), *cells])
    sheet.freeze_panes = "C2"


def _plain(value: object) -> object:
    item = value.item() if hasattr(value, "item") else value
    if isinstance(item, float) and not math.isfinite(item):
        return None
    return item


def _write_sources(sheet: Worksheet, contract: Contract) -> None:
    _header(sheet, ["Source", "Title", "Publisher", "Date", "Address", "Cited by"], {2: 60, 5: 50})
    cited: dict[str, list[str]] = {}
    for clause in contract.clauses:
        for source_id in clause.sources:
            cited.setdefault(source_id, []).append(clause.title)
    for source in contract.sources:
        date = source.date.isoformat() if source.date is not None else None
        by = "; ".join(cited.get(source.id, []))
        sheet.append([source.id, source.title, source.publisher, date, source.url, by])
