"""Numbers are numbers and booleans are booleans in every file-backed value.

Pydantic's lax mode reads ``true`` as 1.0 where a number belongs and ``"yes"`` as true
where a boolean belongs. `Frozen` models pass their schema through `strict_scalars`, which
refuses a boolean for a number and anything but true or false for a boolean; numbers
written as text stay accepted, as before.
"""

from __future__ import annotations

from typing import Any

from pydantic_core import CoreSchema
from pydantic_core import core_schema as cs

NOT_A_BOOLEAN = "a number, not true or false"
"""The message of a boolean found where a number belongs (read by core.problems)."""

_SKIPPED = frozenset({"metadata", "serialization", "ref"})


def strict_scalars(schema: CoreSchema) -> CoreSchema:
    """Return `schema` with every int and float refusing booleans and every bool strict."""
    result: CoreSchema = _walk(schema)
    return result


def _walk(node: Any) -> Any:
    if isinstance(node, list):
        return [_walk(item) for item in node]
    if not isinstance(node, dict):
        return node
    for key, value in list(node.items()):
        if key not in _SKIPPED:
            node[key] = _walk(value)
    kind = node.get("type")
    if kind in ("int", "float"):
        return cs.no_info_before_validator_function(_refuse_boolean, node)
    if kind == "bool":
        node["strict"] = True
    return node


def _refuse_boolean(value: Any) -> Any:
    if isinstance(value, bool):
        raise ValueError(NOT_A_BOOLEAN)
    return value
