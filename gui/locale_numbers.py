"""Numbers as the user's Qt locale writes them; the reading and writing live in core."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from core.edits import numbers
from core.edits.numbers import Marks


def marks(locale: QLocale | None = None) -> Marks:
    """The decimal mark and thousands separator of `locale` (the app's default when None)."""
    locale = locale or QLocale()
    return Marks(locale.decimalPoint(), locale.groupSeparator())


def read_number(text: str, locale: QLocale | None = None) -> float:
    """Read a plain number as `locale` writes it; see `core.edits.numbers.read_number`."""
    return numbers.read_number(text, marks(locale))


def write_number(
    number: float, decimals: int, locale: QLocale | None = None, group: bool = True
) -> str:
    """`number` with at most `decimals` decimals (trailing zeros trimmed) in `locale`'s marks."""
    return numbers.write_number(number, decimals, marks(locale), group)
