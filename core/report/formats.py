"""Text for the brief: key figures, differences, dates and assumption values.

Money, percentages and gigawatts use `core.format`, so the brief prints the same strings
as the app and the command line.
"""

from __future__ import annotations

import datetime as dt
import math

from core.assumptions import AssumptionSpec, YearPath
from core.contract import Parties
from core.format import format_figure
from core.keyfigures import KeyFigure
from core.present import format as fmt
from core.present.grammar import party_words
from core.present.i18n import _, ngettext
from core.projection import FigureValue

NONE = "—"
"""Printed in tables where a figure has no value within the horizon."""


def label(template: str, parties: Parties) -> str:
    """`template` translated, ``{lab}``, ``{of_lab}``… filled with the names (`party_words`)."""
    return _(template).format(**party_words(parties))


MINUS = "\u2212"
"""The true minus sign every printed negative number uses."""


def money_text(value: float) -> str:
    """Money in the brief's one style: ``$1.5B``, ``$131B`` from 100 up, ``−$3.2B``."""
    return fmt.money(value, 0 if abs(value) >= 99.95 else 1)


def percent_text(fraction: float, decimals: int = 1) -> str:
    """A percentage in the brief's one style: ``20.0%``, ``−5.0%`` / ``20,0 %``."""
    return fmt.percent(fraction, decimals)


def period_text(value: object) -> str:
    """A period in the brief's one style: ``2033Q1`` reads ``Q1 2033``; a year stays ``2033``."""
    return fmt.period(value)


def figure_text(figure: KeyFigure, value: FigureValue) -> str:
    """A key figure as printed: ``$38.0B``, ``$131B``, ``Q3 2029``, ``20.0 %``, or ``—``."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return NONE
    if figure.kind == "money":
        return money_text(float(value))
    if figure.kind == "period":
        return period_text(value)
    if figure.kind == "share":
        return percent_text(float(value))
    if figure.kind == "gw":
        return fmt.gigawatts(float(value))
    return format_figure(figure.kind, value).replace("-", MINUS)


def difference_text(figure: KeyFigure, value: FigureValue, periods_per_year: int) -> str:
    """A difference to the first scenario: ``+$1.2B``, ``-3 quarters``, ``+0.5 pts``.

    Parameters
    ----------
    figure : KeyFigure
        The figure the difference is of; its kind picks the unit.
    value : float, int or None
        From `core.compare.compare_figures`: periods and years as counts, None for none.
    periods_per_year : int
        4 or 1, to name a period difference in quarters or years.
    """
    if value is None or isinstance(value, str) or math.isnan(float(value)):
        return NONE
    number = float(value)
    if abs(number) < 0.05 and figure.kind not in ("period", "year"):
        return "="
    sign = "+" if number > 0 else MINUS if number < 0 else "±"
    if figure.kind == "period":
        unit = "quarter" if periods_per_year == 4 else "year"
        return _count(sign, int(abs(number)), unit)
    if figure.kind == "year":
        return _count(sign, int(abs(number)), "year")
    if figure.kind == "share":
        return sign + fmt.points(abs(number))
    if figure.kind == "gw":
        return sign + fmt.gigawatts(abs(number))
    return sign + money_text(abs(number))


def _count(sign: str, count: int, unit: str) -> str:
    if count == 0:
        return _("same")
    if unit == "quarter":
        return sign + ngettext("{count} quarter", "{count} quarters", count).format(count=count)
    return sign + ngettext("{count} year", "{count} years", count).format(count=count)


def date_text(day: dt.date) -> str:
    """A date for readers: ``21 Jan 2025`` / ``21 janv. 2025``."""
    return fmt.date(day)


def value_text(spec: AssumptionSpec, value: float) -> str:
    """One assumption value in its display unit: ``$13.1B``, ``65.0 %``, ``1.90 GW``."""
    if spec.unit == "%":
        return percent_text(value)
    if spec.unit == "GW":
        return fmt.gigawatts(value)
    if spec.unit == "$B/GW-yr":
        return fmt.money(value) + _("/GW-yr")
    return money_text(value)


def path_text(spec: AssumptionSpec, path: YearPath) -> str:
    """A whole assumption: one value, or ``2026: 130.0 %, 2027: 107.0 %`` for a year path."""
    if not spec.is_path or len(path) == 1:
        return value_text(spec, path[0][1])
    return ", ".join(f"{year}: {value_text(spec, value)}" for year, value in path)


def period_words(value: FigureValue, none: str) -> str:
    """A period or year for a sentence; `none` when the figure has no value."""
    return none if value is None else period_text(value)


UNIT_SUFFIX = {"$B": "$B", "%": "%", "GW": "GW", "$B/GW-yr": "$B per GW-year"}


def grid_value(spec: AssumptionSpec, value: float) -> str:
    """A value for the year grids, unit in the row label: ``130%``, ``13.1``, ``1.9``."""
    if spec.unit == "%":
        pct = value * 100
        return fmt.percent(value, 0 if abs(pct - round(pct)) < 0.05 else 1)
    if abs(value) >= 100:
        return fmt.number(value, 0)
    return fmt.number(value, 1 if abs(value * 10 - round(value * 10)) < 1e-6 else 2)
