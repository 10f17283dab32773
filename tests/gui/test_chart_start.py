"""What a chart leaves for later at start, and that it is all there when asked for.

The view box menu is built on the first right-click, the hover readout's cursor and label
on the first hover; the axes and their labels come out in the theme's colours either way.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QMenu

from gui.session import Session
from gui.theme import colour
from gui.views.charts.charts_view import ChartsView
from tests.gui.windows import shown


def _view(qtbot, session: Session) -> ChartsView:
    return shown(qtbot, ChartsView(session))


def test_a_new_chart_has_built_neither_its_menu_nor_its_hover_items(qtbot, session):
    view = _view(qtbot, session)
    for chart in view.charts.values():
        box = chart.getPlotItem().getViewBox()
        assert box.menuEnabled()
        assert box.menu is None
        assert chart.readout._items is None


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_a_right_click_shows_the_full_chart_menu(qtbot, session):
    view = _view(qtbot, session)
    chart = view.charts["revenue"]
    box = chart.getPlotItem().getViewBox()
    centre = chart.mapFromScene(box.sceneBoundingRect().center())
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.RightButton, pos=centre)
    menu = box.menu
    assert isinstance(menu, QMenu)
    qtbot.waitUntil(menu.isVisible)
    texts = [action.text() for action in menu.actions()]
    # The view box's own entries, then what the plot and the scene add below them.
    assert texts[:4] == ["View All", "X axis", "Y axis", "Mouse Mode"]
    assert "Plot Options" in texts
    assert "Export..." in texts
    menu.close()
    # A second right-click shows the same menu, not a new one.
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.RightButton, pos=centre)
    assert box.menu is menu


def test_view_all_from_the_menu_shows_the_whole_plot_again(qtbot, session):
    view = _view(qtbot, session)
    chart = view.charts["payments"]
    box = chart.getPlotItem().getViewBox()
    box.setRange(xRange=(2030.0, 2031.0), padding=0)
    menu = box.getMenu(None)
    menu.viewAll.trigger()
    (left, right), _ = box.viewRange()
    xs, _ = chart.curves["revenue_share"].getData()
    assert left <= xs[0]
    assert right >= xs[-1]


def test_the_hover_readout_is_built_by_the_first_hover(qtbot, session):
    view = _view(qtbot, session)
    chart = view.charts["compute"]
    box = chart.getPlotItem().getViewBox()
    readout = chart.readout
    readout._on_mouse_moved(box.mapViewToScene(QPointF(2030.0, 1.0)))
    assert readout._items is not None
    assert readout.label.isVisible()
    assert readout.cursor.isVisible()
    assert readout.label.toPlainText().startswith("2030Q1")
    readout.hide()
    assert not readout.label.isVisible()
    assert not readout.cursor.isVisible()


def test_axes_and_labels_come_out_in_the_theme_colour(qtbot, session):
    view = _view(qtbot, session)
    axis_colour = colour("plot_axis")
    for chart in view.charts.values():
        item = chart.getPlotItem()
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            assert axis.pen().color() == axis_colour
            assert axis.textPen().color() == axis_colour
        left = item.getAxis("left")
        assert left.labelText == chart.tr(chart.unit)
        assert left.labelStyle == {"color": axis_colour.name()}
        assert axis_colour.name() in item.titleLabel.item.toHtml()


def test_the_bottom_axis_keeps_plain_years_whatever_the_range(qtbot, session):
    view = _view(qtbot, session)
    item = view.charts["revenue"].getPlotItem()
    item.getViewBox().setRange(xRange=(0.2, 0.8), padding=0)
    bottom = item.getAxis("bottom")
    assert bottom.autoSIPrefixScale == 1.0
    assert bottom.tickStrings([0.5], 1.0, 0.1) == ["0.5"]


def test_a_chart_menu_can_still_be_turned_off_and_on(qtbot, session):
    view = _view(qtbot, session)
    item = view.charts["agi"].getPlotItem()
    box = item.getViewBox()
    item.setMenuEnabled(False)
    assert not box.menuEnabled()
    assert box.getContextMenus(None) == []
    assert box.menu is None
    item.setMenuEnabled(True)
    assert box.menuEnabled()
    assert box.menu is None  # still built only when asked for
    assert box.getContextMenus(None)[0].text() == "View All"
