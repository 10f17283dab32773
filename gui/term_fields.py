"""The editable terms of a contract's clauses: labels, units, bounds, text in and out.

Numbers are shown and read in the user's locale, like the assumption cells.

One `TermField` per numeric parameter, tier value and date of a clause (model.md section
11); the Deal terms grid, the clause editor and the Compare view all read them from here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape

from core.contract import Clause, Contract
from core.kinds import Parameter, kind_of, numeric_parameters
from core.present.format import number
from core.present.i18n import _
from core.terms import TermKey
from core.workspace import Scenario, TermValue
from gui.language import translate
from gui.locale_numbers import read_number, write_number

_UNIT_TEXT = {"share": "%", "money": "$B", "quarters": "quarters"}
DATE_LABELS = {"start": "start", "end": "end"}

UNITS = {name: _UNIT_TEXT[p.unit] for name, p in numeric_parameters().items()} | {
    "start": "date",
    "end": "date",
}
"""Unit of each numeric parameter, as the cells show it, and of the dates."""
OPEN_WORDS = ("", "none", "open", "null", "no cap", "-")


@dataclass(frozen=True, slots=True)
class TermField:
    """One editable term of a clause: its key, words, unit and the contract's own value."""

    clause: Clause
    key: str
    label: str
    unit: str
    default: TermValue
    nullable: bool
    lower: float = 0.0
    upper: float = 0.0

    @property
    def is_date(self) -> bool:
        """Whether the term is a date."""
        return self.unit == "date"

    @property
    def bounds(self) -> str:
        """What the contract format allows, in words."""
        if self.is_date:
            if self.nullable:
                return translate("TermFields", "an ISO date (YYYY-MM-DD), or empty for open")
            return translate("TermFields", "an ISO date (YYYY-MM-DD)")
        if self.unit == "%":
            text = translate("TermFields", "{lower} to {upper} %").format(
                lower=number(self.lower * 100, 0), upper=number(self.upper * 100, 0)
            )
        elif self.unit == "quarters":
            lower, upper = number(self.lower, 0), number(self.upper, 0)
            text = translate(
                "TermFields", "a whole number of quarters from {lower} to {upper}"
            ).format(lower=lower, upper=upper)
        else:
            text = translate("TermFields", "{lower} to {upper} $B").format(
                lower=number(self.lower, 0), upper=number(self.upper, 0)
            )
        return text + (translate("TermFields", ", or empty for none") if self.nullable else "")


def clause_fields(clause: Clause) -> list[TermField]:
    """The clause's editable terms: numeric parameters, tier values, then start and end."""
    kind = kind_of(clause.kind)
    fields: list[TermField] = []
    for parameter in kind.parameters:
        if parameter.is_numeric:
            key = f"{clause.id}.{parameter.name}"
            value = getattr(clause, parameter.name)
            fields.append(_numeric(clause, key, _(parameter.label), parameter, value, True))
        for i, tier in enumerate(getattr(clause, parameter.name) if parameter.items else ()):
            last = i == len(getattr(clause, parameter.name)) - 1
            for item in parameter.items:
                key = f"{clause.id}.{parameter.name}[{i}].{item.name}"
                label = f"tier {i + 1} {_(item.label)}"
                fields.append(_numeric(clause, key, label, item, getattr(tier, item.name), last))
    for name, label in DATE_LABELS.items():
        value = getattr(clause, name)
        key = f"{clause.id}.{name}"
        fields.append(TermField(clause, key, _(label), "date", value, not kind.dates_required))
    return fields


def _numeric(
    clause: Clause, key: str, label: str, parameter: Parameter, value: TermValue, last: bool
) -> TermField:
    """A field of a numeric parameter; `last` says it may be open when the kind allows."""
    lower, upper = parameter.bounds
    unit = _UNIT_TEXT[parameter.unit]
    nullable = parameter.nullable and last
    return TermField(clause, key, label, unit, value, nullable, lower, upper)


def contract_fields(contract: Contract, dates: bool = True) -> list[TermField]:
    """Every editable term of the clauses that have a numeric term, in clause order."""
    fields: list[TermField] = []
    for clause in contract.clauses:
        own = clause_fields(clause)
        if any(not f.is_date for f in own):
            fields.extend(f for f in own if dates or not f.is_date)
    return fields


def format_term(field: TermField, value: TermValue) -> str:
    """`value` as a cell shows it: percentages times 100, money in $B, dates as ISO."""
    if value is None:
        return "open" if field.is_date else "none"
    if isinstance(value, dt.date):
        return value.isoformat()
    number = value * 100.0 if field.unit == "%" else value
    text = write_number(number, 4)
    return f"{text}%" if field.unit == "%" else text


def edit_term(field: TermField, value: TermValue) -> str:
    """`value` as an editor starts with it: no separators, no % sign."""
    if value is None or isinstance(value, dt.date):
        return "" if value is None else value.isoformat()
    number = value * 100.0 if field.unit == "%" else value
    return write_number(number, 6, group=False)


def parse_term(field: TermField, text: str) -> TermValue:
    """Read typed `text` for `field` (``15``, ``15%``, ``$50B``, ``2030-12-31``, ``open``).

    Raises
    ------
    ValueError
        When the text is not a number (or a date), or none/open where the term needs one.
    """
    cleaned = text.strip()
    if cleaned.lower() in OPEN_WORDS:
        if not field.nullable:
            raise ValueError(
                translate("TermFields", "{term} needs a value: allowed {bounds}").format(
                    term=field.label, bounds=field.bounds
                )
            )
        return None
    if field.is_date:
        try:
            return dt.date.fromisoformat(cleaned)
        except ValueError:
            raise ValueError(
                translate("TermFields", "{text} is not a date: allowed {bounds}").format(
                    text=cleaned, bounds=field.bounds
                )
            ) from None
    number_text = cleaned.replace("$", "").strip()
    if field.unit != "%" and number_text.upper().endswith("B"):
        number_text = number_text[:-1]
    number_text = number_text.rstrip("%").strip()
    try:
        number = read_number(number_text)
    except ValueError:
        raise ValueError(
            translate("TermFields", "{text} is not a number: allowed {bounds}").format(
                text=cleaned, bounds=field.bounds
            )
        ) from None
    if field.unit == "quarters":
        if not number.is_integer():
            raise ValueError(
                translate("TermFields", "{text} is not a whole number: allowed {bounds}").format(
                    text=cleaned, bounds=field.bounds
                )
            )
        return int(number)
    return number / 100.0 if field.unit == "%" else number


def term_label(contract: Contract, key: str) -> str:
    """``Revenue share: cap ($B)`` for a term key, from the contract's clause when known."""
    parsed = TermKey.parse(key)
    if parsed is None:
        return key
    field = next((f for f in _fields_of(contract, parsed.clause_id) if f.key == key), None)
    if field is None:
        return key
    return f"{field.clause.title}: {field.label} ({field.unit})"


def _fields_of(contract: Contract, clause_id: str) -> list[TermField]:
    clause = next((c for c in contract.clauses if c.id == clause_id), None)
    return [] if clause is None else clause_fields(clause)


@dataclass(frozen=True, slots=True)
class TermDifference:
    """A term two scenarios set differently; None where a scenario keeps the contract's."""

    key: str
    first: str
    second: str


def differing_terms(contract: Contract, first: Scenario, second: Scenario) -> list[TermDifference]:
    """The terms in which `first` and `second` differ, as shown text, in key order."""
    fields = {f.key: f for f in contract_fields(contract)}
    result = []
    for key in sorted(set(first.terms) | set(second.terms)):
        a, b = _shown(fields, first.terms, key), _shown(fields, second.terms, key)
        if a != b:
            result.append(TermDifference(key, a, b))
    return result


def _shown(fields: Mapping[str, TermField], terms: Mapping[str, TermValue], key: str) -> str:
    field = fields.get(key)
    if key not in terms:
        return "contract" if field is None else format_term(field, field.default)
    value = terms[key]
    if field is None:
        return "open" if value is None else str(value)
    return format_term(field, value)


def scenario_terms_html(
    clause: Clause, scenario: str, terms: Mapping[str, TermValue], background: str
) -> str:
    """A note of the terms `scenario` sets on `clause` (empty when none), for the inspector."""
    shown = [
        f"{escape(f.label)} {escape(format_term(f, terms[f.key]))}"
        + ("" if f.unit in ("%", "date") else f" {escape(f.unit)}")
        for f in clause_fields(clause)
        if f.key in terms
    ]
    if not shown:
        return ""
    text = translate(
        "TermFields", "Scenario {scenario} sets: {terms} (the contract's own values are below)"
    ).format(scenario=escape(scenario), terms=", ".join(shown))
    return f'<p style="background:{background}">{text}</p>'
