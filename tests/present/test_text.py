"""Key figures, differences, labels and assumption values in the one style (English)."""

import datetime as dt

import pytest

from core.analysis import Setting
from core.assumptions import SPECS_BY_NAME
from core.contract import Parties
from core.keyfigures import KEY_FIGURES_BY_NAME
from core.present.format import NONE, date, trimmed
from core.present.labels import assumption_label, figure_label, fill, unit_label
from core.present.text import (
    SINCE_EDIT,
    TO_FIRST,
    change_since_edit,
    change_text,
    difference_text,
    figure_text,
    grid_value,
    path_text,
    reported_text,
    setting_text,
    term_value_text,
    value_text,
)
from core.timegrid import TimeGrid

FIG = KEY_FIGURES_BY_NAME
PARTIES = Parties(lab="OpenAI", partner="Microsoft", partner_cloud="Azure")


@pytest.mark.parametrize(
    ("name", "value", "printed"),
    [
        ("revenue_share_total", 38.0, "$38.0B"),
        ("revenue_share_total", 1234.56, "$1,234.6B"),
        ("revenue_share_total", 99.94, "$99.9B"),
        ("revenue_share_total", 131.4, "$131.4B"),
        ("lab_cumulative_profit_final", -180.46, "\u2212$180.5B"),
        ("lab_cumulative_profit_final", -0.04, "$0.0B"),
        ("revenue_share_cap_reached_period", "2029Q3", "Q3 2029"),
        ("first_profitable_year", 2030, "2030"),
        ("partner_share_of_compute_final", 0.2625, "26.2%"),
        ("partner_share_of_compute_final", -0.05, "\u22125.0%"),
        ("api_shortfall_max_gw", 1.2, "1.20 GW"),
        ("agi_effective_period", None, NONE),
        ("partner_commitment_shortfall", float("nan"), NONE),
    ],
)
def test_key_figures_print_in_their_unit(name, value, printed):
    assert figure_text(FIG[name], value) == printed
    assert figure_text(FIG[name].kind, value) == printed


@pytest.mark.parametrize(
    ("name", "value", "periods_per_year", "printed"),
    [
        ("revenue_share_total", 7.25, 4, "+$7.2B"),
        ("revenue_share_total", -70.2, 4, "\u2212$70.2B"),
        ("revenue_share_total", 0.01, 4, "="),
        ("agi_effective_period", -5, 4, "\u22125 quarters"),
        ("agi_effective_period", 1, 1, "+1 year"),
        ("agi_effective_period", 1, 4, "+1 quarter"),
        ("agi_effective_period", 0, 4, "="),
        ("first_profitable_year", 2, 4, "+2 years"),
        ("partner_share_of_compute_final", -0.058, 4, "\u22125.8 pts"),
        ("partner_share_of_compute_final", 0.01, 4, "+1.0 pt"),
        ("partner_share_of_compute_final", 0.0004, 4, "="),
        ("api_shortfall_max_gw", 0.5, 4, "+0.50 GW"),
        ("agi_effective_period", None, 4, NONE),
    ],
)
def test_differences_to_the_first_name_their_unit(name, value, periods_per_year, printed):
    assert difference_text(FIG[name], value, periods_per_year) == printed


def test_changes_since_the_last_edit_use_the_same_function_with_their_own_words():
    quarters = TimeGrid(2025, 2030, 4)
    assert change_text("money", 10.0, 6.8, quarters) == "+$3.2B"
    assert change_text("money", 10.0, 10.02, quarters) == "no change"
    assert change_text("share", 0.215, 0.2, quarters) == "+1.5 pts"
    assert change_text("period", "2027Q3", "2027Q1", quarters) == "2 quarters later"
    assert change_text("period", "2027Q1", "2027Q2", quarters) == "1 quarter earlier"
    assert change_text("year", 2031, 2030, quarters) == "1 year later"
    assert change_text("period", None, "2027Q1", quarters) == "was Q1 2027"
    assert change_text("period", "2027Q1", None, quarters) == f"was {NONE}"
    assert difference_text("period", 3, 4, SINCE_EDIT) == "3 quarters later"
    assert change_text("period", "2027Q1", "2027Q3", quarters, TO_FIRST) == "\u22122 quarters"
    assert change_text("period", None, "2027Q1", quarters, TO_FIRST) == NONE
    assert change_text("money", 5.0, 5.0, quarters, TO_FIRST) == "="
    assert change_since_edit("money", 10.0, 6.8, quarters) == "+$3.2B since last edit"
    assert change_since_edit("money", 10.0, 10.0, quarters) == "no change"


def test_labels_use_the_party_names():
    assert fill("{cloud} revenue from {lab}", PARTIES) == "Azure revenue from OpenAI"
    assert fill("{partner} net inflow", PARTIES) == "Microsoft net inflow"
    assert fill("", PARTIES) == ""
    assert figure_label("partner_net_npv", PARTIES) == fill(FIG["partner_net_npv"].label, PARTIES)
    growth = SPECS_BY_NAME["revenue_growth"]
    assert assumption_label(growth, PARTIES) == f"{fill(growth.label, PARTIES)} (%)"
    assert unit_label("$B/GW-yr") == "$B per GW-year"


def test_dates_read_day_month_year():
    assert date(dt.date(2025, 1, 21)) == "21 Jan 2025"
    assert date(dt.date(2030, 12, 3)) == "3 Dec 2030"


@pytest.mark.parametrize(
    ("name", "value", "printed"),
    [
        ("revenue_growth", 1.3, "130%"),
        ("revenue_growth", 0.225, "22.5%"),
        ("revenue_growth", -0.1, "\u221210%"),
        ("revenue_base", 13.07, "13.07"),
        ("lab_valuation", 1500.0, "1,500"),
        ("compute_base_gw", 1.9, "1.9"),
    ],
)
def test_grid_values_are_compact(name, value, printed):
    assert grid_value(SPECS_BY_NAME[name], value) == printed


def test_assumption_values_carry_their_unit():
    assert value_text(SPECS_BY_NAME["price_partner"], 11.0) == "$11.0B/GW-yr"
    assert value_text(SPECS_BY_NAME["discount_rate"], 0.1) == "10.0%"
    growth = SPECS_BY_NAME["revenue_growth"]
    assert path_text(growth, ((2026, 1.0), (2027, 0.5))) == "2026: 100.0%, 2027: 50.0%"


def test_terms_settings_and_reported_values():
    assert term_value_text("%", 0.15) == "15%"
    assert term_value_text("%", 0.125) == "12.5%"
    assert term_value_text("$B", 50.0) == "$50B"
    assert term_value_text("$B", 92.1234) == "$92.1234B"
    assert term_value_text("quarters", 3.0) == "3 quarters"
    assert term_value_text("quarters", 1.0) == "1 quarter"
    assert setting_text(Setting("factor", 0.8, "default")) == "×0.8"
    assert setting_text(Setting("factor", 0.76123, "p10")) == "P10 ×0.761"
    assert setting_text(Setting("shift", 0.05, "p90")) == "P90 +0.05"
    assert setting_text(Setting("shift", -0.05, "default")) == "\u22120.05"
    assert reported_text("compute_gw", 1.9) == "1.90 GW"
    assert reported_text("partner_revenue", 13.07) == "$13.07B"
    assert reported_text("partner_revenue", None) == NONE
    assert trimmed(1234.5, 2) == "1,234.5"
