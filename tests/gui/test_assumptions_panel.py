import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication

from gui.views.assumption_model import PROBLEM_ROLE
from gui.views.cell_delegate import CellEditor


def _index(window, name, year=None):
    model = window.assumptions_panel.model
    row = next(i for i, r in enumerate(model.rows) if r.spec and r.spec.name == name)
    column = 0 if year is None else model.year_of(0) and year - model.year_of(0)
    return model.index(row, column)


def _type_into(qtbot, window, index, text):
    table = window.assumptions_panel.table
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.indexWidget(index)
    assert isinstance(editor, CellEditor)
    editor.clear()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on the next event loop turn, then closes the editor.
    qtbot.waitUntil(lambda: table.indexWidget(index) is None)
    return editor


def test_typing_in_a_cell_updates_cards_and_charts(qtbot, main_window):
    card = main_window.figures_view.cards["lab_revenue_final_year"]
    revenue = main_window.charts_view.charts["revenue"].curves["revenue"]
    before_text = card.value_label.text()
    _, before_ys = revenue.getData()
    index = _index(main_window, "revenue_base")
    with qtbot.waitSignal(main_window.session.projection_changed):
        _type_into(qtbot, main_window, index, "26.14")
    assert index.data() == "26.14"
    assert card.value_label.text() != before_text
    assert "since last edit" in card.change_label.text()
    _, after_ys = revenue.getData()
    assert after_ys[0] == before_ys[0] * 2


def test_out_of_range_value_is_refused_and_shows_the_reason(qtbot, main_window):
    session = main_window.session
    before = session.workspace
    index = _index(main_window, "discount_rate")
    with qtbot.assertNotEmitted(session.projection_changed):
        editor = _type_into(qtbot, main_window, index, "150")
        assert editor.problem is not None
    assert session.workspace is before
    assert "out of range" in index.data(PROBLEM_ROLE)
    assert index.data(Qt.ItemDataRole.ToolTipRole).startswith("Refused:")
    assert "out of range" in main_window.statusBar().currentMessage()
    assert index.data() == "10%"


def test_undo_restores_the_value_and_the_figures(qtbot, main_window):
    session = main_window.session
    card = main_window.figures_view.cards["lab_revenue_final_year"]
    before = card.value_label.text()
    index = _index(main_window, "revenue_growth", 2027)
    with qtbot.waitSignal(session.projection_changed):
        _type_into(qtbot, main_window, index, "300")
    assert card.value_label.text() != before
    with qtbot.waitSignal(session.projection_changed):
        main_window.actions_.undo.trigger()
    assert card.value_label.text() == before
    assert index.data() == "107%"


def test_paste_applies_a_range_as_one_edit(qtbot, main_window):
    panel = main_window.assumptions_panel
    panel.table.setCurrentIndex(_index(main_window, "revenue_growth", 2026))
    assert panel.paste_text("50%\t40\t30\n10\t20\n")
    overrides = main_window.session.scenario.overrides()
    assert dict(overrides["revenue_growth"])[2026] == 0.5
    assert dict(overrides["revenue_growth"])[2028] == 0.3
    assert dict(overrides["api_revenue_share"])[2026] == 0.1
    assert main_window.session.undo_stack.count() == 1


def test_paste_with_one_bad_cell_changes_nothing(main_window):
    panel = main_window.assumptions_panel
    panel.table.setCurrentIndex(_index(main_window, "revenue_growth", 2026))
    before = main_window.session.workspace
    assert not panel.paste_text("50%\tlots\n")
    assert main_window.session.workspace is before


def _copied(main_window, name, years):
    """Select `name`'s cells in `years`, copy them, and return the clipboard's text."""
    panel = main_window.assumptions_panel
    selection = panel.table.selectionModel()
    for year in years:
        selection.select(_index(main_window, name, year), selection.SelectionFlag.Select)
    panel.copy()
    return QGuiApplication.clipboard().text()


def test_copy_puts_tab_separated_values_on_the_clipboard(main_window):
    assert _copied(main_window, "api_revenue_share", (2025, 2026)) == "30%\t30%\n"


def test_delete_resets_a_changed_cell(qtbot, main_window):
    session = main_window.session
    index = _index(main_window, "revenue_growth", 2030)
    _type_into(qtbot, main_window, index, "5")
    assert main_window.assumptions_panel.model.differs(index.row(), index.column())
    main_window.assumptions_panel.table.setCurrentIndex(index)
    main_window.assumptions_panel.reset_cell_action.trigger()
    assert "revenue_growth" not in session.scenario.overrides()


@pytest.fixture
def french():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(before)


def test_typing_a_decimal_comma_in_french_gives_twelve_and_a_half(qtbot, main_window, french):
    index = _index(main_window, "api_revenue_share", 2027)
    _type_into(qtbot, main_window, index, "12,5")
    assert dict(main_window.session.scenario.overrides()["api_revenue_share"])[2027] == 0.125
    assert index.data() == "12,5%"


def test_pasting_a_french_excel_block(main_window, french):
    panel = main_window.assumptions_panel
    panel.table.setCurrentIndex(_index(main_window, "api_revenue_share", 2026))
    assert panel.paste_text("12,5\t7,5\n")
    path = dict(main_window.session.scenario.overrides()["api_revenue_share"])
    assert (path[2026], path[2027]) == (0.125, 0.075)


def test_copy_and_paste_round_trip_in_french(main_window, french):
    panel = main_window.assumptions_panel
    panel.table.setCurrentIndex(_index(main_window, "api_revenue_share", 2026))
    assert panel.paste_text("12,5\t7,5\n")
    assert _copied(main_window, "api_revenue_share", (2026, 2027)) == "12,5%\t7,5%\n"


def test_an_ambiguous_paste_is_refused_with_a_message(main_window, french):
    panel = main_window.assumptions_panel
    panel.table.setCurrentIndex(_index(main_window, "revenue_base"))
    before = main_window.session.workspace
    assert not panel.paste_text("1.500\n")
    assert main_window.session.workspace is before
    assert "1.500 is ambiguous" in main_window.statusBar().currentMessage()


def test_typing_a_decimal_point_in_american_english(qtbot, main_window):
    index = _index(main_window, "api_revenue_share", 2027)
    _type_into(qtbot, main_window, index, "12.5")
    assert dict(main_window.session.scenario.overrides()["api_revenue_share"])[2027] == 0.125
    _type_into(qtbot, main_window, index, "1,500")  # 1500 % is out of range, not 1.5 %
    assert "1,500% is out of range" in main_window.statusBar().currentMessage()


def test_the_red_frame_of_a_refused_cell_clears_after_a_valid_edit(qtbot, main_window):
    index = _index(main_window, "discount_rate")
    _type_into(qtbot, main_window, index, "150")
    assert index.data(PROBLEM_ROLE)
    _type_into(qtbot, main_window, index, "12")
    assert index.data(PROBLEM_ROLE) is None


def test_the_red_frame_clears_when_the_cell_is_reset(qtbot, main_window):
    panel = main_window.assumptions_panel
    index = _index(main_window, "revenue_growth", 2030)
    _type_into(qtbot, main_window, index, "5")
    _type_into(qtbot, main_window, index, "-200")
    assert index.data(PROBLEM_ROLE)
    panel.table.setCurrentIndex(index)
    panel.reset_cell_action.trigger()
    assert index.data(PROBLEM_ROLE) is None
