"""Text shown in and typed into assumption cells: units, percentages, the locale's marks."""

from __future__ import annotations

from core.assumptions import AssumptionSpec
from core.edits.numbers import ENGLISH, Marks, read_number, write_number


def _shown_number(spec: AssumptionSpec, value: float) -> float:
    return value * 100.0 if spec.unit == "%" else value


def format_value(spec: AssumptionSpec, value: float, marks: Marks = ENGLISH) -> str:
    """Return `value` as a cell shows it: percentages times 100, the locale's marks."""
    text = write_number(_shown_number(spec, value), 2, marks)
    return text + "%" if spec.unit == "%" else text


def clipboard_text(spec: AssumptionSpec, value: float, marks: Marks = ENGLISH) -> str:
    """Return `value` as a copied cell: the locale's decimal mark, no thousands separators.

    A spreadsheet in the same locale reads it back as the same number (``12,5%`` in French).
    """
    text = write_number(_shown_number(spec, value), 6, marks, group=False)
    return text + "%" if spec.unit == "%" else text


def edit_text(spec: AssumptionSpec, value: float, marks: Marks = ENGLISH) -> str:
    """Return `value` as the cell editor starts with it: no separators, no % sign."""
    return write_number(_shown_number(spec, value), 6, marks, group=False)


def parse_value(spec: AssumptionSpec, text: str, marks: Marks = ENGLISH) -> float:
    """Read typed or pasted `text` for `spec` (``30``, ``30%``, ``$1,500``, ``12,5 %``).

    Raises
    ------
    ValueError
        With the reason, when the text is not a number, is ambiguous with `marks`, or the
        value is out of bounds.
    """
    cleaned = text.strip().replace("$", "")
    if spec.unit != "%" and cleaned.upper().endswith("B"):
        cleaned = cleaned[:-1]
    percent = cleaned.rstrip().endswith("%")
    cleaned = cleaned.rstrip().rstrip("%")
    try:
        number = read_number(cleaned, marks)
    except ValueError as exc:
        if not cleaned.strip():
            raise ValueError(f"{text.strip() or 'an empty cell'} is not a number") from None
        raise ValueError(str(exc).replace(cleaned.strip(), text.strip(), 1)) from None
    value = number / 100.0 if spec.unit == "%" or percent else number
    problem = spec.problem(value)
    if problem is not None:
        shown = format_value(spec, value, marks)
        raise ValueError(f"{shown} is out of range: allowed {problem}")
    return value
