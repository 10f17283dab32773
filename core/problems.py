"""Turn pydantic validation errors into Problems: where, what was found, what is allowed."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import pydantic
from pydantic import BaseModel

from core.assumptions import SPECS_BY_NAME, AssumptionSpec
from core.contract import ClauseBase, Contract, ProfitShare
from core.declared_types import DISCRIMINATORS, Target, resolve, union_tags
from core.doc_paths import DocPath as DocPath
from core.doc_paths import LineFinder as LineFinder
from core.doc_paths import format_path as format_path
from core.doc_paths import parse_path as parse_path
from core.doc_paths import short as short
from core.errors import Problem
from core.strict_values import NOT_A_BOOLEAN
from core.workspace import (
    MAX_YEARS,
    AssumptionValues,
    Scenario,
    Settings,
    Triangular,
    Uniform,
    Workspace,
)

_ABSENT = object()
_DATE = "an ISO date (YYYY-MM-DD)"
_MAPPING = "a mapping of keys to values"
_PHRASES = {
    "missing": "a value (required)",
    "string_type": "text",
    "string_unicode": "text",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "int_parsing_size": "a whole number of reasonable size",
    "float_type": "a number",
    "float_parsing": "a number",
    "finite_number": "a finite number",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "dict_type": _MAPPING,
    "model_type": _MAPPING,
    "model_attributes_type": _MAPPING,
    "tuple_type": "a list",
    "list_type": "a list",
    "iterable_type": "a list",
    "invalid_key": "keys written as text",
    "recursion_loop": "data without cycles (a YAML alias may not contain itself)",
}
_BOUND_TYPES = {"greater_than", "greater_than_equal", "less_than", "less_than_equal"}
_BOUND_SYMBOLS = {"gt": ">", "ge": ">=", "lt": "<", "le": "<="}
_PATTERNS = {
    r"^[A-Za-z0-9_.-]+$": "letters, digits, '_', '.' and '-' only (no spaces)",
    r"^https?://\S+$": "a web address starting with http:// or https://",
}
# What a model-level check requires, by model class (the most specific class wins); the
# check's own message is reported as what was found.
_RULES: dict[type[BaseModel], str] = {
    ClauseBase: "end on or after start",
    ProfitShare: "end on or after start; tiers with rising until_total, only the last open (null)",
    Contract: "unique ids, and citations of ids the contract defines",
    Settings: f"start_year <= end_year, at most {MAX_YEARS} years",
    Uniform: "low <= high",
    Triangular: "low <= mode <= high",
    Scenario: "uncertainty only on known assumptions: " + ", ".join(SPECS_BY_NAME),
    Workspace: "unique scenario names",
}


def in_line_order(problems: list[Problem]) -> list[Problem]:
    """`problems` by line, those without a line last."""
    return sorted(problems, key=lambda p: (p.line is None, p.line or 0))


def problems_from_error(
    error: pydantic.ValidationError,
    *,
    root: type[BaseModel],
    data: Any,
    file: str,
    line_of: LineFinder,
    prefix: DocPath = (),
) -> list[Problem]:
    """Return one Problem per error pydantic found while validating `data` as `root`.

    Parameters
    ----------
    error : pydantic.ValidationError
        Raised by ``root.model_validate(data)``.
    root : type of BaseModel
        The model that was validated.
    data : Any
        The plain data that was validated (used to tell keys from union tags).
    file : str
        Reported in every problem.
    line_of : LineFinder
        Finds lines by path; it receives `prefix` followed by the path inside `data`.
    prefix : DocPath
        Where `data` sits in its document, e.g. ``("contract",)`` for an embedded contract.
    """
    errors = error.errors(include_url=False)
    # pydantic counts only the items that validated, so a list whose one item is invalid
    # is also reported as too short; that second report only misleads.
    inner = {tuple(e["loc"][:i]) for e in errors for i in range(len(e["loc"]))}
    return [
        _problem(details, root, data, file, line_of, prefix)
        for details in errors
        if not (details["type"] == "too_short" and tuple(details["loc"]) in inner)
    ]


def _problem(
    details: Any, root: type[BaseModel], data: Any, file: str, line_of: LineFinder, prefix: DocPath
) -> Problem:
    kind: str = details["type"]
    loc: tuple[str | int, ...] = tuple(details["loc"])
    ctx: dict[str, Any] = details.get("ctx") or {}
    path, is_key = _clean_loc(loc, data)
    target = resolve(root, loc)
    found = _found(kind, details, ctx, loc)
    if kind == "extra_forbidden":
        allowed = _extra_allowed(resolve(root, loc[:-1]))
    else:
        allowed = _allowed(kind, details, ctx, target, is_key)
    if kind.startswith("union_tag"):
        discriminator = str(ctx.get("discriminator", "kind")).strip("'")
        path += (discriminator,)
        value = details["input"]
        tag = value.get(discriminator, _ABSENT) if isinstance(value, Mapping) else _ABSENT
        found = "nothing" if tag is _ABSENT else short(tag)
    spec = _assumption(target)
    if spec is not None and not is_key and kind not in {"missing", "extra_forbidden"}:
        found = _in_display_unit(details["input"], spec)
    full = prefix + path
    return Problem(file, format_path(full), found, allowed, line_of(full))


def _clean_loc(loc: tuple[str | int, ...], data: Any) -> tuple[DocPath, bool]:
    """Drop the parts of a pydantic location that are not in the document.

    Those are union tags (``revenue_share`` after ``clauses, 3``), the ``[key]`` marker of
    a bad mapping key, and parts pydantic adds below a scalar (a scalar assumption's year 0).
    """
    path: list[str | int] = []
    node = data
    is_key = False
    for part in loc:
        if part == "[key]":
            is_key = True
        elif isinstance(node, Mapping):
            key = _matching_key(node, part)
            if key is not _ABSENT:
                path.append(part)
                node = node[key]
            elif not any(node.get(name) == part for name in DISCRIMINATORS):
                path.append(part)
                node = _ABSENT
        elif isinstance(node, Sequence) and not isinstance(node, str):
            if isinstance(part, int) and 0 <= part < len(node):
                path.append(part)
                node = node[part]
        elif node is _ABSENT:
            path.append(part)
    return tuple(path), is_key


def _matching_key(node: Mapping[Any, Any], part: str | int) -> Any:
    candidates: list[Any] = [part]
    if isinstance(part, int):
        candidates.append(str(part))
    elif re.fullmatch(r"[0-9]{1,9}", part):
        candidates.append(int(part))
    return next((key for key in candidates if key in node), _ABSENT)


def _is_boolean_for_number(kind: str, ctx: dict[str, Any]) -> bool:
    return kind == "value_error" and str(ctx.get("error", "")) == NOT_A_BOOLEAN


def _assumption(target: Target | None) -> AssumptionSpec | None:
    if target is None or target.model is not AssumptionValues or target.field_name is None:
        return None
    return SPECS_BY_NAME.get(target.field_name)


def _found(kind: str, details: Any, ctx: dict[str, Any], loc: tuple[str | int, ...]) -> str:
    if kind == "missing":
        return "nothing"
    if kind == "extra_forbidden":
        return f"key {short(loc[-1])}" if loc else "an unknown key"
    if _is_boolean_for_number(kind, ctx):
        return "true" if details["input"] else "false"
    if kind == "too_long" and "actual_length" in ctx:
        return f"{ctx['actual_length']:,} {ctx.get('what', 'items')}"
    if kind in {"value_error", "assertion_error"}:
        return str(ctx.get("error", details["msg"]))
    found = short(details["input"])
    if kind.startswith("date_") and "error" in ctx:
        found += f" ({ctx['error']})"
    return found


def _in_display_unit(value: Any, spec: AssumptionSpec) -> str:
    if spec.unit == "%" and isinstance(value, int | float) and not isinstance(value, bool):
        return f"{short(value)} (= {value * 100:g} %)"
    return short(value)


def _allowed(
    kind: str, details: Any, ctx: dict[str, Any], target: Target | None, is_key: bool
) -> str:
    spec = _assumption(target)
    if _is_boolean_for_number(kind, ctx):
        return f"a number, {spec.allowed()}" if spec is not None else "a number"
    if spec is not None and kind not in {"missing", "extra_forbidden"}:
        return _assumption_allowed(spec, kind, details, ctx, is_key)
    if kind in {"value_error", "assertion_error"}:
        return _rule(target)
    if kind.startswith("union_tag"):
        tags = union_tags(target.tp) if target else []
        return "one of " + ", ".join(tags) if tags else str(details["msg"])
    if kind in {"literal_error", "enum"}:
        return _one_of(str(ctx.get("expected", "")))
    if kind in _BOUND_TYPES:
        return _bounds(target.constraints if target else [], ctx)
    if kind.startswith("date_"):
        return _DATE
    return _sized_phrase(kind, details, ctx, target)


def _sized_phrase(kind: str, details: Any, ctx: dict[str, Any], target: Target | None) -> str:
    if kind == "string_too_short":
        size = ctx.get("min_length", 1)
        return "non-empty text" if size == 1 else f"text of at least {size} characters"
    if kind == "string_too_long":
        return f"text of at most {ctx.get('max_length')} characters"
    if kind == "too_short":
        size = ctx.get("min_length", 1)
        return f"at least {size} item{'s' if size != 1 else ''}"
    if kind == "too_long":
        return f"at most {ctx.get('max_length'):,} {ctx.get('what', 'items')}"
    if kind == "string_pattern_mismatch":
        pattern = str(ctx.get("pattern", ""))
        return _PATTERNS.get(pattern, f"text matching {pattern}")
    phrase = _PHRASES.get(kind, str(details["msg"]))
    bounds = _bounds(target.constraints, {}) if target else ""
    return f"{phrase} {bounds}" if bounds and kind.startswith(("int", "float")) else phrase


def _assumption_allowed(
    spec: AssumptionSpec, kind: str, details: Any, ctx: dict[str, Any], is_key: bool
) -> str:
    if is_key:
        return 'a year, written as text (e.g. "2027")'
    if kind == "value_error":
        return f"{ctx.get('error', details['msg'])}, {spec.allowed()}"
    if spec.is_path and kind in {"dict_type", "model_type"}:
        return f'a number, or years mapped to numbers ({{"2027": ...}}), each {spec.allowed()}'
    return spec.allowed()


def _extra_allowed(parent: Target | None) -> str:
    known = ""
    tp = parent.tp if parent else None
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        known = "; known: " + ", ".join(tp.model_fields)
    return f"no such key (unknown keys are errors{known})"


def _rule(target: Target | None) -> str:
    tp = target.tp if target else None
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        for cls in tp.__mro__:
            if cls in _RULES:
                return _RULES[cls]
    return "a value that passes this check"


def _one_of(expected: str) -> str:
    values = re.findall(r"'([^']*)'", expected) or [expected]
    return values[0] if len(values) == 1 else "one of " + ", ".join(values)


def _bounds(constraints: list[Any], ctx: dict[str, Any]) -> str:
    pairs = [(n, getattr(c, n)) for c in constraints for n in _BOUND_SYMBOLS if hasattr(c, n)]
    if not pairs:
        pairs = [(n, ctx[n]) for n in _BOUND_SYMBOLS if n in ctx]
    return " and ".join(f"{_BOUND_SYMBOLS[n]} {_number(v)}" for n, v in pairs)


def _number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    return str(value)
