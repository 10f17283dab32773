"""Nothing cut on a 1366x768 laptop: the default workspace in a window sized to that screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMessageBox, QTableWidget

from gui.app import configure_plots, load_session
from gui.main_window import MainWindow
from gui.views.analysis.histogram_chart import HistogramChart
from gui.views.analysis.montecarlo_results import FIGURES_PAGE
from gui.views.table_fit import two_lines
from gui.window_layout import first_window_geometry

LAPTOP = QRect(0, 0, 1366, 768)


@pytest.fixture
def laptop_window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    """The bundled default workspace (the April 2026 version) as run_app opens it."""
    configure_plots()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.setGeometry(first_window_geometry(LAPTOP))
    window.show()
    qtbot.waitExposed(window)
    window.attach(load_session(None), tmp_path / "recovery")
    window.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    settle()
    yield window
    window.close()


def settle() -> None:
    for _ in range(10):  # the dock layout settles over a few turns (tabs, sizes)
        QApplication.processEvents()


def bring_forward(dock: QDockWidget) -> None:
    dock.show()
    dock.raise_()
    settle()


def cut_columns(table: QTableWidget) -> list[str]:
    """Headers of the columns not wholly in view, or narrower than their text or cells."""
    header = table.horizontalHeader()
    cut = []
    for column in range(table.columnCount()):
        left = header.sectionViewportPosition(column)
        width = header.sectionSize(column)
        needed = max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
        if left < 0 or left + width > table.viewport().width() or width < needed:
            cut.append(table.horizontalHeaderItem(column).text())
    return cut


def title_fits(item: pg.PlotItem) -> bool:
    """Whether every line of the plot's title shows in its row (a line may overhang 1 px)."""
    title = item.titleLabel
    text = title.item.boundingRect().height() - 2 * title.item.document().documentMargin()
    return text <= item.layout.rowMaximumHeight(0) + 2


def test_the_window_fits_the_laptop_screen(laptop_window):
    assert laptop_window.session.contract.id == "microsoft-openai-2026-04"
    assert LAPTOP.contains(laptop_window.frameGeometry())


def test_the_agi_clause_shows_whole_in_the_inspector(laptop_window):
    docks = laptop_window.contract_docks
    docks.show_clause("agi")
    settle()
    browser = docks.inspector.browser
    assert browser.isVisible()
    assert "Sources" in docks.inspector.text()
    height = browser.document().size().height()
    assert height <= browser.viewport().height(), f"{height} px of text in a smaller view"
    assert not browser.verticalScrollBar().isVisible()
    assert browser.document().size().width() <= browser.viewport().width()


def test_the_key_figures_come_back_in_front_of_their_tab_group(laptop_window):
    docks = laptop_window.contract_docks.docks
    figures = laptop_window.docks["figures"]
    assert docks["inspector"] in laptop_window.tabifiedDockWidgets(figures)
    assert docks["explain"] in laptop_window.tabifiedDockWidgets(figures)
    assert not figures.visibleRegion().isEmpty()  # in front until a clause is chosen


def test_compare_versions_shows_every_column(laptop_window):
    versions = laptop_window.contract_docks.versions
    bring_forward(laptop_window.contract_docks.docks["versions"])
    table = versions.table
    assert table.columnCount() == 11  # five versions, as dated, and five changes
    assert cut_columns(table) == []
    assert table.horizontalHeader().length() <= table.viewport().width()
    tooltip = table.horizontalHeaderItem(0).toolTip()
    assert tooltip == "2019-07 version"


def test_compare_shows_every_column_and_its_differences_whole(laptop_window):
    bring_forward(laptop_window.docks["compare"])
    table = laptop_window.compare_view.figures_table
    assert table.columnCount() == 5  # Base, Bull, Bear and the two differences from Base
    assert cut_columns(table) == []


def test_the_sensitivity_table_shows_every_column_beside_the_tornado(laptop_window, qtbot):
    laptop_window.analysis_dock.show_sensitivity()
    panel = laptop_window.analysis_dock.view.sensitivity
    qtbot.waitUntil(lambda: panel.table.rowCount() > 0, timeout=20_000)
    settle()
    assert cut_columns(panel.table) == []
    assert title_fits(panel.chart.getPlotItem())


def test_the_monte_carlo_figures_show_every_column_beside_the_histogram(laptop_window, qtbot):
    dock = laptop_window.analysis_dock
    dock.view.montecarlo.draws_box.setValue(500)
    dock.run_monte_carlo()
    qtbot.waitUntil(lambda: dock.view.montecarlo.results.simulation is not None, timeout=60_000)
    results = dock.view.montecarlo.results
    results.setCurrentIndex(FIGURES_PAGE)
    settle()
    assert results.table.rowCount() > 0
    assert cut_columns(results.table) == []
    assert len({item.pos().y() for item, _ in results.histogram.legend.items}) == 1  # one row


def test_the_backtest_shows_every_column(laptop_window, qtbot):
    bring_forward(laptop_window.backtest_dock)
    view = laptop_window.backtest_dock.widget()
    qtbot.waitUntil(lambda: view.result is not None)
    settle()
    assert cut_columns(view.table) == []


def test_long_labels_break_at_the_space_or_hyphen_nearest_their_middle():
    assert two_lines("AGI determination") == "AGI determination"
    assert two_lines("Revenue share paid to Microsoft, NPV") == (
        "Revenue share paid\nto Microsoft, NPV"
    )
    assert two_lines("Azure spend-commitment shortfall") == "Azure spend-\ncommitment shortfall"


def cut_labels(window: MainWindow) -> list[str]:
    """Texts of the labels on screen narrower than their one line of text."""
    cut = []
    for label in window.findChildren(QLabel):
        if label.visibleRegion().isEmpty() or label.wordWrap() or not label.text():
            continue
        if label.sizeHint().width() > label.width():
            cut.append(label.text())
    return cut


TABS = ("timeline", "sensitivity", "montecarlo", "goalseek", "assumptions", "compare")


@pytest.mark.parametrize("key", [*TABS, "versions", "backtest", "explain"])
def test_no_label_is_cut_on_any_tab(laptop_window, key):
    docks = {
        **laptop_window.docks,
        **laptop_window.contract_docks.docks,
        "backtest": laptop_window.backtest_dock,
    }
    if key in ("sensitivity", "montecarlo", "goalseek"):
        laptop_window.analysis_dock.show_tab(key)
        settle()
    else:
        bring_forward(docks[key])
    assert cut_labels(laptop_window) == []


def test_a_title_of_three_lines_keeps_every_line(qtbot):
    configure_plots()
    chart = HistogramChart()
    qtbot.addWidget(chart)
    chart.resize(260, 300)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_title("Value of the deal to Microsoft, NPV: base $97.5B, under the dated chain")
    assert chart.getPlotItem().titleLabel.text.count("<br>") >= 2  # three lines or more
    assert title_fits(chart.getPlotItem())
