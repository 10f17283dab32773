"""Clause terms as scenario inputs (model.md section 11).

A term key is ``<clause id>.<parameter>``: a numeric parameter of the clause's kind, a
tier's ``tiers[i].rate`` or ``tiers[i].until_total``, or the dates ``start`` and ``end``.
Clause ids may contain dots, so the key is read from the right.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pydantic

from core.chain import Chain, Deal, as_chain
from core.contract import Clause, Contract, ProfitShare
from core.kinds import kind_of, numeric_parameters
from core.workspace import TermValue

NUMERIC_PARAMETERS = tuple(numeric_parameters(tiers=False))
"""Parameters a term key may name directly, from the clause-kind registry."""
DATE_PARAMETERS = ("start", "end")

_KEY = re.compile(
    r"^(?P<clause>[A-Za-z0-9_.-]+?)\.(?:(?P<param>"
    + "|".join(NUMERIC_PARAMETERS + DATE_PARAMETERS)
    + r")|tiers\[(?P<tier>\d{1,4})\]\.(?P<tier_param>rate|until_total))$"
)

_ClauseAdapter: pydantic.TypeAdapter[Clause] = pydantic.TypeAdapter(Clause)


@dataclass(frozen=True, slots=True)
class TermKey:
    """A parsed term key; `tier` is set for ``tiers[i].…`` keys."""

    clause_id: str
    parameter: str
    tier: int | None = None

    @classmethod
    def parse(cls, key: str) -> TermKey | None:
        """Read `key`, or return None when it is not of the form ``clause-id.parameter``."""
        match = _KEY.match(key)
        if match is None:
            return None
        if match["tier"] is not None:
            return cls(match["clause"], match["tier_param"], int(match["tier"]))
        return cls(match["clause"], match["param"])

    @property
    def is_date(self) -> bool:
        """Whether the term is a date (``start`` or ``end``)."""
        return self.tier is None and self.parameter in DATE_PARAMETERS


class TermError(ValueError):
    """A term that does not fit its clause: the message says what is allowed."""


KEY_FORM = (
    "'clause-id.parameter' with a parameter among "
    + ", ".join(NUMERIC_PARAMETERS + DATE_PARAMETERS)
    + ", or 'clause-id.tiers[i].rate' / 'clause-id.tiers[i].until_total'"
)


def term_problem(chain: Chain, key: str, value: TermValue) -> tuple[str, str] | None:
    """Why `key` = `value` cannot apply to `chain`, as (found, allowed); None when it can."""
    parsed = TermKey.parse(key)
    if parsed is None:
        return repr(key), KEY_FORM
    targets = [c for v in chain.versions for c in v.clauses if c.id == parsed.clause_id]
    if not targets:
        known = ", ".join(chain.clause_ids()) or "none"
        return f"no clause {parsed.clause_id!r}", f"the id of a clause of the deal ({known})"
    if isinstance(value, bool):
        return repr(value), "a number or an ISO date, not true/false"
    if parsed.is_date and isinstance(value, float | int):
        return repr(value), "an ISO date (YYYY-MM-DD) or null for open"
    if not parsed.is_date and not isinstance(value, float | int):
        return repr(value if value is None else str(value)), "a number"
    for clause in targets:
        try:
            override_clause(clause, parsed, value)
        except TermError as exc:
            return f"{value} for {clause.kind} {clause.id!r}", str(exc)
    return None


def override_clause(clause: Clause, key: TermKey, value: TermValue) -> Clause:
    """`clause` with the term set, validated like a contract file's clause.

    Raises
    ------
    TermError
        When the clause's kind has no such parameter, the tier does not exist, or the value
        is out of the contract format's bounds.
    """
    data: dict[str, Any] = clause.model_dump()
    if key.tier is not None:
        if not isinstance(clause, ProfitShare):
            raise TermError(f"tiers belong to profit_share clauses, not {clause.kind}")
        if key.tier >= len(clause.tiers):
            raise TermError(f"a tier index from 0 to {len(clause.tiers) - 1}")
        data["tiers"][key.tier][key.parameter] = value
    else:
        params = [p.name for p in kind_of(clause.kind).parameters if p.is_numeric]
        if key.parameter not in params + list(DATE_PARAMETERS):
            kind_params = ", ".join(params + list(DATE_PARAMETERS))
            raise TermError(f"a parameter of {clause.kind} ({kind_params})")
        data[key.parameter] = value
    try:
        return _ClauseAdapter.validate_python(data)
    except pydantic.ValidationError as exc:
        error = exc.errors()[0]
        raise TermError(error["msg"].removeprefix("Value error, ")) from None


def apply_terms(chain: Chain, terms: Mapping[str, TermValue]) -> Chain:
    """`chain` with `terms` set on the clause of each key's id in every version.

    Raises
    ------
    TermError
        When a term does not fit (the loader reports these first, with their paths).
    """
    if not terms:
        return chain
    parsed = [(TermKey.parse(key), value) for key, value in terms.items()]
    versions = []
    for version in chain.versions:
        clauses = list(version.clauses)
        for key, value in parsed:
            if key is None:
                raise TermError(KEY_FORM)
            for i, clause in enumerate(clauses):
                if clause.id == key.clause_id:
                    clauses[i] = override_clause(clause, key, value)
        versions.append(_with_clauses(version, tuple(clauses)))
    return Chain(tuple(versions))


def deal_with_terms(deal: Deal, terms: Mapping[str, TermValue]) -> Deal:
    """`deal` (a contract or a chain) with `terms` applied, of the same shape."""
    if not terms:
        return deal
    chained = apply_terms(as_chain(deal), terms)
    return chained if isinstance(deal, Chain) else chained.current


def _with_clauses(contract: Contract, clauses: tuple[Clause, ...]) -> Contract:
    if clauses == contract.clauses:
        return contract
    return contract.model_copy(update={"clauses": clauses})


@dataclass(frozen=True, slots=True)
class NumericTerm:
    """A numeric term of a deal: its key, its value in the newest version that has it, bounds.

    `whole` terms (the verification lag, in quarters) take whole numbers.
    """

    key: str
    value: float
    lower: float
    upper: float
    whole: bool = False


def term_bounds(key: TermKey) -> tuple[float, float, bool]:
    """(lower, upper, whole) of a numeric term, as the clause-kind registry bounds it."""
    parameter = numeric_parameters()[key.parameter]
    return *parameter.bounds, parameter.whole


def numeric_terms(chain: Chain) -> list[NumericTerm]:
    """Every numeric term with a value in some version, newest versions' values first seen.

    Open values (an uncapped share, an open last tier) have no number to vary and are left
    out; so are dates.
    """
    found: dict[str, tuple[int, NumericTerm]] = {}
    order = {cid: i for i, cid in enumerate(chain.clause_ids())}
    for version in reversed(chain.versions):
        for clause in version.clauses:
            for key, value in _clause_numbers(clause):
                text = key_text(key)
                if text not in found:
                    lower, upper, whole = term_bounds(key)
                    term = NumericTerm(text, value, lower, upper, whole)
                    found[text] = (order[clause.id], term)
    return [term for _, term in sorted(found.values(), key=lambda pair: pair[0])]


def key_text(key: TermKey) -> str:
    """The key as written in files: ``revenue-share.cap_total``, ``ps.tiers[1].rate``."""
    if key.tier is not None:
        return f"{key.clause_id}.tiers[{key.tier}].{key.parameter}"
    return f"{key.clause_id}.{key.parameter}"


def _clause_numbers(clause: Clause) -> list[tuple[TermKey, float]]:
    numbers = []
    data = clause.model_dump()
    for parameter in kind_of(clause.kind).parameters:
        value = data[parameter.name]
        if parameter.is_numeric and value is not None:
            numbers.append((TermKey(clause.id, parameter.name), float(value)))
    if isinstance(clause, ProfitShare):
        for i, tier in enumerate(clause.tiers):
            numbers.append((TermKey(clause.id, "rate", i), tier.rate))
            if tier.until_total is not None:
                numbers.append((TermKey(clause.id, "until_total", i), tier.until_total))
    return numbers


def adjusted_term(chain: Chain, term: NumericTerm, apply: str, value: float) -> Chain:
    """`chain` with the term times `value` (``factor``) or plus `value` (``shift``).

    In every version that has the clause, kept in the term's bounds.

    Raises
    ------
    TermError
        When the scaled value breaks a rule of the clause (e.g. tiers out of order).
    """
    key = TermKey.parse(term.key)
    assert key is not None
    versions = []
    for version in chain.versions:
        clauses = list(version.clauses)
        for i, clause in enumerate(clauses):
            if clause.id != key.clause_id:
                continue
            current = dict(_clause_numbers(clause)).get(key)
            if current is None:
                continue
            moved = current * value if apply == "factor" else current + value
            moved = min(max(moved, term.lower), term.upper)
            clauses[i] = override_clause(clause, key, round(moved) if term.whole else moved)
        versions.append(_with_clauses(version, tuple(clauses)))
    return Chain(tuple(versions))


def term_label(chain: Chain, text: str) -> str:
    """The term in words, what first: ``Cap of Revenue share to Microsoft``."""
    key = TermKey.parse(text)
    if key is None:
        return text
    title = next(
        (c.title for v in reversed(chain.versions) for c in v.clauses if c.id == key.clause_id),
        key.clause_id,
    )
    words = numeric_parameters()[key.parameter].label if not key.is_date else key.parameter
    if key.tier is not None:
        words = f"tier {key.tier + 1} {words}"
    return f"{words[:1].upper()}{words[1:]} of {title}"
