"""Values computed when first read, then kept: a mapping, and a package's public names."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from typing import Any, TypeVar

_V = TypeVar("_V")


class Lazy(Mapping[str, _V]):
    """Named values, each made on first access.

    A Monte Carlo run reads a few of the engine's per-period columns (the key figures'
    inputs); a projection reads them all.
    """

    def __init__(self, makers: Mapping[str, Callable[[], _V]]) -> None:
        self._makers = dict(makers)
        self._made: dict[str, _V] = {}

    def __getitem__(self, key: str) -> _V:
        try:
            return self._made[key]
        except KeyError:
            value = self._made[key] = self._makers[key]()
            return value

    def __iter__(self) -> Iterator[str]:
        return iter(self._makers)

    def __len__(self) -> int:
        return len(self._makers)

    def __contains__(self, key: object) -> bool:
        return key in self._makers


def first_use_names(
    package: str, module_of: Mapping[str, str], namespace: MutableMapping[str, Any]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """A package's ``__getattr__`` and ``__dir__``: each public name's module loads on first use.

    `module_of` maps each name to its module's full name; a name read is then kept in
    `namespace` (the package's globals), so the next read is a plain lookup.
    """

    def getattr_(name: str) -> Any:
        module = module_of.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        namespace[name] = value
        return value

    def dir_() -> list[str]:
        return sorted(set(namespace) | set(module_of))

    return getattr_, dir_
