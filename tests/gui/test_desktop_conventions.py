"""Desktop conventions: F1 guide, Ctrl+E from anywhere, accessible names, Tab order."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget


def test_f1_opens_the_user_guide(qtbot, main_window):
    assert QKeySequence("F1") in main_window.actions_.guide.shortcuts()
    main_window.actions_.guide.trigger()
    window = main_window.help_window
    assert window.isVisible()
    text = window.browser.toPlainText()
    for heading in ("The panels", "A first walkthrough", "Shortcuts"):
        assert heading in text
    assert "Compare Versions" in text
    window.close()


def _export_brief_calls(main_window):
    calls = []
    main_window.actions_.export_brief.triggered.disconnect()
    main_window.actions_.export_brief.triggered.connect(lambda: calls.append(1))
    return calls


def test_ctrl_e_exports_the_brief_whatever_has_focus(qtbot, main_window):
    calls = _export_brief_calls(main_window)
    missed = []
    controls = list(_controls(main_window))
    assert len(controls) > 10
    for widget in controls:
        before = len(calls)
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        if len(calls) != before + 1:
            missed.append(f"{type(widget).__name__} {widget.accessibleName()}")
    assert missed == []


def test_ctrl_e_exports_the_brief_from_the_grid_editor(qtbot, main_window):
    calls = _export_brief_calls(main_window)
    table = main_window.assumptions_panel.table
    index = main_window.assumptions_panel.model.index(2, 1)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.indexWidget(index)
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert calls == [1]


def _controls(window):
    for widget in window.findChildren(QWidget):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(window):
            yield widget


def test_every_focusable_control_has_an_accessible_name(qtbot, main_window):
    unnamed = [
        f"{type(w).__name__} {w.objectName()}"
        for w in _controls(main_window)
        if not w.accessibleName().strip()
    ]
    assert unnamed == []


def test_tab_reaches_every_visible_panel_and_the_charts(qtbot, main_window):
    charts = list(main_window.charts_view.charts.values())
    docks = [d for d in main_window.findChildren(type(main_window.docks["scenarios"]))]
    visible = [d for d in docks if d.isVisible() and not d.visibleRegion().isEmpty()]
    first = next(iter(_controls(main_window)))
    first.setFocus()
    reached = set()
    widget = first
    while True:  # the focus chain is the order Tab follows; it comes back to the start
        widget = widget.nextInFocusChain()
        if widget is first:
            break
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            reached.add(widget)
    for chart in charts:
        assert chart in reached
    for dock in visible:
        assert any(dock.isAncestorOf(w) for w in reached), dock.windowTitle()


def test_arrow_keys_move_a_focused_charts_selection(qtbot, main_window):
    chart = main_window.charts_view.charts["revenue"]
    clicked = []
    chart.point_clicked.connect(lambda figure, period: clicked.append((figure, period)))
    chart.setFocus()
    QApplication.processEvents()
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert len(clicked) == 2
    assert clicked[0][1] != clicked[1][1]
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert clicked[2] == clicked[0]


def test_ctrl_e_exports_the_brief_from_the_guide_window(qtbot, main_window):
    calls = _export_brief_calls(main_window)
    window = main_window.show_guide()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.browser.setFocus()
    qtbot.keyClick(window.browser, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert calls == [1]
    window.close()
