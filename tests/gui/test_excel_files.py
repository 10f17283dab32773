"""File > Export to Excel… and File > Import Assumptions… in the app."""

from openpyxl import load_workbook

from core.excel import write_workbook


def _menu_texts(window):
    return [a.text() for a in window.file_menu_widget.actions()]


def test_the_file_menu_offers_excel_export_and_import(main_window):
    texts = _menu_texts(main_window)
    assert "Export to E&xcel…" in texts
    assert "&Import Assumptions…" in texts


def test_export_writes_every_scenario_and_import_is_one_undoable_edit(tmp_path, main_window):
    session = main_window.session
    path = tmp_path / "deal.xlsx"
    assert main_window.excel_files.export_workbook(path)
    book = load_workbook(path)
    scenarios = {row[0].value for row in book["Assumptions"].iter_rows(min_row=2)}
    assert scenarios == {s.name for s in session.workspace.scenarios}
    for row in book["Assumptions"].iter_rows(min_row=2):
        if row[0].value == session.current and row[2].value == "discount_rate":
            row[4].value = 0.125
    book.save(path)
    before = session.workspace
    steps = session.undo_stack.count()
    assert main_window.excel_files.import_workbook(path)
    assert session.scenario.resolved()["discount_rate"] == ((0, 0.125),)
    assert session.undo_stack.count() == steps + 1
    assert session.is_modified
    session.undo_stack.undo()
    assert session.workspace == before


def test_a_bad_workbook_shows_the_located_problem_and_changes_nothing(tmp_path, main_window):
    session = main_window.session
    path = tmp_path / "deal.xlsx"
    write_workbook(path, session.workspace, session.contract, session.projections())
    book = load_workbook(path)
    book["Assumptions"]["E3"] = "n/a"  # revenue growth in the first year
    book.save(path)
    shown = []
    main_window.excel_files.show_error = lambda title, text: shown.append(text)
    before = session.workspace
    assert not main_window.excel_files.import_workbook(path)
    assert session.workspace is before
    assert "Assumptions!E3: 'n/a' is not a number" in shown[0]
