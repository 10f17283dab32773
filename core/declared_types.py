"""Follow pydantic error locations through declared model types, to say what is allowed there."""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

DISCRIMINATORS = ("kind", "dist")
"""The keys that select a member of our discriminated unions (clause kinds, distributions)."""


@dataclass
class Target:
    """The declared type at an error's location, with the constraints found on the way."""

    tp: Any
    constraints: list[Any] = field(default_factory=list)
    model: type[BaseModel] | None = None
    field_name: str | None = None


def resolve(root: type[BaseModel], loc: tuple[str | int, ...]) -> Target | None:
    """Follow a pydantic error location through the declared types, starting at `root`.

    Parameters
    ----------
    root : type of BaseModel
        The model that was validated.
    loc : tuple of str or int
        The error's ``loc``, union tags and ``[key]`` markers included.

    Returns
    -------
    Target or None
        None where the types cannot be followed (an unknown key, a made-up part).
    """
    target = _unwrap(Target(root))
    for i, part in enumerate(loc):
        if part == "[key]":
            continue
        key_next = i + 1 < len(loc) and loc[i + 1] == "[key]"
        step = _step(target, part, key_next)
        if step is None:
            return None
        target = _unwrap(step)
    return target


def _step(target: Target, part: str | int, key: bool) -> Target | None:
    tp = target.tp
    origin = typing.get_origin(tp)
    if is_union(tp):
        member = next((m for m in typing.get_args(tp) if part in discriminator_tags(m)), None)
        return None if member is None else Target(member)
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        info = tp.model_fields.get(part) if isinstance(part, str) else None
        if info is None:
            return None
        return Target(info.annotation, list(info.metadata), tp, str(part))
    if origin in (tuple, list) and isinstance(part, int):
        return Target(typing.get_args(tp)[0], [], target.model, target.field_name)
    if origin is dict:
        key_type, value_type = typing.get_args(tp)
        return Target(key_type if key else value_type, [], target.model, target.field_name)
    return None


def _unwrap(target: Target) -> Target:
    """Strip Annotated (keeping its constraints) and Optional from the target's type."""
    tp = target.tp
    constraints = list(target.constraints)
    while True:
        if typing.get_origin(tp) is typing.Annotated:
            tp, *extras = typing.get_args(tp)
            for extra in extras:
                if isinstance(extra, FieldInfo):
                    constraints.extend(extra.metadata)
                else:
                    constraints.append(extra)
        elif is_union(tp):
            members = [m for m in typing.get_args(tp) if m is not type(None)]
            if len(members) != 1:
                break
            tp = members[0]
        else:
            break
    return Target(tp, constraints, target.model, target.field_name)


def is_union(tp: Any) -> bool:
    """Tell whether `tp` is a union (``A | B`` or ``Union[A, B]``)."""
    return typing.get_origin(tp) in (typing.Union, types.UnionType)


def discriminator_tags(member: Any) -> list[str]:
    """Return the tags a union member accepts (the values of its ``kind`` or ``dist``)."""
    if not (isinstance(member, type) and issubclass(member, BaseModel)):
        return []
    tags: list[str] = []
    for name in DISCRIMINATORS:
        info = member.model_fields.get(name)
        if info is not None and typing.get_origin(info.annotation) is typing.Literal:
            tags.extend(str(arg) for arg in typing.get_args(info.annotation))
    return tags


def union_tags(tp: Any) -> list[str]:
    """Return the tags of every member of the union `tp`, in declaration order."""
    return [tag for member in typing.get_args(tp) for tag in discriminator_tags(member)]
