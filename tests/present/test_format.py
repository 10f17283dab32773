"""The one number style, in English and French (shapes from CLDR, minus sign U+2212)."""

from __future__ import annotations

import datetime as dt

import pytest

from core.present import format as fmt
from core.present.i18n import language, set_language, system_language

NBSP = "\u00a0"
NNBSP = "\u202f"


def test_money_in_english_and_french() -> None:
    assert fmt.money(131.42, lang="en") == "$131.4B"
    assert fmt.money(1234.5, lang="en") == "$1,234.5B"
    assert fmt.money(-3.2, lang="en") == "\u2212$3.2B"
    assert fmt.money(131.42, lang="fr") == f"131,4{NBSP}Md$"
    assert fmt.money(1234.5, lang="fr") == f"1{NNBSP}234,5{NBSP}Md$"


def test_a_negative_that_rounds_to_zero_has_no_sign() -> None:
    assert fmt.money(-0.04, lang="en") == "$0.0B"


def test_percent_points_and_gigawatts() -> None:
    assert fmt.percent(0.2, lang="en") == "20.0%"
    assert fmt.percent(0.2, 0, lang="fr") == f"20{NBSP}%"
    assert fmt.percent(-0.05, lang="fr") == f"\u22125,0{NBSP}%"
    assert fmt.points(0.015, lang="en") == "1.5 pts"
    assert fmt.points(0.01, lang="en") == "1.0 pt"
    assert fmt.gigawatts(1.9, lang="fr") == "1,90 GW"


def test_dates_and_quarters() -> None:
    assert fmt.date(dt.date(2025, 1, 21), lang="en") == "21 Jan 2025"
    assert fmt.date(dt.date(2025, 1, 21), lang="fr") == "21 janv. 2025"
    assert fmt.period("2033Q1", lang="en") == "Q1 2033"
    assert fmt.period("2033Q4", lang="fr") == "T4 2033"
    assert fmt.period(2033, lang="fr") == "2033"


def test_the_language_is_set_once_and_checked() -> None:
    assert language() == "en"
    set_language("fr")
    try:
        assert fmt.money(2.0) == f"2,0{NBSP}Md$"
    finally:
        set_language("en")
    with pytest.raises(ValueError, match="unknown language 'de'"):
        set_language("de")


def test_system_language_reads_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert system_language() == "fr"
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert system_language() == "en"
