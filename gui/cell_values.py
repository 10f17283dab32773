"""Text shown in and typed into assumption cells: units, percentages, parsing."""

from __future__ import annotations

from core.assumptions import AssumptionSpec

_STRIP = str.maketrans("", "", " $,\u00a0\u202f")


def format_value(spec: AssumptionSpec, value: float) -> str:
    """Return `value` as a cell shows it: percentages times 100, no unit suffix."""
    number = value * 100.0 if spec.unit == "%" else value
    text = f"{number:,.2f}".rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text + "%" if spec.unit == "%" else text


def edit_text(spec: AssumptionSpec, value: float) -> str:
    """Return `value` as the cell editor starts with it: no separators, no % sign."""
    number = value * 100.0 if spec.unit == "%" else value
    return f"{number:.6f}".rstrip("0").rstrip(".") or "0"


def parse_value(spec: AssumptionSpec, text: str) -> float:
    """Read typed or pasted `text` for `spec` (``30``, ``30%`` and ``$1,500`` all work).

    Raises
    ------
    ValueError
        With the reason, when the text is not a number or the value is out of bounds.
    """
    cleaned = text.strip().translate(_STRIP)
    if spec.unit != "%" and cleaned.upper().endswith("B"):
        cleaned = cleaned[:-1]
    percent = cleaned.endswith("%")
    cleaned = cleaned.rstrip("%")
    try:
        number = float(cleaned)
    except ValueError:
        raise ValueError(f"{text.strip() or 'an empty cell'} is not a number") from None
    value = number / 100.0 if spec.unit == "%" or percent else number
    problem = spec.problem(value)
    if problem is not None:
        shown = format_value(spec, value)
        raise ValueError(f"{shown} is out of range: allowed {problem}")
    return value


def unit_suffix(spec: AssumptionSpec) -> str:
    """Return the unit as the row header shows it, e.g. ``$B/GW-yr``."""
    return spec.unit
