"""The fast number and percent shapes print the same digits as Babel's CLDR patterns."""

from __future__ import annotations

import pytest
from babel.numbers import format_decimal, format_percent

from core.present import format as fmt

VALUES = [0.0, 0.04, 0.05, 0.125, 0.2625, 1.0, 2.675, 13.07, 99.95, 131.42, 1234.5, 98765.4321]


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("decimals", [0, 1, 2])
def test_numbers_match_babel(lang, decimals):
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    for value in VALUES:
        assert fmt.number(value, decimals, lang) == format_decimal(value, pattern, locale=lang)
        negative = fmt.number(-value, decimals, lang)
        if round(value, decimals):
            assert negative == fmt.MINUS + fmt.number(value, decimals, lang)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_trimmed_numbers_match_babel(lang):
    for value in VALUES:
        assert fmt.trimmed(value, 4, lang) == format_decimal(value, "#,##0.####", locale=lang)


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("decimals", [0, 1])
def test_percentages_match_babel(lang, decimals):
    suffix = "%" if lang == "en" else "\u00a0%"
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "") + suffix
    for value in VALUES:
        fraction = value / 100
        assert fmt.percent(fraction, decimals, lang) == format_percent(
            fraction, pattern, locale=lang
        )
