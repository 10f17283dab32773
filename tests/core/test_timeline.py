"""Timeline layout: lanes by kind, open ends, the AGI cut and the computed markers."""

from __future__ import annotations

import datetime as dt

import pytest

from core.timeline import (
    cluster_positions,
    layout_timeline,
    pack_rows,
    version_spans,
    year_fraction,
)
from tests.core.builders import agi_clause, clause, contract, run


def agi_deal():
    return contract(
        clause("revenue_share", "share", rate=0.2, start="2023-01-01"),
        clause("exclusivity", "api", subject="api_distribution", end="2030-12-31"),
        clause("spend_commitment", "spend", amount=50.0, start="2025-07-01", end="2026-06-30"),
        agi_clause(150.0, 2, ["share", "api"]),
        events=[
            {"date": "2024-07-02", "title": "Talks begin"},
            {"date": "2022-01-01", "title": "First deal", "summary": "Signed."},
        ],
    )


def test_year_fraction_puts_quarters_on_quarters():
    assert year_fraction(dt.date(2025, 1, 1)) == 2025.0
    assert year_fraction(dt.date(2025, 10, 1)) == 2025.75
    assert year_fraction(dt.date(2024, 7, 16)) == pytest.approx(2024.5 + 15 / 31 / 12)


def test_lanes_follow_the_group_order_one_bar_per_clause():
    layout = layout_timeline(agi_deal(), run(agi_deal(), frequency="Q"))
    assert [g.name for g in layout.groups] == [
        "Payments",
        "Exclusivity and IP",
        "AGI",
        "Commitments",
    ]
    assert [b.clause_id for b in layout.bars] == ["share", "api", "agi", "spend"]


def test_axis_runs_from_the_earliest_date_to_the_horizon_end():
    layout = layout_timeline(agi_deal(), run(agi_deal(), frequency="Q", end=2031))
    assert layout.axis == (2022.0, 2032.0)
    assert layout.horizon == (2025.0, 2032.0)


def test_open_start_and_open_end_reach_the_axis_ends():
    layout = layout_timeline(agi_deal(), run(agi_deal(), frequency="Q", end=2031))
    bars = {b.clause_id: b for b in layout.bars}
    agi = bars["agi"]
    assert (agi.start, agi.end, agi.open_start, agi.open_end) == (2022.0, 2032.0, True, True)
    api = bars["api"]
    # An inclusive end date: the clause runs through 31 December 2030.
    assert (api.end, api.open_end, api.clipped) == (2031.0, False, False)
    spend = bars["spend"]
    assert spend.start == pytest.approx(2025.5, abs=0.01)
    assert spend.end == pytest.approx(2026.5, abs=0.01)


def test_a_clause_dated_past_the_horizon_is_clipped():
    layout = layout_timeline(agi_deal(), run(agi_deal(), frequency="Q", end=2027))
    api = next(b for b in layout.bars if b.clause_id == "api")
    assert (api.end, api.clipped, api.open_end) == (2028.0, True, False)


def test_clauses_the_agi_clause_ends_are_cut_at_the_effective_period():
    # 17.5 profit a quarter: the $150B test is met in 2027Q1, effective 2027Q4.
    result = run(agi_deal(), frequency="Q", end=2031)
    layout = layout_timeline(agi_deal(), result)
    bars = {b.clause_id: b for b in layout.bars}
    assert bars["share"].cut_at == 2027.75
    assert bars["api"].cut_at == 2027.75
    assert bars["spend"].cut_at is None
    assert bars["agi"].cut_at is None
    assert layout.marker("agi_effective").at == 2027.75
    # Determined at the end of 2027Q1: the lag is two quarters after that.
    assert layout.marker("agi_determination").at == 2027.25


def test_the_cut_moves_when_agi_moves():
    late = layout_timeline(agi_deal(), run(agi_deal(), frequency="Q", end=2031))
    early = layout_timeline(
        agi_deal(), run(agi_deal(), frequency="Q", end=2031, revenue_growth=0.5)
    )
    share_late = next(b for b in late.bars if b.clause_id == "share")
    share_early = next(b for b in early.bars if b.clause_id == "share")
    assert share_early.cut_at < share_late.cut_at
    assert early.marker("agi_effective").at == share_early.cut_at


def test_no_cut_and_no_markers_without_agi_or_projection():
    never = run(agi_deal(), frequency="Q", end=2031, revenue_base=1.0)
    layout = layout_timeline(agi_deal(), never)
    assert all(b.cut_at is None for b in layout.bars)
    assert layout.marker("agi_effective") is None
    bare = layout_timeline(agi_deal(), None)
    assert all(b.cut_at is None for b in bare.bars)
    assert bare.markers == ()
    # Open ends run ten years past the effective year when there is no horizon.
    assert bare.axis == (2022.0, 2035.0)


def test_events_keep_their_index_and_date():
    layout = layout_timeline(agi_deal(), None)
    first, second = layout.events
    assert (first.index, first.title) == (0, "Talks begin")
    assert first.at == pytest.approx(2024.5 + 1 / 31 / 12)
    assert (second.index, second.at, second.summary) == (1, 2022.0, "Signed.")


def test_computed_markers_say_what_they_are():
    result = run(agi_deal(), frequency="Q", end=2031)
    layout = layout_timeline(agi_deal(), result)
    names = [m.name for m in layout.markers]
    assert names == [
        "agi_determination",
        "agi_effective",
        "first_profitable_year",
        "commitment:spend",
    ]
    assert "2027Q1" in layout.marker("agi_determination").hover
    assert "$150.0B" in layout.marker("agi_determination").hover
    window = layout.marker("commitment:spend")
    assert window.until == pytest.approx(2026.5, abs=0.01)
    assert "Shortfall under this scenario" in window.hover
    assert layout.marker("first_profitable_year").at == 2025.0


def test_cap_reached_marker_at_the_end_of_its_period():
    capped = contract(clause("revenue_share", "share", rate=0.2, cap_total=38.0))
    layout = layout_timeline(capped, run(capped, frequency="Q"))
    # $5B a quarter: the cap is reached in 2026Q4.
    assert layout.marker("cap_reached").at == 2027.0


def test_marker_labels_name_the_period():
    result = run(agi_deal(), frequency="Q", end=2031)
    layout = layout_timeline(agi_deal(), result)
    assert layout.marker("agi_effective").label == "AGI effective 2027Q4"
    assert layout.marker("commitment:spend").label.startswith("Cloud ")


def test_pack_rows_stacks_overlapping_spans():
    spans = [(0.0, 10.0), (5.0, 12.0), (11.0, 20.0), (6.0, 8.0)]
    # (6, 8) finds both rows taken and joins the row that frees up first.
    assert pack_rows(spans, rows=2) == [0, 1, 0, 0]
    # With one row, everything shares it.
    assert pack_rows(spans, rows=1) == [0, 0, 0, 0]
    assert pack_rows([(0.0, 1.0), (1.5, 2.0)], rows=2, gap=1.0) == [0, 1]


def dated(id_: str, effective: str, supersedes: str | None = None):
    return agi_deal().model_copy(
        update={
            "id": id_,
            "title": f"Deal {id_}",
            "effective": dt.date.fromisoformat(effective),
            "supersedes": supersedes,
        }
    )


def test_each_version_runs_from_its_date_to_the_next_within_the_axis():
    chain = (dated("a", "2019-07-01"), dated("b", "2023-04-01", "a"), dated("c", "2025-10-01"))
    spans = version_spans(chain, "b", (2020.0, 2036.0))
    # 2019-07 starts before the axis: clipped to 2020.0; April is 3/12 into the year.
    assert [(s.contract_id, s.start, s.end) for s in spans] == [
        ("a", 2020.0, 2023.25),
        ("b", 2023.25, 2025.75),
        ("c", 2025.75, 2036.0),
    ]
    assert [s.current for s in spans] == [False, True, False]
    assert [s.open_end for s in spans] == [False, False, True]
    assert spans[1].since == dt.date(2023, 4, 1)
    assert spans[1].until == dt.date(2025, 10, 1)
    assert spans[0].label == "2019-07"


def test_a_version_wholly_before_the_axis_is_left_out():
    chain = (dated("a", "2010-01-01"), dated("b", "2012-01-01"), dated("c", "2025-01-01"))
    spans = version_spans(chain, "c", (2020.0, 2030.0))
    assert [s.contract_id for s in spans] == ["b", "c"]
    assert spans[0].start == 2020.0


def test_layout_carries_the_band_of_the_chain():
    deal = agi_deal()
    layout = layout_timeline(deal, None, (dated("old", "2021-01-01"), deal))
    assert [s.contract_id for s in layout.versions] == ["old", deal.id]
    assert layout.versions[-1].current
    assert layout_timeline(deal, None).versions == ()


def test_crowded_positions_merge_closest_first_until_gap_apart():
    # 0 and 4 merge (mean 2); 30 and 33 merge (31.5); 2 and 31.5 are 29.5 apart: kept apart.
    assert cluster_positions([33.0, 0.0, 30.0, 4.0, 100.0], 18.0) == [[1, 3], [2, 0], [4]]
    # 0, 10, 20: 0 and 10 merge (mean 5), then 5 and 20 are 15 apart: all three merge.
    assert cluster_positions([0.0, 10.0, 20.0], 18.0) == [[0, 1, 2]]
    assert cluster_positions([], 18.0) == []
    assert cluster_positions([5.0], 18.0) == [[0]]
