"""Text shown in and typed into assumption cells: units, percentages, the user's locale."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from core.assumptions import AssumptionSpec
from gui.language import translate
from gui.locale_numbers import read_number, write_number


def format_value(spec: AssumptionSpec, value: float, locale: QLocale | None = None) -> str:
    """Return `value` as a cell shows it: percentages times 100, the locale's marks."""
    number = value * 100.0 if spec.unit == "%" else value
    text = write_number(number, 2, locale)
    return text + "%" if spec.unit == "%" else text


def clipboard_text(spec: AssumptionSpec, value: float, locale: QLocale | None = None) -> str:
    """Return `value` as a copied cell: the locale's decimal mark, no thousands separators.

    A spreadsheet in the same locale reads it back as the same number (``12,5%`` in French).
    """
    number = value * 100.0 if spec.unit == "%" else value
    text = write_number(number, 6, locale, group=False)
    return text + "%" if spec.unit == "%" else text


def edit_text(spec: AssumptionSpec, value: float, locale: QLocale | None = None) -> str:
    """Return `value` as the cell editor starts with it: no separators, no % sign."""
    number = value * 100.0 if spec.unit == "%" else value
    return write_number(number, 6, locale, group=False)


def parse_value(spec: AssumptionSpec, text: str, locale: QLocale | None = None) -> float:
    """Read typed or pasted `text` for `spec` (``30``, ``30%``, ``$1,500``, ``12,5 %``).

    Raises
    ------
    ValueError
        With the reason, when the text is not a number, is ambiguous in `locale`, or the
        value is out of bounds.
    """
    cleaned = text.strip().replace("$", "")
    if spec.unit != "%" and cleaned.upper().endswith("B"):
        cleaned = cleaned[:-1]
    percent = cleaned.rstrip().endswith("%")
    cleaned = cleaned.rstrip().rstrip("%")
    try:
        number = read_number(cleaned, locale)
    except ValueError as exc:
        if not cleaned.strip():
            shown = text.strip() or translate("CellValues", "an empty cell")
            raise ValueError(
                translate("CellValues", "{text} is not a number").format(text=shown)
            ) from None
        raise ValueError(str(exc).replace(cleaned.strip(), text.strip(), 1)) from None
    value = number / 100.0 if spec.unit == "%" or percent else number
    problem = spec.problem(value)
    if problem is not None:
        shown = format_value(spec, value, locale)
        raise ValueError(
            translate("CellValues", "{value} is out of range: allowed {allowed}").format(
                value=shown, allowed=problem
            )
        )
    return value


def unit_suffix(spec: AssumptionSpec) -> str:
    """Return the unit as the row header shows it, e.g. ``$B/GW-yr``."""
    return spec.unit
