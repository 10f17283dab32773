import datetime as dt

from reportlab.graphics.shapes import Drawing, String

from core.present.format import period
from core.present.timeline import layout_timeline
from core.projection import project
from core.report import charts
from core.report.chartkit import Axes, nice_range
from core.report.timeline import event_clusters, timeline_drawing


def _projections(workspace, contract):
    return {
        s.name: project(contract, workspace.settings, s.resolved()) for s in workspace.scenarios
    }


def test_every_chart_is_a_drawing_of_the_frame_width(workspace, contract):
    projections = _projections(workspace, contract)
    for make in (
        charts.revenue_payments_chart,
        charts.compute_chart,
        charts.agi_chart,
        charts.cap_chart,
    ):
        drawing = make(projections, 480)
        assert isinstance(drawing, Drawing)
        assert drawing.width == 480


def test_agi_chart_is_left_out_without_an_agi_clause(workspace, contract):
    without = contract.model_copy(
        update={"clauses": tuple(c for c in contract.clauses if c.kind != "agi_clause")}
    )
    projections = {"Base": project(without, workspace.settings, workspace.scenarios[0].resolved())}
    assert charts.agi_chart(projections, 480) is None


def test_cap_is_read_from_the_revenue_share(contract):
    assert charts.revenue_share_cap(contract) == 30.0


def test_nice_range_includes_zero_and_rounds_outwards():
    assert nice_range(-180, 1900, 5) == (-500, 2000, 500)
    assert nice_range(0, 38, 4) == (0, 40, 10)


def _strings(node):
    for item in getattr(node, "contents", ()):
        if isinstance(item, String):
            yield item.text
        yield from _strings(item)


def test_timeline_markers_are_the_first_scenario_dates(workspace, contract):
    projection = _projections(workspace, contract)["Bull"]
    found = {m.name: m for m in layout_timeline(contract, projection).markers}
    cap = str(projection.key_figures["revenue_share_cap_reached_period"])
    grid = projection.grid
    # The cap marker stands where the period the cap is reached in ends: the next day.
    assert found["cap_reached"].day == grid.ends[grid.index_of(cap)] + dt.timedelta(days=1)
    year = projection.key_figures["first_profitable_year"]
    assert found["first_profitable_year"].day == dt.date(year, 1, 1)
    drawing = timeline_drawing(contract, projection, "Bull", 480)
    assert drawing.width == 480
    labels = set(_strings(drawing))
    assert f"Cap reached {period(cap)}" in labels
    assert f"First profit {year}" in labels


def test_close_events_share_a_marker(contract):
    # 17 years over 300 points: 9 points are about 0.51 years, some 187 days.
    scale = Axes(0, 0, 300, 1, 2019, 2036, 0, 1)
    events = layout_timeline(contract, None).events_by_date
    assert event_clusters(events, scale) == [[1], [2]]
    close = contract.model_copy(
        update={
            "events": [
                contract.events[0].model_copy(update={"date": dt.date(2024, 6, d)}) for d in (1, 9)
            ]
        }
    )
    events = layout_timeline(close, None).events_by_date
    assert event_clusters(events, scale) == [[1, 2]]
