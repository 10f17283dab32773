"""Read a workbook's Assumptions sheet back into a workspace, with located errors.

Every problem names its cell (``Assumptions!D7: 'abc' is not a number``). An assumption whose
values on the sheet's years are those the scenario already has keeps its stored form, so an
unchanged sheet gives back the same workspace and the same figures.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from core.assumptions import SPECS_BY_NAME, AssumptionSpec, YearPath, value_in_year
from core.errors import DealscopeError, FileError
from core.excel import ASSUMPTION_HEADER, ASSUMPTIONS_SHEET, FIRST_YEAR_COLUMN
from core.workspace import Scenario, Workspace

MAX_WORKBOOK_BYTES = 20 * 1024 * 1024
MAX_ROWS = 20_000


class WorkbookError(DealscopeError):
    """A workbook's Assumptions sheet holds problems; each names its cell."""

    def __init__(self, file: str, problems: list[str]) -> None:
        self.file = file
        self.problems = tuple(problems)
        count = len(problems)
        head = f"{file}: {count} problem{'s' if count != 1 else ''}"
        super().__init__(head + ":\n" + "\n".join(f"  {p}" for p in problems))

    def one_line(self) -> str:
        """The first problem and the count of the others."""
        rest = len(self.problems) - 1
        return f"{self.file}: {self.problems[0]}" + (f" (and {rest} more)" if rest else "")


@dataclass(frozen=True, slots=True)
class SheetValues:
    """What the Assumptions sheet says: years, and per scenario each assumption's values."""

    years: range
    scenarios: dict[str, dict[str, list[float]]]


def read_assumptions(path: str | os.PathLike[str]) -> SheetValues:
    """Read and check the Assumptions sheet of the workbook at `path`.

    Raises
    ------
    FileError
        When the file is missing, too large or not an .xlsx workbook.
    WorkbookError
        Listing every problem, each with its cell.
    """
    file = Path(path)
    try:
        if file.stat().st_size > MAX_WORKBOOK_BYTES:
            raise FileError(f"{file}: larger than {MAX_WORKBOOK_BYTES // 2**20} MB")
        book = load_workbook(file, read_only=True, data_only=True)
    except FileError:
        raise
    except OSError as exc:
        raise FileError(f"{file}: {exc.strerror or exc}") from None
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise FileError(f"{file}: not an Excel workbook (.xlsx): {exc}") from None
    try:
        if ASSUMPTIONS_SHEET not in book.sheetnames:
            raise WorkbookError(file.name, [f"no sheet named {ASSUMPTIONS_SHEET!r}"])
        return _read_sheet(file.name, book[ASSUMPTIONS_SHEET])
    finally:
        book.close()


def _where(row: int, column: int) -> str:
    return f"{ASSUMPTIONS_SHEET}!{get_column_letter(column)}{row}"


def _shown(value: Any) -> str:
    return repr(value) if isinstance(value, str) else str(value)


def _rows(sheet: Any) -> Iterator[tuple[int, tuple[Any, ...]]]:
    for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
        if number > MAX_ROWS:
            break
        yield number, tuple(row)


def _read_sheet(file: str, sheet: Any) -> SheetValues:
    problems: list[str] = []
    rows = _rows(sheet)
    try:
        _, header = next(rows)
    except StopIteration:
        raise WorkbookError(file, [f"{ASSUMPTIONS_SHEET} is empty"]) from None
    years = _years(header, problems)
    if problems:
        raise WorkbookError(file, problems)
    scenarios: dict[str, dict[str, list[float]]] = {}
    for number, row in rows:
        if all(cell is None or str(cell).strip() == "" for cell in row):
            continue
        cells = row + (None,) * (FIRST_YEAR_COLUMN - 1 + len(years) - len(row))
        scenario, key = cells[0], cells[2]
        if scenario is None or str(scenario).strip() == "":
            problems.append(f"{_where(number, 1)}: a scenario name is needed")
            continue
        spec = SPECS_BY_NAME.get(str(key).strip()) if key is not None else None
        if spec is None:
            problems.append(f"{_where(number, 3)}: unknown assumption {_shown(key)}")
            continue
        values = _values(spec, cells, number, len(years), problems)
        named = scenarios.setdefault(str(scenario).strip(), {})
        if spec.name in named:
            problems.append(f"{_where(number, 3)}: {spec.name} is listed twice for {scenario}")
        elif values is not None:
            named[spec.name] = values
    if problems:
        raise WorkbookError(file, problems)
    return SheetValues(years, scenarios)


def _years(header: tuple[Any, ...], problems: list[str]) -> range:
    found = [cell for cell in header[FIRST_YEAR_COLUMN - 1 :] if cell not in (None, "")]
    if tuple(str(c).strip() for c in header[: len(ASSUMPTION_HEADER)]) != ASSUMPTION_HEADER:
        problems.append(f"{_where(1, 1)}: the header must start {', '.join(ASSUMPTION_HEADER)}")
    years: list[int] = []
    for offset, cell in enumerate(found):
        column = FIRST_YEAR_COLUMN + offset
        try:
            year = int(str(cell).strip().removesuffix(".0"))
        except ValueError:
            problems.append(f"{_where(1, column)}: {_shown(cell)} is not a year")
            continue
        if years and year != years[-1] + 1:
            problems.append(f"{_where(1, column)}: {year} does not follow {years[-1]}")
        years.append(year)
    if not found:
        problems.append(f"{_where(1, FIRST_YEAR_COLUMN)}: no year columns")
    return range(years[0], years[-1] + 1) if years and not problems else range(0)


def _values(
    spec: AssumptionSpec, cells: tuple[Any, ...], row: int, count: int, problems: list[str]
) -> list[float] | None:
    wanted = count if spec.is_path else 1
    values: list[float] = []
    for offset in range(wanted):
        column = FIRST_YEAR_COLUMN + offset
        number = _number(cells[column - 1], spec, f"{_where(row, column)}", problems)
        if number is not None:
            values.append(number)
    return values if len(values) == wanted else None


def _number(cell: Any, spec: AssumptionSpec, where: str, problems: list[str]) -> float | None:
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        problems.append(f"{where}: empty; {spec.name} needs a number here")
        return None
    if isinstance(cell, bool):
        problems.append(f"{where}: {cell} is not a number")
        return None
    if isinstance(cell, int | float):
        value = float(cell)
    else:
        text = str(cell).strip()
        percent = text.endswith("%")
        try:
            value = float(text.rstrip("%").strip().replace(",", ""))
        except ValueError:
            problems.append(f"{where}: {_shown(cell)} is not a number")
            return None
        value = value / 100.0 if percent else value
    problem = spec.problem(value)
    if problem is not None:
        shown = f"{value * 100:g}%" if spec.unit == "%" else f"{value:g}"
        problems.append(f"{where}: {shown} is out of range for {spec.name}: allowed {problem}")
        return None
    return value


def with_sheet_values(workspace: Workspace, sheet: SheetValues) -> Workspace:
    """`workspace` with the sheet's assumptions; scenarios not in the workspace are added.

    Raises
    ------
    WorkbookError
        When a scenario built from the sheet is not valid.
    """
    scenarios = list(workspace.scenarios)
    names = [s.name for s in scenarios]
    for name, values in sheet.scenarios.items():
        old = scenarios[names.index(name)] if name in names else Scenario(name=name)
        new = _scenario_with(old, values, sheet.years)
        if name in names:
            scenarios[names.index(name)] = new
        else:
            scenarios.append(new)
            names.append(name)
    return workspace.model_copy(update={"scenarios": tuple(scenarios)})


def _scenario_with(scenario: Scenario, values: dict[str, list[float]], years: range) -> Scenario:
    overrides = scenario.overrides()
    resolved = scenario.resolved()
    before = dict(overrides)
    for name, numbers in values.items():
        spec = SPECS_BY_NAME[name]
        if _on(resolved[name], spec, years) == numbers:
            continue  # unchanged: keep the stored form (override or default)
        if _on(spec.default, spec, years) == numbers:
            overrides.pop(name, None)
        else:
            overrides[name] = _compressed(numbers, years) if spec.is_path else ((0, numbers[0]),)
    if overrides == before:
        return scenario
    data = scenario.model_dump(exclude_none=True)
    if not data.get("uncertainty"):
        data.pop("uncertainty", None)
    data["assumptions"] = {name: _json(path) for name, path in overrides.items()}
    return Scenario.model_validate(data)


def _on(path: YearPath, spec: AssumptionSpec, years: range) -> list[float]:
    return [value_in_year(path, y) for y in years] if spec.is_path else [path[0][1]]


def _compressed(numbers: list[float], years: range) -> YearPath:
    entries: list[tuple[int, float]] = []
    for year, value in zip(years, numbers, strict=True):
        if not entries or entries[-1][1] != value:
            entries.append((year, value))
    return tuple(entries)


def _json(path: YearPath) -> float | dict[int, float]:
    return path[0][1] if len(path) == 1 and path[0][0] == 0 else dict(path)


def import_assumptions(workspace: Workspace, path: str | os.PathLike[str]) -> Workspace:
    """`workspace` with the assumptions of the workbook at `path` (see `read_assumptions`)."""
    return with_sheet_values(workspace, read_assumptions(path))
