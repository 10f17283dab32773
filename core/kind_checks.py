"""Checks of the clause-kind registry against the clause models of the contract format."""

from __future__ import annotations

import types
import typing

from core import kinds
from core.contract import Clause, ClauseBase


def clause_classes() -> dict[str, type[ClauseBase]]:
    """Each clause class of the contract format (the `Clause` union), by kind name."""
    union = typing.get_args(Clause)[0]
    members = typing.get_args(union) if isinstance(union, types.UnionType) else (union,)
    classes: dict[str, type[ClauseBase]] = {}
    for member in members:
        (name,) = typing.get_args(member.model_fields["kind"].annotation)
        classes[name] = member
    return classes


def registry_problems() -> list[str]:
    """What the registry lacks or gets wrong against the clause models; empty when complete."""
    classes = clause_classes()
    missing = [name for name in classes if name not in kinds.KINDS]
    problems = [f"{name}: no entry in core/kinds.py" for name in missing]
    for name, kind in kinds.KINDS.items():
        model = classes.get(name)
        if model is None:
            problems.append(f"{name}: no clause class in core/contract.py")
            continue
        problems += _kind_problems(kind, model)
    return problems


def _kind_problems(kind: kinds.Kind, model: type[ClauseBase]) -> list[str]:
    problems = [
        f"{kind.name}: {what} is empty"
        for what, value in (("label", kind.label), ("engine", kind.engine))
        if not value
    ]
    own = set(model.model_fields) - set(ClauseBase.model_fields) - {"kind"}
    named = {p.name for p in kind.parameters}
    problems += [f"{kind.name}: parameter {p!r} is not on the model" for p in named - own]
    problems += [f"{kind.name}: model field {p!r} has no parameter" for p in own - named]
    for parameter in kind.parameters:
        if parameter.unit in ("choice", "flag") and not parameter.choices:
            problems.append(f"{kind.name}.{parameter.name}: no words for its values")
        if parameter.is_numeric and (parameter.lower is None or parameter.upper is None):
            problems.append(f"{kind.name}.{parameter.name}: no bounds")
    if kind.parameters and not kind.lines:
        problems.append(f"{kind.name}: no lines explain its parameters")
    for name, value in kind.idle_when.items():
        if name not in named or value not in kind.parameter(name).choices:
            problems.append(f"{kind.name}: idle_when names {name}={value!r}, not a choice")
    unknown = set(kind.starting) - named - {"start", "end"}
    problems += [f"{kind.name}: starting value for unknown {p!r}" for p in sorted(unknown)]
    return problems
