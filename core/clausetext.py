"""Clauses in plain words: kind names, parameters with units, and what each one drives.

Everything per kind comes from the registry (`core.kinds`); this module turns its English
source text into shown text: translated, with values in the one number style.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from core.contract import Clause, Contract, Parties
from core.kinds import GROUP_ORDER, KINDS, Line, Parameter, kind_of
from core.present.format import money, number, percent
from core.present.i18n import _, ngettext

KIND_LABELS: dict[str, str] = {name: kind.label for name, kind in KINDS.items()}
"""English label of each kind (the registry's); shown text goes through `kind_label`."""

KIND_GROUPS: dict[str, str] = {name: kind.group for name, kind in KINDS.items()}
"""Timeline lane group of each clause kind (the registry's)."""

DRIVES: dict[str, tuple[str, ...]] = {name: kind.drives for name, kind in KINDS.items()}
"""Key figures each clause kind can change (the registry's)."""

__all__ = [
    "DRIVES",
    "GROUP_ORDER",
    "KIND_GROUPS",
    "KIND_LABELS",
    "describe_dates",
    "describe_parameters",
    "kind_label",
    "parameter_rows",
    "version_label",
]


def kind_label(kind: str) -> str:
    """The kind's label in the current language (KeyError for a kind the registry lacks)."""
    return _(kind_of(kind).label)


def version_label(contract: Contract) -> str:
    """Short name of a contract version, e.g. ``2025-01 version``."""
    return f"{contract.effective:%Y-%m} version"


def describe_dates(start: dt.date | None, end: dt.date | None) -> str:
    """Dates in words: ``2019-07-22 to 2030-12-31``, ``from 2025-10-28``, ``open-ended``."""
    if start and end:
        return f"{start} to {end}"
    if start:
        return f"from {start}, open-ended"
    if end:
        return f"until {end}"
    return "open-ended"


@dataclass(frozen=True, slots=True)
class ParameterRow:
    """A line of a clause in words: `key` is the registry line's English label."""

    key: str
    label: str
    text: str


def parameter_rows(clause: Clause, parties: Parties) -> list[ParameterRow]:
    """The clause's own parameters in words, one row per line of its registry entry."""
    kind = kind_of(clause.kind)
    values: dict[str, Any] = clause.model_dump()
    names = {"lab": parties.lab, "partner": parties.partner, "cloud": parties.partner_cloud}
    rows: list[ParameterRow] = []
    for line in kind.lines:
        if line.each is None:
            text = _line_text(line, kind.parameters, values, names)
            rows.append(ParameterRow(line.label, _(line.label), text))
            continue
        items = kind.parameter(line.each).items
        for n, item in enumerate(values[line.each], start=1):
            label = _(line.label).format(n=n)
            rows.append(ParameterRow(line.label, label, _line_text(line, items, item, names)))
    return rows


def describe_parameters(clause: Clause, parties: Parties) -> list[tuple[str, str]]:
    """The clause's own parameters as (label, plain words with units)."""
    return [(row.label, row.text) for row in parameter_rows(clause, parties)]


def _line_text(
    line: Line,
    parameters: tuple[Parameter, ...],
    values: Mapping[str, Any],
    names: Mapping[str, str],
) -> str:
    is_open = line.open_when is not None and values[line.open_when] is None
    text = line.open_text if is_open else line.text
    shown = {p.name: _value_text(p, values[p.name], names) for p in parameters}
    return _(text).format(**names, **shown)


def _value_text(parameter: Parameter, value: Any, names: Mapping[str, str]) -> str:
    """`value` of `parameter` in words, by the parameter's unit."""
    if value is None:
        return _("none")
    unit = parameter.unit
    if unit == "share":
        return percent(value)
    if unit == "money":
        return money(value)
    if unit == "quarters":
        return ngettext("{n} quarter", "{n} quarters", value).format(n=number(value, 0))
    if unit in ("choice", "flag"):
        return _(parameter.choices[value]).format(**names)
    if unit == "clauses":
        return ", ".join(value) or _("nothing")
    return ""
