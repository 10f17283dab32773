"""Excel in and out: the workbook's sheets, an exact round trip, located errors."""

from __future__ import annotations

import dataclasses

import pytest
from openpyxl import load_workbook

from core.assumptions import value_in_year
from core.cli import main
from core.errors import FileError
from core.excel import projections_of, write_workbook
from core.excel_import import WorkbookError, import_assumptions
from core.files import load_workspace
from core.projection import project
from core.resources import default_workspace_path


@pytest.fixture
def loaded():
    return load_workspace(default_workspace_path())


@pytest.fixture
def book_path(tmp_path, loaded):
    path = tmp_path / "deal.xlsx"
    write_workbook(path, loaded.workspace, loaded.contract, projections_of(loaded))
    return path


def _cell(row, settings, year):
    """The cell of `year` in an Assumptions row (years start in column E)."""
    return row[4 + year - settings.start_year]


def _row_of(sheet, scenario, key):
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == scenario and row[2].value == key:
            return row
    raise KeyError(key)


def test_the_workbook_has_assumptions_key_figures_periods_and_sources(book_path, loaded):
    book = load_workbook(book_path)
    assert book.sheetnames == ["Assumptions", "Key figures", "Periods", "Sources"]
    assumptions = book["Assumptions"]
    header = [c.value for c in assumptions[1]]
    settings = loaded.workspace.settings
    assert header[:5] == ["Scenario", "Assumption", "Key", "Unit", settings.start_year]
    assert header[-1] == settings.end_year
    growth = _row_of(assumptions, "Base", "revenue_growth")
    assert growth[3].value == "%"
    path = loaded.workspace.scenario("Base").resolved()["revenue_growth"]
    cell = _cell(growth, settings, 2026)
    assert cell.value == value_in_year(path, 2026)  # a fraction shown as a percentage
    assert cell.number_format.endswith("%")
    figures = book["Key figures"]
    assert [c.value for c in figures[1]] == ["Key figure", "Key", "Unit", "Base", "Bull", "Bear"]
    base = projections_of(loaded)["Base"]
    row = next(r for r in figures.iter_rows(min_row=2) if r[1].value == "revenue_share_total")
    assert row[3].value == pytest.approx(base.key_figures["revenue_share_total"], abs=0)
    periods = book["Periods"]
    headers = [c.value for c in periods[1]]
    assert headers[:5] == ["Scenario", "Period", "Year", "Contract version", "OpenAI revenue ($B)"]
    assert "revenue_share" not in headers
    assert "Revenue share to Microsoft ($B)" in headers
    assert any(h.startswith("Payment: ") and h.endswith(" ($B)") for h in headers)
    assert periods.max_row == 1 + 3 * len(base.grid.labels)  # three scenarios
    sources = book["Sources"]
    assert sources.max_row - 1 == len(loaded.contract.sources)


def test_an_unchanged_workbook_gives_back_the_same_workspace(book_path, loaded):
    assert import_assumptions(loaded.workspace, book_path) == loaded.workspace


def test_an_edited_cell_round_trips_into_the_figures_exactly(tmp_path, book_path, loaded):
    book = load_workbook(book_path)
    growth = _row_of(book["Assumptions"], "Bull", "revenue_growth")
    _cell(growth, loaded.workspace.settings, 2027).value = 0.8125
    book.save(book_path)
    imported = import_assumptions(loaded.workspace, book_path)
    assert dict(imported.scenario("Bull").overrides()["revenue_growth"])[2027] == 0.8125
    assert imported.scenario("Base") == loaded.workspace.scenario("Base")
    again = tmp_path / "again.xlsx"
    reloaded = dataclasses.replace(loaded, workspace=imported)
    write_workbook(again, imported, loaded.contract, projections_of(reloaded))
    back = import_assumptions(loaded.workspace, again)
    settings = imported.settings
    for scenario in imported.scenarios:
        deal = loaded.deal_for(scenario)
        expected = project(deal, settings, scenario.resolved()).key_figures
        result = project(deal, settings, back.scenario(scenario.name).resolved())
        assert result.key_figures == expected


def test_a_new_scenario_on_the_sheet_is_added(book_path, loaded):
    book = load_workbook(book_path)
    sheet = book["Assumptions"]
    sheet.append(["Stress", "Discount rate", "discount_rate", "%", 0.2])
    book.save(book_path)
    imported = import_assumptions(loaded.workspace, book_path)
    assert [s.name for s in imported.scenarios] == ["Base", "Bull", "Bear", "Stress"]
    assert imported.scenario("Stress").overrides() == {"discount_rate": ((0, 0.2),)}


def test_bad_cells_are_reported_with_their_location(book_path):
    book = load_workbook(book_path)
    sheet = book["Assumptions"]
    sheet["F7"] = "abc"
    sheet["E8"] = 1.5  # a share of 150 %
    sheet["C9"] = "revenue_grwth"
    book.save(book_path)
    with pytest.raises(WorkbookError) as caught:
        import_assumptions(load_workspace(default_workspace_path()).workspace, book_path)
    problems = caught.value.problems
    assert "Assumptions!F7: 'abc' is not a number" in problems
    assert any(p.startswith("Assumptions!E8: 150% is out of range") for p in problems)
    assert "Assumptions!C9: unknown assumption 'revenue_grwth'" in problems
    assert caught.value.one_line().startswith("deal.xlsx: Assumptions!F7: 'abc' is not a number")


def test_a_workbook_without_the_sheet_or_not_a_workbook_is_refused(tmp_path, book_path, loaded):
    book = load_workbook(book_path)
    book["Assumptions"].title = "Inputs"
    book.save(book_path)
    with pytest.raises(WorkbookError, match="no sheet named 'Assumptions'"):
        import_assumptions(loaded.workspace, book_path)
    text = tmp_path / "notes.xlsx"
    text.write_text("not a workbook")
    with pytest.raises(FileError, match="not an Excel workbook"):
        import_assumptions(loaded.workspace, text)


def test_export_and_import_commands_round_trip(tmp_path, capsys, loaded):
    book = tmp_path / "out.xlsx"
    assert main(["export", "--format", "xlsx", "--out", str(book)]) == 0
    assert "wrote" in capsys.readouterr().out
    target = tmp_path / "w2.json"
    assert main(["import-assumptions", str(book), "--out", str(target)]) == 0
    assert load_workspace(target).workspace.scenarios == loaded.workspace.scenarios


def test_import_command_reports_a_located_error(tmp_path, capsys, book_path):
    book = load_workbook(book_path)
    book["Assumptions"]["D7"] = None
    book["Assumptions"]["G7"] = "lots"
    book.save(book_path)
    code = main(["import-assumptions", str(book_path), "--out", str(tmp_path / "w.json")])
    assert code == 1
    err = capsys.readouterr().err
    assert "Assumptions!G7: 'lots' is not a number" in err
    assert not (tmp_path / "w.json").exists()


def test_csv_output_has_human_headers_and_json_keeps_machine_names(capsys):
    assert main(["project", "--format", "csv"]) == 0
    header = capsys.readouterr().out.splitlines()[0].split(",")
    assert header[:4] == ["Period", "Year", "Contract version", "OpenAI revenue ($B)"]
    assert "Revenue share to Microsoft ($B)" in header
    assert any(h.startswith("Payment: ") for h in header)
    assert main(["project", "--format", "json"]) == 0
    assert '"revenue_share":' in capsys.readouterr().out
