"""Numbers as the user's locale writes them: ``12,5`` in French is twelve and a half.

Both ``,`` and ``.`` are read wherever the meaning is clear; a lone separator followed by
exactly three digits that the locale does not define (``1.500`` in French) could be a
thousands or a decimal mark, and is refused.
"""

from __future__ import annotations

import functools
import re

from PySide6.QtCore import QLocale

from gui.language import translate

_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009'")
_MARKS = ",."


def decimal_point(locale: QLocale | None = None) -> str:
    """The locale's decimal mark (``,`` or ``.``)."""
    return (locale or QLocale()).decimalPoint()


def group_separator(locale: QLocale | None = None) -> str:
    """The locale's thousands separator (a narrow space in French)."""
    return (locale or QLocale()).groupSeparator()


def read_number(text: str, locale: QLocale | None = None) -> float:
    """Read a plain number (signs and separators, no units) as `locale` writes it.

    Raises
    ------
    ValueError
        When `text` is not a number, or when its separator could mean two different numbers.
    """
    shown = text.strip() or translate("CellValues", "an empty cell")
    cleaned = text.strip().translate(_SPACES).replace("\u2212", "-")
    if not re.fullmatch(r"[+-]?[0-9.,]*[0-9][0-9.,]*", cleaned):
        raise ValueError(translate("CellValues", "{text} is not a number").format(text=shown))
    try:
        return float(_canonical(cleaned, locale or QLocale()))
    except _AmbiguousError as exc:
        raise ValueError(
            translate("CellValues", "{text} is ambiguous: write {choices}").format(
                text=shown, choices=exc.args[0]
            )
        ) from None
    except ValueError:
        raise ValueError(
            translate("CellValues", "{text} is not a number").format(text=shown)
        ) from None


class _AmbiguousError(ValueError):
    """A separator that could be a decimal or a thousands mark."""


def _canonical(text: str, locale: QLocale) -> str:
    """`text` with ``.`` as the decimal mark and no thousands separators."""
    marks = [c for c in text if c in _MARKS]
    if not marks:
        return text
    if len(set(marks)) == 2:  # 1.500,25 or 1,500.25: the last mark is the decimal one
        decimal = marks[-1]
        group = "," if decimal == "." else "."
        whole, _, fraction = text.rpartition(decimal)
        if group in fraction or decimal in whole:
            raise ValueError(text)
        return _ungrouped(whole, group) + "." + fraction
    mark = marks[0]
    if len(marks) > 1:  # 1,500,000: only a thousands separator repeats
        return _ungrouped(text, mark)
    whole, _, fraction = text.partition(mark)
    digits = whole.lstrip("+-")
    if len(fraction) != 3 or not digits or digits == "0" or len(digits) > 3:
        return whole + "." + fraction  # 12,5 or 0,125 or 1500,125: only a decimal mark fits
    if mark == locale.decimalPoint():
        return whole + "." + fraction
    if mark == locale.groupSeparator():
        return whole + fraction
    point = locale.decimalPoint()
    either = translate("CellValues", "{first} or {second}")
    raise _AmbiguousError(
        either.format(
            first=f"{whole}{fraction}", second=f"{whole}{point}{fraction.rstrip('0') or '0'}"
        )
    )


def _ungrouped(text: str, group: str) -> str:
    """`text` without thousands separators, which must fall every three digits."""
    parts = text.split(group)
    head = parts[0].lstrip("+-")
    if not head or len(head) > 3 or any(len(part) != 3 for part in parts[1:]):
        raise ValueError(text)
    return "".join(parts)


def write_number(
    number: float, decimals: int, locale: QLocale | None = None, group: bool = True
) -> str:
    """`number` with at most `decimals` decimals (trailing zeros trimmed) in `locale`'s marks."""
    locale = locale or QLocale()
    return _written(number, decimals, group, locale.decimalPoint(), locale.groupSeparator())


@functools.lru_cache(maxsize=4096)
def _written(number: float, decimals: int, group: bool, point: str, separator: str) -> str:
    """The text of `write_number`; cached, as grid cells are drawn again on every paint."""
    text = f"{number:,.{decimals}f}" if group else f"{number:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", "", "-"):
        text = "0"
    return text.translate({ord(","): separator, ord("."): point})
