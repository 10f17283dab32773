import datetime as dt

import pytest

from core.assumptions import SPECS_BY_NAME
from core.contract import Parties
from core.keyfigures import KEY_FIGURES_BY_NAME
from core.report.formats import (
    NONE,
    date_text,
    difference_text,
    figure_text,
    grid_value,
    label,
    path_text,
    value_text,
)

FIG = KEY_FIGURES_BY_NAME


@pytest.mark.parametrize(
    ("name", "value", "printed"),
    [
        ("revenue_share_total", 38.0, "$38.0B"),
        ("revenue_share_total", 1234.56, "$1,235B"),
        ("revenue_share_total", 99.94, "$99.9B"),
        ("revenue_share_total", 131.4, "$131B"),
        ("lab_cumulative_profit_final", -180.46, "\u2212$180B"),
        ("lab_cumulative_profit_final", -0.04, "$0.0B"),
        ("revenue_share_cap_reached_period", "2029Q3", "Q3 2029"),
        ("first_profitable_year", 2030, "2030"),
        ("partner_share_of_compute_final", 0.2625, "26.2%"),
        ("api_shortfall_max_gw", 1.2, "1.20 GW"),
        ("agi_effective_period", None, NONE),
        ("partner_commitment_shortfall", float("nan"), NONE),
    ],
)
def test_key_figures_print_in_their_unit(name, value, printed):
    assert figure_text(FIG[name], value) == printed


@pytest.mark.parametrize(
    ("name", "value", "periods_per_year", "printed"),
    [
        ("revenue_share_total", 7.25, 4, "+$7.2B"),
        ("revenue_share_total", -70.2, 4, "\u2212$70.2B"),
        ("revenue_share_total", 0.01, 4, "="),
        ("agi_effective_period", -5, 4, "\u22125 quarters"),
        ("agi_effective_period", 1, 1, "+1 year"),
        ("agi_effective_period", 0, 4, "same"),
        ("first_profitable_year", 2, 4, "+2 years"),
        ("partner_share_of_compute_final", -0.058, 4, "\u22125.8 pts"),
        ("agi_effective_period", None, 4, NONE),
    ],
)
def test_differences_name_their_unit(name, value, periods_per_year, printed):
    assert difference_text(FIG[name], value, periods_per_year) == printed


def test_labels_use_the_party_names():
    parties = Parties(lab="OpenAI", partner="Microsoft", partner_cloud="Azure")
    assert label("{cloud} revenue from {lab}", parties) == "Azure revenue from OpenAI"
    assert label("{partner} net inflow", parties) == "Microsoft net inflow"


def test_dates_read_day_month_year():
    assert date_text(dt.date(2025, 1, 21)) == "21 Jan 2025"
    assert date_text(dt.date(2030, 12, 3)) == "3 Dec 2030"


@pytest.mark.parametrize(
    ("name", "value", "printed"),
    [
        ("revenue_growth", 1.3, "130%"),
        ("revenue_growth", 0.225, "22.5%"),
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
