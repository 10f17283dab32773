"""Timeline layout: lanes by kind, open ends, the AGI cut and the computed markers."""

from __future__ import annotations

import datetime as dt

import pytest

from core.present.packing import cluster_positions, pack_rows
from core.present.timeline import DASHED, layout_timeline, version_spans, year_fraction
from tests.core.builders import agi_clause, clause, contract, run


def agi_deal():
    return contract(
        clause("revenue_share", "share", rate=0.2, start="2023-01-01"),
        clause("exclusivity", "api", subject="api_distribution", end="2030-12-31"),
        clause("spend_commitment", "spend", amount=50.0, start="2025-07-01", end="2026-06-30"),
        agi_clause("share", "api"),
        events=[
            {"date": "2024-07-02", "title": "Talks begin"},
            {"date": "2022-01-01", "title": "First deal", "summary": "Signed."},
        ],
    )


def test_year_fraction_counts_days_in_the_year():
    assert year_fraction(dt.date(2025, 1, 1)) == 2025.0
    # 1 October 2025: 31+28+31+30+31+30+31+31+30 = 273 days in, of 365.
    assert year_fraction(dt.date(2025, 10, 1)) == pytest.approx(2025 + 273 / 365)
    # 16 July 2024, a leap year: 31+29+31+30+31+30 = 182 days to July, plus 15, of 366.
    assert year_fraction(dt.date(2024, 7, 16)) == pytest.approx(2024 + 197 / 366)
    assert year_fraction(dt.date(2024, 12, 31)) == pytest.approx(2024 + 365 / 366)
    assert year_fraction(dt.date(2025, 1, 1)) - year_fraction(dt.date(2024, 12, 31)) == (
        pytest.approx(1 / 366)
    )


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
    q4 = 2027 + 273 / 365  # 1 October 2027: 273 days into a 365-day year
    assert bars["share"].cut_at == pytest.approx(q4)
    assert bars["api"].cut_at == pytest.approx(q4)
    assert bars["spend"].cut_at is None
    assert bars["agi"].cut_at is None
    assert layout.marker("agi_effective").at == pytest.approx(q4)
    # Determined at the end of 2027Q1: the lag is two quarters after that.
    assert layout.marker("agi_determination").at == pytest.approx(2027 + 90 / 365)  # 1 April


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
    assert first.at == pytest.approx(2024 + 183 / 366)  # 2 July 2024: 182 + 1 days of 366
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
    assert layout.marker("agi_effective").label == "AGI effective Q4 2027"
    assert layout.marker("commitment:spend").label.startswith("Cloud ")


def test_pack_rows_stacks_overlapping_spans():
    spans = [(0.0, 10.0), (5.0, 12.0), (11.0, 20.0), (6.0, 8.0)]
    # (6, 8) finds both rows taken and joins the row that frees up first.
    assert pack_rows(spans, rows=2) == [0, 1, 0, 0]
    # With one row, everything shares it.
    assert pack_rows(spans, rows=1) == [0, 0, 0, 0]
    assert pack_rows([(0.0, 1.0), (1.5, 2.0)], rows=2, gap=1.0) == [0, 1]
    # With no limit (rows=0), a span that fits nowhere opens a new row.
    assert pack_rows(spans, rows=0) == [0, 1, 0, 2]


def test_events_by_date_put_the_earliest_first_and_keep_contract_order_on_a_tie():
    deal = contract(
        clause("revenue_share", "share", rate=0.2),
        events=[
            {"date": "2024-07-02", "title": "Later"},
            {"date": "2022-01-01", "title": "First"},
            {"date": "2024-07-02", "title": "Later, listed second"},
        ],
    )
    layout = layout_timeline(deal, None)
    assert [e.index for e in layout.events] == [0, 1, 2]
    assert [e.title for e in layout.events_by_date] == ["First", "Later", "Later, listed second"]


def test_today_and_the_bar_words_come_with_the_model():
    layout = layout_timeline(agi_deal(), None, today=dt.date(2026, 1, 1))
    assert layout.today == 2026.0
    api = next(b for b in layout.bars if b.clause_id == "api")
    assert (api.kind_label, api.dates) == ("Exclusivity", "until 2030-12-31")


def test_tests_met_and_thresholds_crossed_are_dashed_a_clause_taking_effect_is_not():
    layout = layout_timeline(agi_deal(), run(agi_deal(), frequency="Q", end=2031))
    dashed = {m.name: m.dashed for m in layout.markers if m.until is None}
    assert dashed["agi_determination"]
    assert not dashed["agi_effective"]
    assert dashed == {name: name in DASHED for name in dashed}


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
        ("a", 2020.0, 2023 + 90 / 365),  # 1 April 2023: 31 + 28 + 31 days in
        ("b", 2023 + 90 / 365, 2025 + 273 / 365),  # 1 October 2025: 273 days in
        ("c", 2025 + 273 / 365, 2036.0),
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
