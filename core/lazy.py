"""A mapping whose values are computed when first read, then kept."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TypeVar

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
