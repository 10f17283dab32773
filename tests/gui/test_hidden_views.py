"""Views behind another tab do no work on an edit, and catch up once brought forward."""

from core.edits.workspace import CellChange
from gui.views.visibility import is_on_screen


def test_explain_behind_its_tab_explains_again_only_when_raised(qtbot, main_window):
    docks = main_window.contract_docks
    docks.docks["inspector"].raise_()
    qtbot.waitUntil(lambda: not is_on_screen(docks.explain))
    before = docks.explain.explanation
    assert before is not None
    with qtbot.waitSignal(main_window.session.projection_changed):
        main_window.session.set_values([CellChange("revenue_base", None, 31.0)])
    assert docks.explain.explanation is before  # hidden: nothing explained
    docks.docks["explain"].raise_()
    qtbot.waitUntil(lambda: docks.explain.explanation is not before)
    assert is_on_screen(docks.explain)
    main_window.session.undo_stack.setClean()
