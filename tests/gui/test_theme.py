"""View > Theme: light and dark pairs for every drawn colour; charts follow; HiDPI lines."""

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from gui.theme import PAIRS, colour, is_dark, saved_mode
from gui.views.charts.plot_theme import line_width
from gui.views.timeline_style import timeline_colour


@pytest.fixture
def themed(main_window):
    yield main_window
    main_window.set_theme("system")


def _contrast(a: QColor, b: QColor) -> int:
    return abs(a.lightness() - b.lightness())


def test_the_view_menu_offers_system_light_and_dark(main_window):
    assert set(main_window.theme_actions) == {"system", "light", "dark"}
    assert main_window.theme_actions["system"].isChecked()


def test_dark_theme_darkens_the_palette_charts_and_cards(themed):
    window = themed
    window.set_theme("dark")
    assert is_dark()
    assert saved_mode(window.settings) == "dark"
    assert window.theme_actions["dark"].isChecked()
    background = QApplication.palette().color(QPalette.ColorRole.Window)
    chart = window.charts_view.charts["revenue"]
    assert chart.backgroundBrush().color() == colour("plot_background", dark=True)
    axis = chart.getPlotItem().getAxis("left")
    assert axis.textPen().color() == colour("plot_axis", dark=True)
    card = next(iter(window.figures_view.cards.values()))
    title = colour("card_title", dark=True)
    assert f"rgba({title.red()}, {title.green()}, {title.blue()}" in card.title_label.styleSheet()
    assert _contrast(title, background) > 100  # key-figure titles readable on dark
    window.set_theme("light")
    assert not is_dark()
    assert chart.backgroundBrush().color() == colour("plot_background", dark=False)


def test_every_pair_reads_on_its_own_background():
    for name, (light, dark) in PAIRS.items():
        if "background" in name or name in ("cell_differs", "plot_legend") or "band" in name:
            continue
        if "horizon" in name or "rule" in name or "paper" in name or "version" in name:
            continue  # fills and rules, not text
        assert _contrast(QColor(light[:7]), QColor("#ffffff")) > 60, name
        assert _contrast(QColor(dark[:7]), QColor("#1e2127")) > 60, name


def test_the_timeline_gets_its_colours_from_the_theme(themed):
    assert timeline_colour("ink") == QColor("#1B2430")
    themed.set_theme("dark")
    assert timeline_colour("ink") == QColor("#E3E7ED")


def test_chart_lines_keep_their_width_at_scale_two(main_window, monkeypatch):
    chart = main_window.charts_view.charts["revenue"]
    assert line_width(chart, 2.0) == 2.0 * chart.devicePixelRatioF()
    monkeypatch.setattr(chart, "devicePixelRatioF", lambda: 2.0)
    assert line_width(chart, 2.0) == 4.0
    curve = chart.curve("test", "#ff0000", 2.0)
    assert curve.opts["pen"].widthF() == 4.0
