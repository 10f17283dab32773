"""Numbers typed and pasted as the user's locale writes them (fr_FR and en_US)."""

import pytest
from PySide6.QtCore import QLocale

from core.edits.numbers import Marks
from gui.locale_numbers import marks, read_number

FR = QLocale(QLocale.Language.French, QLocale.Country.France)
US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12,5", 12.5),
        ("12.5", 12.5),  # the other mark, followed by one digit, can only be a decimal
        ("1,500", 1.5),  # the French decimal mark
        ("1 500,25", 1500.25),
        ("1\u202f500,25", 1500.25),  # the narrow space Qt writes in French
        ("1.500,25", 1500.25),
        ("1,500.25", 1500.25),
        ("1.500.000", 1_500_000.0),
        ("-0,125", -0.125),
    ],
)
def test_french_numbers(text, expected):
    assert read_number(text, FR) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12.5", 12.5),
        ("12,5", 12.5),  # a comma followed by one digit is a decimal mark
        ("1,500", 1500.0),  # the American thousands separator
        ("1,500.25", 1500.25),
        ("1,500,000", 1_500_000.0),
        ("0,500", 0.5),
    ],
)
def test_american_numbers(text, expected):
    assert read_number(text, US) == pytest.approx(expected)


def test_a_separator_the_locale_does_not_define_before_three_digits_is_ambiguous():
    with pytest.raises(ValueError, match=r"1\.500 is ambiguous: write 1500 or 1,5"):
        read_number("1.500", FR)


@pytest.mark.parametrize("text", ["abc", "1,2,3", "1.50.0", "12,5,", "--1", "1,500.2.5"])
def test_malformed_numbers_are_refused(text):
    with pytest.raises(ValueError, match="is not a number"):
        read_number(text, US)


def test_the_qt_locale_gives_its_marks():
    assert marks(FR) == Marks(",", "\u202f")
    assert marks(US) == Marks(".", ",")
