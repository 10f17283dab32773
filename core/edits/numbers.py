"""Numbers as a locale writes them: ``12,5`` in French is twelve and a half.

Both ``,`` and ``.`` are read wherever the meaning is clear; a lone separator followed by
exactly three digits that the locale does not define (``1.500`` in French) could be a
thousands or a decimal mark, and is refused. The locale comes in as its two marks, so the
app (Qt's locale) and the command line read and write numbers alike.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009'")
_MARKS = ",."


@dataclass(frozen=True, slots=True)
class Marks:
    """A locale's decimal mark and thousands separator."""

    point: str = "."
    group: str = ","


ENGLISH = Marks()
"""The marks of ``en_US``: ``1,500.25``."""


def read_number(text: str, marks: Marks = ENGLISH) -> float:
    """Read a plain number (signs and separators, no units) as `marks` write it.

    Raises
    ------
    ValueError
        When `text` is not a number, or when its separator could mean two different numbers.
    """
    shown = text.strip() or "an empty cell"
    cleaned = text.strip().translate(_SPACES).replace("\u2212", "-")
    if not re.fullmatch(r"[+-]?[0-9.,]*[0-9][0-9.,]*", cleaned):
        raise ValueError(f"{shown} is not a number")
    try:
        return float(_canonical(cleaned, marks))
    except _AmbiguousError as exc:
        raise ValueError(f"{shown} is ambiguous: write {exc.args[0]}") from None
    except ValueError:
        raise ValueError(f"{shown} is not a number") from None


class _AmbiguousError(ValueError):
    """A separator that could be a decimal or a thousands mark."""


def _canonical(text: str, marks: Marks) -> str:
    """`text` with ``.`` as the decimal mark and no thousands separators."""
    found = [c for c in text if c in _MARKS]
    if not found:
        return text
    if len(set(found)) == 2:  # 1.500,25 or 1,500.25: the last mark is the decimal one
        decimal = found[-1]
        group = "," if decimal == "." else "."
        whole, _, fraction = text.rpartition(decimal)
        if group in fraction or decimal in whole:
            raise ValueError(text)
        return _ungrouped(whole, group) + "." + fraction
    mark = found[0]
    if len(found) > 1:  # 1,500,000: only a thousands separator repeats
        return _ungrouped(text, mark)
    whole, _, fraction = text.partition(mark)
    digits = whole.lstrip("+-")
    if len(fraction) != 3 or not digits or digits == "0" or len(digits) > 3:
        return whole + "." + fraction  # 12,5 or 0,125 or 1500,125: only a decimal mark fits
    if mark == marks.point:
        return whole + "." + fraction
    if mark == marks.group:
        return whole + fraction
    point = marks.point
    raise _AmbiguousError(f"{whole}{fraction} or {whole}{point}{fraction.rstrip('0') or '0'}")


def _ungrouped(text: str, group: str) -> str:
    """`text` without thousands separators, which must fall every three digits."""
    parts = text.split(group)
    head = parts[0].lstrip("+-")
    if not head or len(head) > 3 or any(len(part) != 3 for part in parts[1:]):
        raise ValueError(text)
    return "".join(parts)


def write_number(number: float, decimals: int, marks: Marks = ENGLISH, group: bool = True) -> str:
    """`number` with at most `decimals` decimals (trailing zeros trimmed) in `marks`."""
    return _written(number, decimals, group, marks.point, marks.group)


@functools.lru_cache(maxsize=4096)
def _written(number: float, decimals: int, group: bool, point: str, separator: str) -> str:
    """The text of `write_number`; cached, as grid cells are drawn again on every paint."""
    text = f"{number:,.{decimals}f}" if group else f"{number:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", "", "-"):
        text = "0"
    return text.translate({ord(","): separator, ord("."): point})
