"""The clause timeline follows the session: bars, events, the AGI cut, markers and clicks."""

from __future__ import annotations

import gc
import os
import weakref

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

pytest.importorskip("PySide6", reason="GUI tests need PySide6")

from PySide6.QtCore import QPoint, Qt

from core.files import bundled_contracts
from gui.document_files import new_document
from gui.session import Session
from gui.views.timeline_view import TimelineView
from gui.workspace_edits import CellChange
from tests.core.builders import clause, contract

RECAP = "microsoft-openai-2025-10"


@pytest.fixture
def session(qtbot):
    return Session(new_document(bundled_contracts()[RECAP]))


@pytest.fixture
def view(qtbot, session):
    widget = TimelineView(session)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def faster_growth(session: Session, growth: float) -> None:
    session.set_values([CellChange("revenue_growth", year, growth) for year in session.years])


def click_at(qtbot, view: TimelineView, item) -> None:
    """Click the centre of a graphics item, going through the view as a user would."""
    graphics = view.graphics
    centre = item.mapToScene(item.boundingRect().center())
    point: QPoint = graphics.mapFromScene(centre)
    qtbot.mouseClick(graphics.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_one_bar_per_clause_and_one_marker_per_event(view, session):
    assert set(view.bars) == {c.id for c in session.contract.clauses}
    assert len(view.event_markers) == len(session.contract.events)
    assert [m.event.index for m in view.event_markers] == list(range(len(view.event_markers)))


def test_bars_sit_at_their_dates_in_years(view):
    start, end = view.bars["ip-models"].x_range  # 2020-09-22 to 2032-12-31
    assert start == pytest.approx(2020 + (8 + 21 / 30) / 12)
    assert end == 2033.0
    _, agi_end = view.bars["agi"].x_range
    assert view.bars["agi"].bar.open_end
    assert agi_end == 2036.0  # open: the horizon end


def test_faster_growth_moves_the_agi_cut_and_marker_earlier(qtbot, view, session):
    before_cut = view.bars["revenue-share"].cut_at
    before_marker = view.markers["agi_effective"]
    assert before_cut == before_marker == 2034.5  # 2034Q3
    with qtbot.waitSignal(session.projection_changed):
        faster_growth(session, 1.5)
    # The timeline redraws once the edits have settled.
    qtbot.waitUntil(lambda: view.bars["revenue-share"].cut_at != before_cut)
    after_cut = view.bars["revenue-share"].cut_at
    assert after_cut < before_cut
    assert view.markers["agi_effective"] == after_cut
    assert view.marker_lines["agi_effective"].value() == after_cut
    assert view.bars["product-integration"].cut_at in (None, after_cut)
    assert view.bars["equity-stake"].cut_at is None  # not among the clauses AGI ends


def test_clicking_a_bar_emits_its_clause(qtbot, view):
    with qtbot.waitSignal(view.clause_selected) as blocker:
        click_at(qtbot, view, view.bars["azure-commitment"])
    assert blocker.args == ["azure-commitment"]
    assert view.bars["azure-commitment"].selected


def test_clicking_an_event_emits_its_index(qtbot, view):
    first = view.event_markers[0]
    with qtbot.waitSignal(view.event_selected) as blocker:
        click_at(qtbot, view, first)
    assert blocker.args == [0]


def test_keys_zoom_and_pan_the_time_axis(qtbot, view):
    low, high = view.x_range()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    zoomed = view.x_range()
    assert zoomed[1] - zoomed[0] < high - low
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.x_range()[0] > zoomed[0]
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.x_range() == pytest.approx((low, high))


def test_markers_name_the_computed_dates(view, session):
    figures = session.projection.key_figures
    assert "agi_determination" in view.markers
    assert view.markers["first_profitable_year"] == float(figures["first_profitable_year"])
    tip = view.marker_lines["agi_effective"].toolTip()
    assert figures["agi_effective_period"] in tip


def test_a_contract_without_agi_has_no_cut(qtbot):
    small = contract(
        clause("revenue_share", "share", rate=0.2, start="2024-01-01"),
        events=[{"date": "2024-06-01", "title": "Signed"}],
    )
    view = TimelineView(Session(new_document(small, bundled=False)))
    qtbot.addWidget(view)
    assert view.bars["share"].cut_at is None
    assert "agi_effective" not in view.markers
    assert view.event_markers[0].x == pytest.approx(2024 + 5 / 12)


def test_a_hidden_timeline_catches_up_when_shown(qtbot, session):
    view = TimelineView(session)
    qtbot.addWidget(view)
    before = view.bars["revenue-share"].cut_at
    with qtbot.waitSignal(session.projection_changed):
        faster_growth(session, 1.5)
    assert view.bars["revenue-share"].cut_at == before  # hidden: no work yet
    view.show()
    qtbot.waitExposed(view)
    assert view.bars["revenue-share"].cut_at < before


def test_a_dropped_timeline_is_destroyed_cleanly(qtbot, session):
    # A reference cycle through a graphics item used to crash the garbage collector here.
    view = TimelineView(session)
    view.show()
    qtbot.waitExposed(view)
    alive = weakref.ref(view)
    del view
    gc.collect()
    assert alive() is None
