"""The clause timeline follows the session: bars, events, the AGI cut, markers and clicks.

Edits move the existing items; crowded events share a badge; the band shows the versions.
"""

from __future__ import annotations

import gc
import html
import itertools
import weakref

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QGraphicsItem

from core.edits.documents import new_document
from core.edits.workspace import CellChange
from core.files import bundled_contracts
from core.present.format import period
from gui.main_window import MainWindow
from gui.session import Session
from gui.views.timeline_style import timeline_colour
from gui.views.timeline_view import TimelineView
from tests.core.builders import clause, contract
from tests.gui.windows import shown

AMENDMENT = "microsoft-openai-2026-04"


@pytest.fixture
def session(recap_session: Session) -> Session:
    return recap_session


@pytest.fixture
def view(qtbot, session):
    return shown(qtbot, TimelineView(session), 1200, 700)


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
    assert start == pytest.approx(2020 + (244 + 21) / 366)  # 22 September of a leap year
    assert end == 2033.0
    _, agi_end = view.bars["agi"].x_range
    assert view.bars["agi"].bar.open_end
    assert agi_end == 2036.0  # open: the horizon end


def test_faster_growth_moves_the_agi_cut_and_marker_earlier(qtbot, view, session):
    bar = view.bars["revenue-share"]
    line = view.marker_lines["agi_effective"]
    flag = view.drawing.markers["agi_effective"].flag
    q3 = 2034 + 181 / 365  # 2034Q3 starts 1 July: 181 days into a 365-day year
    assert bar.cut_at == view.markers["agi_effective"] == pytest.approx(q3)
    assert line.value() == pytest.approx(q3)
    with qtbot.waitSignal(session.projection_changed):
        faster_growth(session, 1.5)
    # Followed at once, by the same items in new places.
    after_cut = view.bars["revenue-share"].cut_at
    assert after_cut is not None
    assert after_cut < q3
    assert view.bars["revenue-share"] is bar
    assert view.marker_lines["agi_effective"] is line
    assert line.value() == view.markers["agi_effective"] == after_cut
    assert view.drawing.markers["agi_effective"].flag is flag
    assert flag is not None
    assert flag.x == after_cut
    effective = session.projection.key_figures["agi_effective_period"]
    assert flag.item.toPlainText() == f"AGI effective {period(effective)}"
    assert view.bars["product-integration"].cut_at in (None, after_cut)
    assert view.bars["equity-stake"].cut_at is None  # not among the clauses AGI ends


def test_an_edit_that_moves_no_date_touches_no_item(qtbot, view, session):
    items = (dict(view.bars), dict(view.marker_lines), list(view.event_markers))
    drawn = view.timeline
    with qtbot.waitSignal(session.projection_changed):
        session.set_values([CellChange("revenue_base", session.years[0], 13.5)])
    assert (dict(view.bars), dict(view.marker_lines), list(view.event_markers)) == items
    assert view.timeline == drawn


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
    view.show()
    qtbot.waitExposed(view)
    assert view.bars["share"].cut_at is None
    assert "agi_effective" not in view.markers
    assert view.event_markers[0].x == pytest.approx(2024 + 152 / 366)  # 1 June, leap year


def test_the_view_draws_the_sessions_model_built_once_per_projection(qtbot, view, session):
    model = session.timeline()
    assert view.timeline is model
    assert session.timeline() is model  # asked again: the same model, not a new layout
    with qtbot.waitSignal(session.projection_changed):
        faster_growth(session, 1.4)
    after = session.timeline()
    assert after is not model
    assert view.timeline is after
    assert after.marker("agi_effective") != model.marker("agi_effective")


def test_a_hidden_timeline_catches_up_when_shown(qtbot, session):
    view = TimelineView(session)
    qtbot.addWidget(view)
    with qtbot.waitSignal(session.projection_changed):
        faster_growth(session, 1.5)
    assert view.bars == {}
    assert view.timeline is None
    view.show()
    qtbot.waitExposed(view)
    assert view.bars["revenue-share"].cut_at < 2034.5


def test_a_dropped_timeline_is_destroyed_cleanly(qtbot, session):
    # A reference cycle through a graphics item used to crash the garbage collector here.
    view = TimelineView(session)
    view.show()
    qtbot.waitExposed(view)
    alive = weakref.ref(view)
    del view
    gc.collect()
    assert alive() is None


@pytest.fixture
def amended(qtbot):
    """The April 2026 version at the size of its dock in a 1440x900 window."""
    widget = TimelineView(Session(new_document(bundled_contracts()[AMENDMENT])))
    qtbot.addWidget(widget)
    widget.resize(1094, 338)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_band_shows_each_version_from_its_date_to_the_next(amended):
    boxes = amended.drawing.versions
    assert [b.span.label for b in boxes] == ["2019-07", "2023-01", "2025-01", "2025-10", "2026-04"]
    assert [b.span.current for b in boxes] == [False, False, False, False, True]
    assert boxes[0].span.start == pytest.approx(2019 + (181 + 21) / 365)  # 22 July 2019
    assert boxes[1].span.start == pytest.approx(2023 + 22 / 365)  # 23 January 2023
    for older, newer in itertools.pairwise(boxes):
        assert older.span.end == newer.span.start
        assert older.span.until == newer.span.since
    assert boxes[-1].span.end == amended.timeline.axis[1]
    assert "27 April 2026" in boxes[-1].toolTip()
    assert boxes[-1].label_text == "2026-04 version (shown)"


def test_every_lane_of_the_amendment_fits_its_dock(amended):
    top, bottom = amended.visible_lanes()
    assert top == 0
    assert bottom >= amended.drawing.lanes - 1e-9
    assert amended.row_px >= 15
    assert not amended.scrollbar.isVisible()
    assert len(amended.bars) == 12


def test_lanes_scroll_when_short_and_all_lanes_fits_them(qtbot, amended):
    amended.resize(1094, 240)
    qtbot.waitUntil(lambda: amended.scrollbar.isVisible())
    assert amended.visible_lanes()[1] < amended.drawing.lanes
    qtbot.keyClick(amended, Qt.Key.Key_A)
    assert amended.all_lanes
    assert amended.all_lanes_button.isChecked()
    assert amended.visible_lanes()[1] >= amended.drawing.lanes - 1e-9
    assert not amended.scrollbar.isVisible()


# The offscreen platform cannot raise a popup or give it the keyboard; it says so.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_crowded_events_share_a_counted_badge_that_lists_them(qtbot, amended):
    badges = amended.event_badges
    assert badges, "the 2025-2026 events crowd at this zoom"
    shown = [d for d in amended.event_markers if d.isVisible()]
    assert len(shown) + sum(len(b.members) for b in badges) == len(amended.event_markers)
    positions = sorted([b.pos().x() for b in badges] + [d.pos().x() for d in shown])
    low, high = amended.x_range()
    per_px = (high - low) / amended.lanes_plot.getViewBox().width()
    assert min(b - a for a, b in itertools.pairwise(positions)) / per_px >= 17.9
    badge = max(badges, key=lambda b: len(b.members))
    events = amended.drawing.events
    assert f"{len(badge.members)} events" in badge.toolTip()
    assert html.escape(events[badge.members[0]].event.title) in badge.toolTip()
    click_at(qtbot, amended, badge)
    menu = amended.cluster_menu
    assert menu is not None
    actions = menu.actions()
    assert [a.data() for a in actions] == list(badge.members)
    with qtbot.waitSignal(amended.event_selected) as blocker:
        actions[1].trigger()
    assert blocker.args == [badge.members[1]]
    menu.hide()


def test_zooming_in_splits_a_badge(qtbot, amended):
    badge = max(amended.event_badges, key=lambda b: len(b.members))
    count, at = len(badge.members), badge.pos().x()
    amended.lanes_plot.setXRange(at - 0.25, at + 0.25, padding=0)
    biggest = max((len(b.members) for b in amended.event_badges), default=1)
    assert biggest < count


def test_the_window_draws_the_timeline_at_start_and_nothing_behind_tabs(
    qtbot, session, settings, tmp_path
):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()  # as the app starts: the empty window paints, then the session attaches
    qtbot.waitExposed(window)
    window.attach(session, tmp_path / "recovery")
    docks = window.contract_docks
    qtbot.waitUntil(lambda: docks.timeline.timeline is not None)
    assert len(docks.timeline.bars) == len(session.contract.clauses)
    assert docks.versions.table.rowCount() == 0  # behind its tab: not computed
    docks.docks["versions"].raise_()
    qtbot.waitUntil(lambda: docks.versions.table.rowCount() > 0)
    session.undo_stack.setClean()


def test_the_timeline_redraws_in_the_dark_theme(qtbot, main_window):
    timeline = main_window.contract_docks.timeline
    qtbot.waitUntil(lambda: timeline.timeline is not None)
    light_bar = timeline.bars["revenue-share"]
    assert timeline.graphics.backgroundBrush().color() == timeline_colour("background")
    main_window.set_theme("dark")
    try:
        dark_paper = timeline_colour("background")
        assert dark_paper.lightness() < 80
        assert timeline.graphics.backgroundBrush().color() == dark_paper
        assert timeline.bars["revenue-share"] is not light_bar  # drawn again in dark colours
        assert timeline.bars["revenue-share"].cut_at == light_bar.cut_at
        assert timeline_colour("version_fill").lightness() < 80
    finally:
        main_window.set_theme("system")
    assert timeline.graphics.backgroundBrush().color() == timeline_colour("background")


def _shot(view: TimelineView, item) -> np.ndarray:
    """The pixels of `item`'s box as the timeline shows it now."""
    box = (
        view.graphics.mapFromScene(item.sceneBoundingRect()).boundingRect().adjusted(-4, -4, 4, 4)
    )
    image = view.graphics.viewport().grab(box).toImage()
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), np.uint8)
    return pixels.reshape(image.height(), -1)[:, : image.width() * 4].astype(int)


def test_a_moved_cut_redraws_its_bar_as_a_fresh_drawing_would(qtbot, view, session):
    bar = view.bars["revenue-share"]
    before = bar.cut_at
    _shot(view, bar)  # drawn once: the bar's pixmap is kept
    with qtbot.waitSignal(session.projection_changed):
        faster_growth(session, 1.5)
    qtbot.wait(20)
    assert bar.cut_at is not None
    assert before is not None
    assert bar.cut_at < before
    kept = _shot(view, bar)  # the bar's kept pixmap, drawn again for the new cut
    bar.update()  # the whole bar drawn afresh
    drawn = _shot(view, bar)
    assert kept.shape == drawn.shape
    assert np.abs(kept - drawn).max() == 0


def test_a_moved_flag_is_drawn_from_its_kept_pixmap_with_its_new_text(qtbot, view, session):
    flag = view.drawing.markers["agi_effective"].flag
    assert flag is not None
    text = flag.item.textItem
    assert text.cacheMode() == QGraphicsItem.CacheMode.DeviceCoordinateCache
    before = text.toPlainText()
    with qtbot.waitSignal(session.projection_changed):
        faster_growth(session, 1.5)
    qtbot.wait(20)
    assert text.toPlainText() != before

    kept = _shot(view, flag.item)
    text.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    drawn = _shot(view, flag.item)
    assert kept.shape == drawn.shape
    assert np.abs(kept - drawn).max() <= 24  # the same glyphs, up to antialiasing
