import datetime as dt

from reportlab.graphics.shapes import Drawing

from core.projection import project
from core.report import charts
from core.report.chartkit import nice_range
from core.report.timeline import Scale, event_clusters, markers, timeline_drawing


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


def test_timeline_markers_are_the_first_scenario_dates(workspace, contract):
    projection = _projections(workspace, contract)["Bull"]
    found = {m.label: m.day for m in markers(projection)}
    cap = str(projection.key_figures["revenue_share_cap_reached_period"])
    assert found["Cap reached"] == projection.grid.ends[projection.grid.index_of(cap)]
    assert found["First profitable year"].year == projection.key_figures["first_profitable_year"]
    drawing = timeline_drawing(contract, projection, "Bull", 480)
    assert drawing.width == 480


def test_close_events_share_a_marker(contract):
    scale = Scale(2019, 2036, 0, 300)
    assert event_clusters(contract.events, scale) == [[1], [2]]
    events = [contract.events[0].model_copy(update={"date": dt.date(2024, 6, d)}) for d in (1, 9)]
    assert event_clusters(events, scale) == [[1, 2]]
