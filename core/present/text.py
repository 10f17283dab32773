"""Text of key figures, differences, assumption values and analysis settings.

The app's cards and tables, the brief and the command line print these strings, so a figure
reads the same everywhere and in every language.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.assumptions import AssumptionSpec, YearPath
from core.compare import figure_difference
from core.keyfigures import KeyFigure
from core.present import format as fmt
from core.present.i18n import N_, _, ngettext
from core.projection import FigureValue
from core.timegrid import TimeGrid

if TYPE_CHECKING:
    from core.analysis.sensitivity import Setting

_STEP = {"money": 0.05, "share": 0.0005, "gw": 0.005}
"""Half the last printed digit: a smaller difference prints as no difference."""


def _kind(figure: KeyFigure | str) -> str:
    return figure if isinstance(figure, str) else figure.kind


def figure_text(figure: KeyFigure | str, value: FigureValue) -> str:
    """A key figure (or its kind) as printed: ``$38.0B``, ``Q3 2029``, ``20.0%``, ``—``."""
    kind = _kind(figure)
    if fmt.is_none(value):
        return fmt.NONE
    assert value is not None
    if kind == "year":
        return str(int(value))
    if kind == "period":
        return fmt.period(value)
    number = float(value)
    if kind == "share":
        return fmt.percent(number)
    if kind == "gw":
        return fmt.gigawatts(number)
    return fmt.money(number)


@dataclass(frozen=True, slots=True)
class DifferenceWords:
    """How a difference is worded.

    Parameters
    ----------
    same : str
        Printed when the difference rounds to nothing (translated when printed).
    signed_shift : bool
        A shift in time as ``+2 quarters`` (True) or ``2 quarters later`` (False).
    names_old : bool
        When either side has no value: ``was Q3 2032`` (True) or ``—`` (False).
    """

    same: str
    signed_shift: bool
    names_old: bool


TO_FIRST = DifferenceWords(same="=", signed_shift=True, names_old=False)
"""A scenario or version against the first column of a comparison."""
SINCE_EDIT = DifferenceWords(same=N_("no change"), signed_shift=False, names_old=True)
"""A figure against its value before the last edit."""


def difference_text(
    figure: KeyFigure | str,
    difference: FigureValue,
    periods_per_year: int,
    words: DifferenceWords = TO_FIRST,
) -> str:
    """A difference of a key figure: ``+$1.2B``, ``−3 quarters``, ``+0.5 pts``, ``=``.

    Parameters
    ----------
    figure : KeyFigure or str
        The figure (or its kind) the difference is of; its kind picks the unit.
    difference : float, int or None
        From `core.compare.figure_difference`: periods and years as counts, None for none.
    periods_per_year : int
        4 or 1, to name a period difference in quarters or years.
    words : DifferenceWords
        `TO_FIRST` or `SINCE_EDIT`.
    """
    kind = _kind(figure)
    if isinstance(difference, str) or fmt.is_none(difference):
        return fmt.NONE
    assert difference is not None
    if kind in ("period", "year"):
        unit = "quarter" if kind == "period" and periods_per_year == 4 else "year"
        return _shift(int(difference), unit, words)
    number = float(difference)
    if abs(number) < _STEP.get(kind, 0.05):
        return _(words.same)
    sign = "+" if number > 0 else fmt.MINUS
    if kind == "share":
        return sign + fmt.points(abs(number))
    if kind == "gw":
        return sign + fmt.gigawatts(abs(number))
    return sign + fmt.money(abs(number))


def _shift(steps: int, unit: str, words: DifferenceWords) -> str:
    count = abs(steps)
    if count == 0:
        return _(words.same)
    if words.signed_shift:
        sign = "+" if steps > 0 else fmt.MINUS
        if unit == "quarter":
            text = ngettext("{count} quarter", "{count} quarters", count)
        else:
            text = ngettext("{count} year", "{count} years", count)
        return sign + text.format(count=count)
    if unit == "quarter":
        text = (
            ngettext("{count} quarter later", "{count} quarters later", count)
            if steps > 0
            else ngettext("{count} quarter earlier", "{count} quarters earlier", count)
        )
    else:
        text = (
            ngettext("{count} year later", "{count} years later", count)
            if steps > 0
            else ngettext("{count} year earlier", "{count} years earlier", count)
        )
    return text.format(count=count)


def change_text(
    figure: KeyFigure | str,
    new: FigureValue,
    old: FigureValue,
    grid: TimeGrid,
    words: DifferenceWords = SINCE_EDIT,
) -> str:
    """How `new` differs from `old`: ``+$3.2B``, ``2 quarters later``, ``was —``.

    With `TO_FIRST` words, `old` is the first column of a comparison: ``−2 quarters``, ``=``.
    """
    kind = _kind(figure)
    if new == old:
        return _(words.same)
    if fmt.is_none(new) or fmt.is_none(old):
        if not words.names_old:
            return fmt.NONE
        return _("was {value}").format(value=figure_text(kind, old))
    difference = figure_difference(kind, old, new, grid)
    return difference_text(kind, difference, grid.n, words)


def no_change() -> str:
    """The change line of a card whose figure did not move, in the current language."""
    return _(SINCE_EDIT.same)


def change_since_edit(
    figure: KeyFigure | str, new: FigureValue, old: FigureValue, grid: TimeGrid
) -> str:
    """A key-figure card's change line: ``+$3.2B since last edit`` or ``no change``."""
    text = change_text(figure, new, old, grid)
    if text == no_change():
        return text
    return _("{change} since last edit").format(change=text)


def value_text(spec: AssumptionSpec, value: float) -> str:
    """One assumption value in its unit: ``$13.1B``, ``65.0%``, ``1.90 GW``, ``$11.0B/GW-yr``."""
    if spec.unit == "%":
        return fmt.percent(value)
    if spec.unit == "GW":
        return fmt.gigawatts(value)
    if spec.unit == "$B/GW-yr":
        return fmt.money_rate(value)
    return fmt.money(value)


def path_text(spec: AssumptionSpec, path: YearPath) -> str:
    """A whole assumption: one value, or ``2026: 130.0%, 2027: 107.0%`` for a year path."""
    if not spec.is_path or len(path) == 1:
        return value_text(spec, path[0][1])
    return ", ".join(f"{year}: {value_text(spec, value)}" for year, value in path)


def grid_value(spec: AssumptionSpec, value: float) -> str:
    """A value for the year grids, unit in the row label: ``130%``, ``13.1``, ``1.9``."""
    if spec.unit == "%":
        whole = abs(value * 100 - round(value * 100)) < 0.05
        return fmt.percent(value, 0 if whole else 1)
    if abs(value) >= 100:
        return fmt.number(value, 0)
    tenths = abs(value * 10 - round(value * 10)) < 1e-6
    return fmt.number(value, 1 if tenths else 2)


def term_value_text(unit: str, value: float) -> str:
    """A deal term's value in its unit: ``15%``, ``$50B``, ``3 quarters``, ``0.5``."""
    if unit == "%":
        return fmt.trimmed(value * 100, 4) + fmt.percent(1, 0).replace("100", "", 1)
    if unit == "quarters":
        count = round(value)
        return ngettext("{count} quarter", "{count} quarters", count).format(count=count)
    if unit == "$B":
        return fmt.money(value, 4, trim=True)
    return fmt.trimmed(value, 4)


def setting_text(setting: Setting) -> str:
    """An analysis setting: ``×0.8``, ``+0.05``, ``P10 ×0.761``, ``P90 +0.05``."""
    value = setting.value
    number = fmt.factor(value) if setting.apply == "factor" else fmt.significant(value, sign=True)
    return number if setting.source == "default" else f"{setting.source.upper()} {number}"


def share_of_draws(share: float) -> str:
    """The share of Monte Carlo draws with no value: ``12%``."""
    return fmt.percent(share, 0)


def reported_text(figure: str, value: float | None) -> str:
    """A reported figure or the model's value beside it: ``$13.07B``, ``1.90 GW``, ``—``.

    Two decimals, as the reports themselves give them.
    """
    if value is None:
        return fmt.NONE
    return fmt.gigawatts(value, 2) if figure == "compute_gw" else fmt.money(value, 2)
