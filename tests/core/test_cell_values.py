import pytest

from core.assumptions import SPECS_BY_NAME
from core.edits.cells import clipboard_text, edit_text, format_value, parse_value
from core.edits.numbers import ENGLISH, Marks

GROWTH = SPECS_BY_NAME["revenue_growth"]
BASE = SPECS_BY_NAME["revenue_base"]
DISCOUNT = SPECS_BY_NAME["discount_rate"]
SHARE = SPECS_BY_NAME["api_revenue_share"]
FR = Marks(",", "\u202f")
US = ENGLISH


@pytest.mark.parametrize(("text", "expected"), [("30", 0.3), ("30%", 0.3), (" 7.5 % ", 0.075)])
def test_percent_cells_read_percentages(text, expected):
    assert parse_value(DISCOUNT, text) == pytest.approx(expected)


@pytest.mark.parametrize(("text", "expected"), [("13.07", 13.07), ("$1,500", 1500.0), ("2B", 2.0)])
def test_money_cells_read_plain_and_formatted_numbers(text, expected):
    assert parse_value(BASE, text) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["abc", "", "150", "-1"])
def test_bad_or_out_of_range_text_is_refused_with_reason(text):
    with pytest.raises(ValueError, match=r"not a number|out of range"):
        parse_value(DISCOUNT, text)


def test_growth_below_minus_100_percent_is_refused():
    with pytest.raises(ValueError, match="allowed > -100"):
        parse_value(GROWTH, "-100")


def test_format_shows_percentages_and_trims_zeros():
    assert format_value(GROWTH, 1.3) == "130%"
    assert format_value(BASE, 1500.0) == "1,500"
    assert edit_text(GROWTH, 0.075) == "7.5"


def test_a_french_percent_cell_reads_twelve_and_a_half():
    assert parse_value(SHARE, "12,5", FR) == pytest.approx(0.125)
    assert parse_value(SHARE, "12,5 %", FR) == pytest.approx(0.125)
    assert parse_value(SHARE, "12.5", US) == pytest.approx(0.125)
    assert parse_value(SHARE, "12,5", US) == pytest.approx(0.125)


def test_refusals_name_the_typed_text():
    with pytest.raises(ValueError, match=r"\$1\.500 is ambiguous"):
        parse_value(BASE, "$1.500", FR)
    with pytest.raises(ValueError, match="125% is out of range"):
        parse_value(SHARE, "125", US)


def test_cells_are_shown_copied_and_edited_in_the_locale():
    assert format_value(BASE, 1500.5, FR) == "1\u202f500,5"
    assert format_value(SHARE, 0.125, FR) == "12,5%"
    assert clipboard_text(BASE, 1500.5, FR) == "1500,5"
    assert clipboard_text(SHARE, 0.125, US) == "12.5%"
    assert edit_text(SHARE, 0.125, FR) == "12,5"
    for text in (format_value(BASE, 1500.5, FR), clipboard_text(BASE, 1500.5, FR)):
        assert parse_value(BASE, text, FR) == 1500.5
