"""Numbers, money, percentages, dates and periods, in one style and the current language.

Every user-visible number goes through these functions. The shapes come from CLDR (Babel):
``$131.4B`` / ``131,4 Md$``, ``20.0%`` / ``20,0 %``, ``Q1 2033`` / ``T1 2033``,
``21 Jan 2025`` / ``21 janv. 2025``. Negative numbers print the true minus sign.
"""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal
from functools import cache, lru_cache

from core.present.i18n import language

MINUS = "\u2212"
"""The minus sign every printed negative number uses."""

NONE = "—"
"""Printed where a figure has no value (a date never reached, an empty cell)."""


@cache
def _locale(lang: str):  # type: ignore[no-untyped-def]  # babel.Locale, imported lazily
    from babel import Locale

    return Locale.parse(lang)


def _signed(text: str, negative: bool) -> str:
    text = text.replace("-", "").replace(MINUS, "")
    return MINUS + text if negative else text


@cache
def _marks(lang: str) -> dict[int, str]:
    """The locale's decimal mark and group separator (CLDR), as a `str.translate` table."""
    from babel.numbers import get_decimal_symbol, get_group_symbol

    locale = _locale(lang)
    return {ord("."): get_decimal_symbol(locale), ord(","): get_group_symbol(locale)}


@lru_cache(maxsize=8192)
def _digits(
    value: float, decimals: int, lang: str, trim: bool = False, hundred: bool = False
) -> str:
    """``|value|`` (times 100 if `hundred`) rounded half to even, grouped, in `lang`'s marks.

    The same digits as Babel's patterns (``#,##0.0``) for English and French, which both
    group by three, at a fraction of the cost; cached, as views print the same numbers on
    every paint. The value is taken as its shortest decimal, so 0.125 rounds as written.
    """
    exact = abs(Decimal(repr(float(value))))
    text = f"{exact * 100 if hundred else exact:,.{max(decimals, 0)}f}"
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.translate(_marks(lang))


def number(value: float, decimals: int = 1, lang: str | None = None, *, trim: bool = False) -> str:
    """A plain number with grouping: ``1,234.5`` / ``1 234,5``; `trim` drops trailing zeros."""
    lang = lang or language()
    negative = round(value, decimals) < 0
    return _signed(_digits(value, decimals, lang, trim), negative)


@cache
def _billions_suffix(lang: str) -> str:
    """The locale's short word for a billion: ``B`` in English, `` Md`` in French (CLDR)."""
    pattern = _locale(lang).compact_decimal_formats["short"]["other"]["1000000000"].pattern
    return str(pattern).replace("0", "").replace("'", "").rstrip() or "B"


def money(value: float, decimals: int = 1, lang: str | None = None, *, trim: bool = False) -> str:
    """Billions of dollars: ``$131.4B``, ``−$3.2B`` / ``131,4 Md$``, ``−3,2 Md$``."""
    lang = lang or language()
    digits = number(abs(value), decimals, lang, trim=trim)
    negative = round(value, decimals) < 0
    suffix = _billions_suffix(lang)
    text = f"${digits}{suffix}" if lang == "en" else f"{digits}{suffix}$"
    return _signed(text, negative)


@cache
def _percent_affixes(lang: str) -> tuple[str, str]:
    """What the locale's percent pattern puts before and after the digits: ``%`` / `` %``."""
    from babel.numbers import format_percent

    pattern = str(_locale(lang).percent_formats[None].pattern).split(";")[0]
    before, _, after = str(format_percent(1, pattern, locale=_locale(lang))).partition("100")
    return before, after


def percent(fraction: float, decimals: int = 1, lang: str | None = None) -> str:
    """A fraction as a percentage: 0.2 reads ``20.0%`` / ``20,0 %``."""
    lang = lang or language()
    before, after = _percent_affixes(lang)
    negative = round(fraction * 100, decimals) < 0
    digits = _digits(fraction, decimals, lang, hundred=True)
    return _signed(before + digits + after, negative)


def points(fraction: float, decimals: int = 1, lang: str | None = None) -> str:
    """A difference of two percentages in points: 0.015 reads ``1.5 pts`` / ``1,5 pt``."""
    from core.present.i18n import ngettext

    value = number(abs(fraction) * 100, decimals, lang)
    word = ngettext("pt", "pts", 1 if round(abs(fraction) * 100, decimals) == 1 else 2)
    return _signed(f"{value} {word}", round(fraction * 100, decimals) < 0)


def gigawatts(value: float, decimals: int = 2, lang: str | None = None) -> str:
    """Gigawatts: ``1.90 GW`` / ``1,90 GW``."""
    return _signed(f"{number(abs(value), decimals, lang)} GW", round(value, decimals) < 0)


def date(day: dt.date, lang: str | None = None) -> str:
    """A date for readers: ``21 Jan 2025`` / ``21 janv. 2025``."""
    from babel.dates import format_date

    return str(format_date(day, "d MMM y", locale=_locale(lang or language())))


def month(day: dt.date, lang: str | None = None) -> str:
    """A month for readers: ``Jan 2025`` / ``janv. 2025``."""
    from babel.dates import format_date

    return str(format_date(day, "MMM y", locale=_locale(lang or language())))


def period(label: object, lang: str | None = None) -> str:
    """A period label for readers: ``2033Q1`` reads ``Q1 2033`` / ``T1 2033``; a year stays."""
    return _period(str(label), lang or language())


@cache
def _period(text: str, lang: str) -> str:
    """`period`, once per label and language: there are few labels, printed many times."""
    from babel.dates import format_date

    if len(text) == 6 and text[4] == "Q" and text[:4].isdigit() and text[5] in "1234":
        first_month = 3 * (int(text[5]) - 1) + 1
        day = dt.date(int(text[:4]), first_month, 1)
        return str(format_date(day, "QQQ y", locale=_locale(lang)))
    return text


def is_none(value: object) -> bool:
    """Whether a figure has no value: None or NaN."""
    return value is None or (isinstance(value, float) and math.isnan(value))


def trimmed(value: float, decimals: int, lang: str | None = None) -> str:
    """A number with at most `decimals` decimals, trailing zeros dropped: ``13.07``, ``1,500``."""
    return number(value, decimals, lang, trim=True)


def significant(value: float, digits: int = 3, sign: bool = False, lang: str | None = None) -> str:
    """A number to `digits` significant digits: ``0.761``, ``1.25``; `sign` adds ``+``."""
    if value == 0 or not math.isfinite(value):
        shown = 0.0 if value == 0 else value
        decimals = 0
    else:
        decimals = max(0, digits - 1 - math.floor(math.log10(abs(value))))
        shown = round(value, decimals)
    text = trimmed(shown, decimals, lang)
    return "+" + text if sign and round(value, decimals) > 0 else text


def factor(value: float, lang: str | None = None) -> str:
    """A multiplier: ``×0.8``, ``×1.25``."""
    return "×" + significant(value, 3, lang=lang)


def money_rate(value: float, lang: str | None = None) -> str:
    """A price in billions of dollars per gigawatt-year: ``$11.0B/GW-yr``."""
    from core.present.i18n import _

    return money(value, 1, lang) + _("/GW-yr")


def ratio(value: float, decimals: int = 2, lang: str | None = None) -> str:
    """A ratio of two amounts: ``0.93``."""
    return number(value, decimals, lang)
